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
    IReadOnlyList<Vxc> Vxcs,
    IReadOnlyList<Vpn> Vpns,
    IReadOnlyList<PrefixList> PrefixLists)
{
    public bool HasElement(string name) =>
        Ports.Any(p => p.Name == name) || Mcrs.Any(m => m.Name == name) || Mves.Any(m => m.Name == name)
        || Vxcs.Any(v => v.Name == name) || Vpns.Any(v => v.Name == name);
}
