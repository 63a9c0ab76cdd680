using FabricSim.Engine.Time;

namespace FabricSim.Network.Building;

/// <summary>
/// A whole fabric as plain, immutable values: the provider's PoPs and backbone, the customer's sites, the clouds it
/// reaches, the design (ports, MCRs, MVEs, VXCs with their BGP sessions, IPsec VPNs), the demands it carries and the
/// failures it suffers. Everything refers to everything else by name. <see cref="Build"/> turns it into a running
/// network; the scenario loader produces one per design option, and code can write one directly.
/// </summary>
/// <example>
/// <code>
/// var description = new FabricDescription
/// {
///     Pops = [new PopSpec("SYD1", new GeoLocation(-33.92, 151.19))],
///     Sites = [new SiteSpec("dc", new GeoLocation(-33.87, 151.21), [Ipv4Prefix.Parse("192.168.0.0/16")])],
///     Clouds = [new CloudSpec("aws", CspProvider.AwsDirectConnect, "SYD1", new GeoLocation(-33.86, 151.20), [Ipv4Prefix.Parse("10.10.0.0/16")])],
///     Ports = [new PortSpec("dc-port", "dc", "SYD1", DataRate.Parse("10Gbps"))],
///     Mcrs = [new McrSpec("mcr", "SYD1", DataRate.Parse("2.5Gbps"), Asn: 133937)],
///     Vxcs = [new VxcSpec("dc-mcr", "dc-port", "mcr", DataRate.Parse("1Gbps")), new VxcSpec("mcr-aws", "mcr", "aws", DataRate.Parse("500Mbps"))],
///     Demands = [new DemandSpec("to-aws", "dc", "aws", DemandKind.Poisson) { Rate = DataRate.Parse("100Mbps") }],
///     Duration = SimTime.FromSeconds(10),
/// };
/// var fabric = description.Build(seed: 1);
/// fabric.Run();
/// var measurements = fabric.Measure();
/// </code>
/// </example>
public sealed record FabricDescription
{
    public IReadOnlyList<PopSpec> Pops { get; init; } = [];
    public IReadOnlyList<BackboneLinkSpec> BackboneLinks { get; init; } = [];
    public IReadOnlyList<SiteSpec> Sites { get; init; } = [];
    public IReadOnlyList<CloudSpec> Clouds { get; init; } = [];
    public IReadOnlyList<PortSpec> Ports { get; init; } = [];
    public IReadOnlyList<McrSpec> Mcrs { get; init; } = [];
    public IReadOnlyList<MveSpec> Mves { get; init; } = [];
    public IReadOnlyList<VxcSpec> Vxcs { get; init; } = [];
    public IReadOnlyList<VpnSpec> Vpns { get; init; } = [];
    public IReadOnlyList<InternetVxcSpec> InternetVxcs { get; init; } = [];
    public IReadOnlyList<IxSpec> IxConnections { get; init; } = [];
    public IReadOnlyList<DemandSpec> Demands { get; init; } = [];
    public IReadOnlyList<FailureSpec> Failures { get; init; } = [];

    /// <summary>Statistics forget everything before this instant.</summary>
    /// <summary>
    /// Fixed one-way delay from a cloud's edge into its region, beyond the distance: the cloud edge's share of a
    /// private path's fixed part (equipment and in-region hops). Scenarios take it from the catalog's fitted end delay.
    /// </summary>
    public SimTime RegionEntryDelay { get; init; } = SimTime.FromMilliseconds(1);

    /// <summary>Fixed one-way delay of a site's access circuit beyond its metro distance (access equipment).</summary>
    public SimTime AccessEndDelay { get; init; } = SimTime.Zero;

    public SimTime WarmUp { get; init; } = SimTime.Zero;

    /// <summary>How long <see cref="AssembledFabric.Run()"/> runs; also how far ahead time-of-day effects are scheduled.</summary>
    public SimTime Duration { get; init; } = SimTime.FromSeconds(10);

    /// <summary>Sampling interval of the throughput and utilization time series; none when null.</summary>
    public SimTime? SampleInterval { get; init; }

    /// <summary>Points kept per time series.</summary>
    public int SampleCapacity { get; init; } = 4096;

    /// <summary>Assembles the network for one replication; every random stream is seeded by (seed, replication, component).</summary>
    public AssembledFabric Build(ulong seed, int replication = 0) => FabricAssembler.Build(this, seed, replication);

    public PortSpec? FindPort(string name) => Ports.FirstOrDefault(p => p.Name == name);

    public CloudSpec? FindCloud(string name) => Clouds.FirstOrDefault(c => c.Name == name);

    public SiteSpec? FindSite(string name) => Sites.FirstOrDefault(s => s.Name == name);

    public PopSpec? FindPop(string code) => Pops.FirstOrDefault(p => p.Code == code);
}
