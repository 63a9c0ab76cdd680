namespace FabricSim.Scenarios.Model;

/// <summary>
/// One complete design to compare (SDCI, IPsec VPNs, SD-WAN or a mix). Generated topology (mesh, hub) has already
/// been expanded into Ports and Vxcs.
/// </summary>
public sealed record DesignOption(
    string Name,
    string Description,
    int TermMonths,
    IReadOnlyList<Port> Ports,
    IReadOnlyList<Mcr> Mcrs,
    IReadOnlyList<Mve> Mves,
    IReadOnlyList<VxcSettings> Vxcs,
    IReadOnlyList<Vpn> Vpns,
    IReadOnlyList<PrefixListSettings> PrefixLists)
{
    public bool HasElement(string name) =>
        Ports.Any(p => p.Name == name || p.MemberNames.Contains(name)) || Mcrs.Any(m => m.Name == name) || Mves.Any(m => m.Name == name)
        || Vxcs.Any(v => v.Name == name) || Vpns.Any(v => v.FailableElements.Contains(name)) || CloudEdges.Contains(name);

    /// <summary>Megaport Internet VXCs from the option's MCRs and Ports.</summary>
    public IReadOnlyList<InternetVxc> InternetVxcs { get; init; } = [];

    /// <summary>The option's Ports' connections to Internet exchanges.</summary>
    public IReadOnlyList<IxConnection> IxConnections { get; init; } = [];

    /// <summary>The sites the option reaches outside the fabric, over an Internet VXC or an exchange, with the connection.</summary>
    public IEnumerable<(string Site, string Connection, string End)> ExternalDestinations =>
        InternetVxcs.SelectMany(v => v.Reaches.Select(site => (site, v.Name, v.End)))
            .Concat(IxConnections.SelectMany(ix => ix.Peers.Select(site => (site, ix.Name, ix.Port))));

    /// <summary>The CSP edge routers the option's VXCs land on, by name (see <see cref="CloudConnection.EdgeOf"/>).</summary>
    public IReadOnlySet<string> CloudEdges { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>What validate worked out about the option's paths at load (null for an option made in code).</summary>
    internal ValidatedPaths? Paths { get; init; }

    /// <summary>
    /// Whether both ends are joined by the option's private connections (sites with a port, clouds with a VXC): BGP
    /// prefers those, so a VPN between the same ends stands by and carries nothing.
    /// </summary>
    public bool ReachesPrivately(string a, string b) => ReachedPrivately(a) && ReachedPrivately(b);

    /// <summary>The VPN that carries traffic between two ends, in either direction; null when none does.</summary>
    public Vpn? VpnBetween(string a, string b) => ReachesPrivately(a, b)
        ? null
        : Vpns.FirstOrDefault(v => (v.Site == a && v.Cloud == b) || (v.Site == b && v.Cloud == a));

    private bool ReachedPrivately(string end) => Ports.Any(p => p.Site == end) || Vxcs.Any(v => v.EndA == end || v.EndB == end);
}
