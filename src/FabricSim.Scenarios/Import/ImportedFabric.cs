namespace FabricSim.Scenarios.Import;

/// <summary>
/// What the importer made of a Terraform file, element by element, each with the resource address it came from so
/// the written scenario can say where every line comes from; <see cref="Warnings"/> holds what it could not map.
/// </summary>
internal sealed record ImportedFabric(
    IReadOnlyList<ImportedPort> Ports,
    IReadOnlyList<ImportedMcr> Mcrs,
    IReadOnlyList<ImportedCloud> Clouds,
    IReadOnlyList<ImportedVxc> Vxcs,
    IReadOnlyList<ImportedPrefixList> PrefixLists,
    IReadOnlyList<ImportWarning> Warnings,
    int TermMonths)
{
    /// <summary>Site-to-Site VPNs of the cloud side, each from a site to a cloud.</summary>
    public IReadOnlyList<ImportedVpn> Vpns { get; init; } = [];

    /// <summary>Megaport Internet VXCs (a VXC whose partner is "transit"), each from a port or MCR.</summary>
    public IReadOnlyList<ImportedInternetVxc> InternetVxcs { get; init; } = [];

    /// <summary>megaport_ix connections, each on a port.</summary>
    public IReadOnlyList<ImportedIx> IxConnections { get; init; } = [];
}

/// <summary>A Megaport Internet VXC from a port or MCR; Terraform names none of the destinations it reaches.</summary>
internal sealed record ImportedInternetVxc(string Address, string Name, string End, long RateMbps);

/// <summary>A port's connection to an exchange, by the provider's network_service_type; Terraform names none of the peers.</summary>
internal sealed record ImportedIx(string Address, string Name, string Port, string Exchange, long RateMbps, long? Asn, long? Vlan);

/// <summary>A resource the importer could not map, or mapped with a stated approximation.</summary>
internal sealed record ImportWarning(string Address, string Message)
{
    public override string ToString() => $"{Address}: {Message}";
}

/// <summary>A port (or LAG) and the site it serves: Terraform holds no sites, so each port gets its own.</summary>
internal sealed record ImportedPort(string Address, string Name, string Site, string Pop, long SpeedMbps, long LagMembers = 1);

internal sealed record ImportedMcr(string Address, string Name, string Pop, long RateMbps, long? Asn);

/// <summary>A cloud region reached by one or more VXCs; its on-ramp PoP is set where the partner port's location is known.</summary>
internal sealed record ImportedCloud(string Name, string Provider, string Region, string? OnRamp);

/// <summary>A VXC's cloud landing: the connection type and its one distinguishing setting (VIF type, ExpressRoute link).</summary>
internal sealed record ImportedLanding(string Type, string? Vif, string? Link, long? PortSpeedMbps)
{
    /// <summary>The Direct Connect gateway of an AWS private or transit VIF, where the file declares one.</summary>
    public string? DxGateway { get; init; }
}

/// <summary>An IPsec VPN from a site to a cloud's VPN gateway (virtual private gateway or transit gateway).</summary>
internal sealed record ImportedVpn(string Address, string Name, string Site, string Cloud, string Gateway, bool StaticRouting);

internal sealed record ImportedBgp(long? PeerAsn, string? Import, string? Export, long? AsPathPrepend, long? Med, bool? Bfd);

internal sealed record ImportedVxc(string Address, string Name, string A, string B, long RateMbps, ImportedLanding? Landing, ImportedBgp? Bgp);

internal sealed record ImportedPrefixRule(string Action, string Prefix, long? Ge, long? Le);

internal sealed record ImportedPrefixList(string Address, string Name, IReadOnlyList<ImportedPrefixRule> Rules);
