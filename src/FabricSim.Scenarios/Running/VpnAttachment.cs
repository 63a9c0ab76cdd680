using FabricSim.Engine.Time;
using FabricSim.Network.Building;
using FabricSim.Network.Internet;
using FabricSim.Network.Ipsec;
using FabricSim.Network.Topology;
using FabricSim.Scenarios.Catalogs;
using FabricSim.Scenarios.Model;
using ScenarioInternetPath = FabricSim.Scenarios.Model.InternetPath;

namespace FabricSim.Scenarios.Running;

/// <summary>
/// Creates an option's IPsec VPNs on a built fabric: each joins a site to a cloud through its tunnels over
/// Internet paths, and carries the flows between those two ends.
/// </summary>
internal sealed class VpnAttachment
{
    /// <summary>Tunnel ids start above any VXC id.</summary>
    private const int FirstTunnelId = 100_000;

    private readonly List<(Vpn Spec, IpsecVpnConnection Connection)> _vpns = [];
    private DesignOption _option = null!;

    public IReadOnlyList<IpsecVpnConnection> Connections => _vpns.Select(v => v.Connection).ToList();

    public static VpnAttachment Attach(Fabric fabric, DesignOption option)
    {
        var attachment = new VpnAttachment { _option = option };
        int nextTunnelId = FirstTunnelId;
        foreach (var vpn in option.Vpns)
        {
            Node site = fabric.Node(vpn.Site);
            Node cloud = fabric.Node(vpn.Cloud);
            var connection = new IpsecVpnConnection(fabric.Context, vpn.Name, nextTunnelId, site, cloud, Options(vpn));
            nextTunnelId += vpn.Tunnels;
            attachment._vpns.Add((vpn, connection));
        }
        foreach (var flow in fabric.Flows)
        {
            attachment.Find(flow.Source.Name, flow.Destination.Name)?.Carry(flow);
        }
        return attachment;
    }

    /// <summary>
    /// Scheduled failures at four granularities: one tunnel ("vpn/tunnelN"), the whole connection (its name), the
    /// cloud's VPN gateway ("cloud/vpn-gateway", every VPN to that cloud) and the site's Internet access
    /// ("site/internet", every VPN from that site). Each takes down the tunnels it covers; dead-peer detection then
    /// moves traffic to any tunnel left.
    /// </summary>
    public void ScheduleFailures(Scenario scenario, DesignOption option)
    {
        foreach (var failure in scenario.Failures.Where(f => f.IsScheduled && f.Options.Contains(option.Name)))
        {
            SimTime at = failure.At!.Value;
            SimTime duration = failure.For ?? OptionAssembler.Permanently;
            foreach (var (spec, connection) in _vpns)
            {
                bool all = failure.Element == spec.Name || failure.Element == Vpn.GatewayElement(spec.Cloud)
                    || failure.Element == Vpn.InternetAccessElement(spec.Site);
                for (int i = 0; i < spec.Tunnels; i++)
                {
                    if (all || failure.Element == spec.TunnelElement(i))
                    {
                        connection.ScheduleTunnelFailure(i, at, duration);
                    }
                }
            }
        }
    }

    /// <summary>
    /// The VPN that carries traffic between these two ends, in either direction; null when no VPN joins them or when
    /// the option's VXCs join them too.
    /// </summary>
    public IpsecVpnConnection? Find(string from, string to) =>
        _option.VpnBetween(from, to) is { } vpn ? _vpns.First(v => ReferenceEquals(v.Spec, vpn)).Connection : null;

    public IpsecVpnConnection? Named(string name) => _vpns.FirstOrDefault(v => v.Spec.Name == name).Connection;

    private static IpsecVpnOptions Options(Vpn vpn) => new()
    {
        Cipher = vpn.Cipher switch
        {
            Model.CipherSuite.AesCbcSha1 => Network.Ipsec.CipherSuite.AesCbcHmacSha1,
            Model.CipherSuite.AesCbcSha256 => Network.Ipsec.CipherSuite.AesCbcHmacSha256,
            _ => Network.Ipsec.CipherSuite.AesGcm16,
        },
        NatTraversal = vpn.NatTraversal,
        TunnelCount = vpn.Tunnels,
        Gateway = Gateway(vpn).Limits,
        Selection = Gateway(vpn).Selection,
        DeadPeerDetectionTimeout = vpn.DeadPeerDetection,
        Path = Path(vpn.Internet),
        RegionEntry = OptionAssembler.RegionIngressDelay,
        SiteUplink = vpn.InternetAccess,
        SiteDownlink = vpn.InternetAccess,
    };

    /// <summary>
    /// The cloud gateway's sourced limits on each tunnel's gateway queue. A gateway limited as a whole (Azure) keeps one
    /// tunnel active, so its aggregate figure is what that tunnel carries; without ECMP (an AWS virtual private gateway)
    /// one tunnel carries everything and the other stands by.
    /// </summary>
    private static (GatewayLimits Limits, TunnelSelection Selection) Gateway(Vpn vpn)
    {
        var limits = vpn.Gateway ?? VpnGatewayCatalog.Default.Find(CloudProvider.Aws, "virtual_private_gateway", "standard")
            ?? throw new InvalidOperationException("The VPN gateway catalog has no AWS virtual private gateway.");
        return (new GatewayLimits(limits.Rate, limits.PacketsPerSecond, GatewayLimits.DefaultQueue),
            limits.Ecmp && limits.Scope == VpnLimitScope.Tunnel ? TunnelSelection.Ecmp : TunnelSelection.ActiveStandby);
    }

    /// <summary>The scenario's description of one direction of an Internet path as the network model's parameters.</summary>
    internal static InternetPathParameters Path(ScenarioInternetPath path) => new()
    {
        RouteFactor = path.RouteFactor,
        Jitter = path.MeanJitter > SimTime.Zero ? new TruncatedExponentialJitter(path.MeanJitter, path.QueueingDelayBound) : null,
        LossRate = path.LossRate,
        MeanLossBurstPackets = Math.Max(1.0, path.MeanBurstPackets),
        Congestion = path.Diurnal is { } d ? new CongestionCycle(d.Period, d.PeakAt, d.StartAt, d.ExtraDelay, d.ExtraLossRate) : null,
    };
}
