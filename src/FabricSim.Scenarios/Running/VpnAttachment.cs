using FabricSim.Engine.Time;
using FabricSim.Network.Building;
using FabricSim.Network.Internet;
using FabricSim.Network.Ipsec;
using FabricSim.Network.Topology;
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
    private readonly HashSet<string> _privatelyReached = new(StringComparer.Ordinal);

    public IReadOnlyList<IpsecVpnConnection> Connections => _vpns.Select(v => v.Connection).ToList();

    public static VpnAttachment Attach(Fabric fabric, DesignOption option)
    {
        var attachment = new VpnAttachment();
        // Ends joined by the option's VXCs (sites with a port, clouds with a VXC) route over them by BGP, which prefers
        // a private connection; a VPN between two such ends stands by and carries nothing.
        foreach (var port in option.Ports)
        {
            attachment._privatelyReached.Add(port.Site);
        }
        foreach (var vxc in option.Vxcs)
        {
            attachment._privatelyReached.Add(vxc.EndA);
            attachment._privatelyReached.Add(vxc.EndB);
        }
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

    /// <summary>A VPN failure takes down its active tunnel; dead-peer detection then moves traffic to the next one.</summary>
    public void ScheduleFailures(Scenario scenario, DesignOption option)
    {
        foreach (var failure in scenario.Failures.Where(f => f.IsScheduled && f.Options.Contains(option.Name)))
        {
            if (Named(failure.Element) is { } vpn)
            {
                vpn.ScheduleTunnelFailure(0, failure.At!.Value, failure.For ?? OptionAssembler.Permanently);
            }
        }
    }

    /// <summary>
    /// The VPN that carries traffic between these two ends, in either direction; null when no VPN joins them or when
    /// the option's VXCs join them too.
    /// </summary>
    public IpsecVpnConnection? Find(string from, string to)
    {
        if (_privatelyReached.Contains(from) && _privatelyReached.Contains(to))
        {
            return null;
        }
        return _vpns.FirstOrDefault(v => (v.Spec.Site == from && v.Spec.Cloud == to) || (v.Spec.Site == to && v.Spec.Cloud == from)).Connection;
    }

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
        Gateway = Gateway(vpn),
        DeadPeerDetectionTimeout = vpn.DeadPeerDetection,
        Path = Path(vpn.Internet),
        RegionEntry = OptionAssembler.RegionIngressDelay,
        SiteUplink = vpn.InternetAccess,
        SiteDownlink = vpn.InternetAccess,
    };

    /// <summary>Azure gateways by SKU; AWS and Google by their published per-tunnel limits.</summary>
    private static GatewayLimits Gateway(Vpn vpn) => vpn.GatewaySku?.ToUpperInvariant() switch
    {
        "BASIC" => GatewayLimits.AzureBasic,
        "VPNGW1" or "VPNGW1AZ" => GatewayLimits.AzureVpnGw1,
        "VPNGW2" or "VPNGW2AZ" => GatewayLimits.AzureVpnGw2,
        "VPNGW3" or "VPNGW3AZ" => GatewayLimits.AzureVpnGw3,
        "VPNGW4" or "VPNGW4AZ" => GatewayLimits.AzureVpnGw4Gen2,
        "VPNGW5" or "VPNGW5AZ" => GatewayLimits.AzureVpnGw5Gen2,
        "LARGE" => GatewayLimits.AwsLarge,
        "HA_VPN" or "HAVPN" => GatewayLimits.GcpHaVpn,
        _ => GatewayLimits.AwsStandard,
    };

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
