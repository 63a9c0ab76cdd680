using FabricSim.Network.Built;
using FabricSim.Network.Ipsec;
using FabricSim.Network.Topology;

namespace FabricSim.Network.Building;

/// <summary>
/// Creates a fabric's IPsec VPNs once it is built: each joins a site to a cloud through its tunnels over Internet
/// paths. Where BGP runs at the site's router and at the cloud's edge router, the VPN joins those two gateways and
/// is routed (<see cref="Routed"/>: BGP chooses between it and the VXCs); otherwise it joins the site to the cloud
/// and carries the flows between those two ends.
/// </summary>
internal sealed class VpnAssembly
{
    private readonly List<(VpnSpec Spec, IpsecVpnConnection Connection)> _vpns = [];
    private readonly HashSet<string> _privatelyReached = new(StringComparer.Ordinal);
    private readonly List<(VpnSpec Spec, IpsecVpnConnection Connection)> _routed = [];

    public IReadOnlyList<IpsecVpnConnection> Connections => _vpns.Select(v => v.Connection).ToList();

    /// <summary>The VPNs between two BGP gateways, for the routed layer to run sessions over.</summary>
    public IReadOnlyList<(VpnSpec Spec, IpsecVpnConnection Connection)> Routed => _routed;

    public static VpnAssembly Attach(Fabric fabric, FabricDescription description)
    {
        var assembly = new VpnAssembly();
        // Ends joined by the fabric's VXCs (sites with a port, clouds with a VXC) route over them by BGP, which prefers
        // a private connection; a VPN between two such ends stands by and carries nothing.
        foreach (var port in description.Ports)
        {
            assembly._privatelyReached.Add(port.Site);
        }
        foreach (var vxc in description.Vxcs)
        {
            assembly._privatelyReached.Add(vxc.EndA);
            assembly._privatelyReached.Add(vxc.EndB);
        }
        var speakers = BgpAssembly.Speakers(description);
        foreach (var vpn in description.Vpns)
        {
            Node site = fabric.Node(vpn.Site);
            string? edge = description.FindCloud(vpn.Cloud)?.EdgeName;
            bool routed = !vpn.FromMve && speakers.Contains(vpn.Site) && edge is not null && speakers.Contains(edge);
            Node cloud = fabric.Node(routed ? edge! : vpn.Cloud);
            // A tunnel that ends in the region pays the region entry itself; a routed one ends at the cloud's edge, whose
            // link into the region already carries it.
            var options = routed ? vpn.Options
                : vpn.Options with { RegionEntry = vpn.BetweenClouds ? description.RegionEntryDelay + description.RegionEntryDelay : description.RegionEntryDelay };
            var connection = new IpsecVpnConnection(fabric.Context, vpn.Name, fabric.Context.Ids.NextTunnels(vpn.Options.TunnelCount), site, cloud,
                options);
            assembly._vpns.Add((vpn, connection));
            if (routed)
            {
                assembly._routed.Add((vpn, connection));
            }
        }
        foreach (var flow in fabric.Flows)
        {
            assembly.Find(flow.Source.Name, flow.Destination.Name)?.Carry(flow);
        }
        fabric.AttachLimiters([.. assembly._vpns.SelectMany(v => v.Connection.GatewayLoads())]);
        assembly.ScheduleFailures(description);
        return assembly;
    }

    /// <summary>The connection built for the named VPN.</summary>
    public IpsecVpnConnection Named(string name) => _vpns.First(v => v.Spec.Name == name).Connection;

    /// <summary>Whether the fabric's VXCs reach this end (a site with a port, a cloud with a VXC).</summary>
    public bool ReachedPrivately(string end) => _privatelyReached.Contains(end);

    /// <summary>
    /// The VPN that carries traffic between these two ends, in either direction; null when no VPN joins them or when
    /// the fabric's VXCs join them too.
    /// </summary>
    public IpsecVpnConnection? Find(string from, string to)
    {
        if (_privatelyReached.Contains(from) && _privatelyReached.Contains(to))
        {
            return null;
        }
        return _vpns.FirstOrDefault(v => (v.Spec.Site == from && v.Spec.Cloud == to) || (v.Spec.Site == to && v.Spec.Cloud == from)).Connection;
    }

    /// <summary>A VPN failure takes down its active tunnel; dead-peer detection then moves traffic to the next one.</summary>
    private void ScheduleFailures(FabricDescription description)
    {
        // Four granularities: one tunnel ("vpn/tunnelN"), the whole connection (its name), the cloud's VPN gateway
        // ("cloud/vpn-gateway", every VPN to that cloud) and the site's Internet access ("site/internet", every VPN from
        // that site). Each takes down the tunnels it covers; dead-peer detection then moves traffic to any tunnel left.
        foreach (var failure in description.Failures.Where(f => f.IsScheduled))
        {
            foreach (var (spec, connection) in _vpns)
            {
                for (int i = 0; i < spec.Options.TunnelCount; i++)
                {
                    if (spec.FailureTakesDownTunnel(failure.Element, i))
                    {
                        connection.ScheduleTunnelFailure(i, failure.At!.Value, failure.For ?? FailureSpec.Permanently);
                    }
                }
            }
        }
    }
}
