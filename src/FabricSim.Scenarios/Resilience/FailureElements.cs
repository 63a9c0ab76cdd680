using FabricSim.Scenarios.Model;

namespace FabricSim.Scenarios.Resilience;

/// <summary>
/// Every element of an option that can fail, read from the option: its ports and the members of its LAG ports, VXCs, MCRs and MVEs, each cloud edge
/// its VXCs land on (named and placed as the packet model builds it: a DX location, an ExpressRoute MSEE, a Google
/// edge availability domain, at its own PoP), each VPN's tunnels, the clouds' VPN gateways, the sites' Internet access and the MVEs'
/// Internet uplinks, and every PoP it uses (which takes down whatever sits there).
/// </summary>
internal static class FailureElements
{
    public static IReadOnlyList<FailureElement> Of(DesignOption option, IReadOnlyList<Pop> pops, IReadOnlyList<CloudEndpoint> clouds)
    {
        string? Metro(string? pop) => pop is null ? null : pops.FirstOrDefault(p => p.Code == pop)?.City;
        // A port or MCR takes down its VXCs, and the Internet VXCs and IX connections it rides.
        HashSet<string> Touching(string end) => option.Vxcs.Where(v => v.Touches(end)).Select(v => v.Name)
            .Concat(option.ExternalDestinations.Where(x => x.End == end).Select(x => x.Connection)).ToHashSet(StringComparer.Ordinal);
        var elements = new List<FailureElement>();
        foreach (var port in option.Ports)
        {
            elements.Add(new FailureElement(port.Name, FailureElementKind.Port, port.Pop, Metro(port.Pop), port.DiversityZone, Touching(port.Name)));
            var bundle = new LagBundle(port.Name, port.LagMembers, Touching(port.Name));
            foreach (string member in port.MemberNames)
            {
                // A member's failure takes away its share of the port's capacity (OptionFailures), not the VXCs on it.
                elements.Add(new FailureElement(member, FailureElementKind.LagMember, port.Pop, Metro(port.Pop), port.DiversityZone,
                    new HashSet<string>(StringComparer.Ordinal) { member }) { Lag = bundle });
            }
        }
        foreach (var vxc in option.Vxcs)
        {
            elements.Add(new FailureElement(vxc.Name, FailureElementKind.Vxc, null, null, null, new HashSet<string>(StringComparer.Ordinal) { vxc.Name }));
        }
        foreach (var mcr in option.Mcrs)
        {
            elements.Add(new FailureElement(mcr.Name, FailureElementKind.Mcr, mcr.Pop, Metro(mcr.Pop), mcr.DiversityZone, Touching(mcr.Name)));
        }
        foreach (var mve in option.Mves)
        {
            var takes = Touching(mve.Name);
            takes.Add(mve.Name);
            takes.UnionWith(mve.Transports.Select(t => TransportAtom(mve, t)));
            elements.Add(new FailureElement(mve.Name, FailureElementKind.Mve, mve.Pop, Metro(mve.Pop), null, takes));
        }
        foreach (var edge in option.Vxcs.Select(v => CloudEdge(v, clouds)).OfType<(string Name, string Pop)>().Distinct().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            var landing = option.Vxcs.Where(v => CloudEdge(v, clouds)?.Name == edge.Name).Select(v => v.Name).ToHashSet(StringComparer.Ordinal);
            elements.Add(new FailureElement(edge.Name, FailureElementKind.CloudEdge, edge.Pop, Metro(edge.Pop), null, landing));
        }
        // Between two clouds the first cloud's gateway ends tunnels too.
        foreach (var cloud in option.Vpns.SelectMany(v => v.BetweenClouds ? new[] { v.Site, v.Cloud } : [v.Cloud]).Distinct(StringComparer.Ordinal))
        {
            elements.Add(new FailureElement(Vpn.GatewayElement(cloud), FailureElementKind.VpnGateway, null, null, null,
                Tunnels(option.Vpns.Where(v => v.Cloud == cloud || (v.BetweenClouds && v.Site == cloud)))));
        }
        foreach (var vpn in option.Vpns)
        {
            for (int i = 0; i < vpn.Tunnels; i++)
            {
                elements.Add(new FailureElement(vpn.TunnelElement(i), FailureElementKind.VpnTunnel, null, null, null,
                    new HashSet<string>(StringComparer.Ordinal) { vpn.TunnelElement(i) }));
            }
        }
        // An MVE's tunnel rides its Internet transport, an element of its own below.
        foreach (var site in option.Vpns.Where(v => !v.BetweenClouds && v.MvePop is null).Select(v => v.Site).Distinct(StringComparer.Ordinal))
        {
            elements.Add(new FailureElement(Vpn.InternetAccessElement(site), FailureElementKind.InternetPath, null, null, null,
                Tunnels(option.Vpns.Where(v => v.Site == site && !v.BetweenClouds && v.MvePop is null))));
        }
        foreach (var mve in option.Mves)
        {
            foreach (var transport in mve.Transports.Where(t => t.Vxc is null))
            {
                string atom = TransportAtom(mve, transport);
                elements.Add(new FailureElement(atom, FailureElementKind.InternetPath, null, null, null, new HashSet<string>(StringComparer.Ordinal) { atom }));
            }
        }
        var located = elements.Where(e => e.Pop is not null).ToList();
        foreach (string pop in located.Select(e => e.Pop!).Distinct(StringComparer.Ordinal))
        {
            var takes = located.Where(e => e.Pop == pop).SelectMany(e => e.Takes).ToHashSet(StringComparer.Ordinal);
            elements.Add(new FailureElement(pop, FailureElementKind.Pop, pop, Metro(pop), null, takes));
        }
        return elements;
    }

    /// <summary>
    /// The cloud edge a VXC lands on and the PoP it sits at (the connection's location, else the cloud's on-ramp);
    /// null for a VXC between the customer's own elements.
    /// </summary>
    public static (string Name, string Pop)? CloudEdge(VxcSettings vxc, IReadOnlyList<CloudEndpoint> clouds)
    {
        if (clouds.FirstOrDefault(c => vxc.Touches(c.Name)) is not { } cloud)
        {
            return null;
        }
        return vxc.Cloud is { } connection ? (connection.EdgeOf(cloud), connection.Location ?? cloud.OnRamp) : (cloud.Name + "-edge", cloud.OnRamp);
    }

    /// <summary>The name an MVE transport fails by: "mve/transport".</summary>
    public static string TransportAtom(Mve mve, MveTransportSettings transport) => $"{mve.Name}/{transport.Name}";

    private static HashSet<string> Tunnels(IEnumerable<Vpn> vpns) =>
        vpns.SelectMany(v => Enumerable.Range(0, v.Tunnels).Select(v.TunnelElement)).ToHashSet(StringComparer.Ordinal);
}
