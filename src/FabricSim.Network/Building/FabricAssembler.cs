using FabricSim.Network.Built;
using FabricSim.Network.Access;
using System.Globalization;
using FabricSim.Engine.Time;
using FabricSim.Network.Geography;
using FabricSim.Network.Topology;
using FabricSim.Network.Units;

namespace FabricSim.Network.Building;

/// <summary>
/// Turns a <see cref="FabricDescription"/> into a running network: the provider backbone between PoPs, customer
/// sites, cloud regions behind their CSP edges, the ports, MCRs, MVEs and VXCs, the demands and the scheduled
/// failures; then, on the built fabric, the IPsec VPNs, random failures, BGP, the MVEs' SD-WAN edges, outage
/// monitors and TCP connections, in that order (the order fixes the event sequence, hence the results).
/// Node names are the description's names, so measurements read back directly.
/// </summary>
internal sealed class FabricAssembler
{
    /// <summary>Cloud regions sit behind their on-ramp; the provider network between them is not the bottleneck.</summary>
    private static readonly DataRate CloudInternalRate = DataRate.FromGigabitsPerSecond(400);

    /// <summary>The same internal link as a cloud router's: inside the PoP, never the bottleneck.</summary>
    private static readonly DataRate MveInternalRate = DataRate.FromGigabitsPerSecond(400);

    /// <summary>A site's access circuit to its MVE, at the largest port speed offered.</summary>
    private static readonly DataRate MveAccessRate = DataRate.FromGigabitsPerSecond(100);

    /// <summary>Hosted connections share the partner's 10 Gbps cross-connect into the CSP.</summary>
    private static readonly DataRate HostedCspPortSpeed = DataRate.FromGigabitsPerSecond(10);

    /// <summary>Metro access circuits and cloud-internal paths run close to line of sight.</summary>
    private const double AccessRouteFactor = 1.5;

    private readonly FabricDescription _description;
    private readonly FabricBuilder _builder;
    private readonly List<DemandFlows> _demandFlows = [];

    private FabricAssembler(FabricDescription description, ulong seed, int replication)
    {
        _description = description;
        _builder = new FabricBuilder(seed, replication).WithWarmUp(description.WarmUp);
        if (description.SampleInterval is { } interval)
        {
            _builder.WithTimeSeries(interval, description.SampleCapacity);
        }
    }

    public static AssembledFabric Build(FabricDescription description, ulong seed, int replication)
    {
        ArgumentNullException.ThrowIfNull(description);
        var assembler = new FabricAssembler(description, seed, replication);
        var fabric = assembler.Assemble();
        var vpns = VpnAssembly.Attach(fabric, description);
        ExternalConnectionAssembly.Attach(fabric, description);
        RandomFailures.Start(fabric, description);
        var bgp = BgpAssembly.Attach(fabric, description, vpns);
        if (bgp is not null)
        {
            StartSourcesOnRoutes(fabric, description, vpns);
        }
        var mves = MveAssembly.Attach(fabric, description, vpns);
        var outages = OutageMonitoring.Attach(fabric, description, assembler._demandFlows);
        var tcp = TcpAssembly.Attach(fabric, description, vpns, routed: bgp is not null);
        return new AssembledFabric(description, fabric, bgp, vpns, mves, outages, tcp, assembler._demandFlows);
    }

    /// <summary>
    /// In a routed option every packet source whose traffic BGP carries waits for its route, up to the end of the
    /// warm-up (<see cref="RouteReadyStart"/>). Traffic into an IPsec tunnel or through an MVE's SD-WAN steering is
    /// carried from the start and starts at once.
    /// </summary>
    private static void StartSourcesOnRoutes(Fabric fabric, FabricDescription description, VpnAssembly vpns)
    {
        var steered = description.Mves.Select(m => m.Site).ToHashSet(StringComparer.Ordinal);
        foreach (var source in fabric.Sources)
        {
            var flow = source.Flow;
            if (steered.Contains(flow.Source.Name) || vpns.Find(flow.Source.Name, flow.Destination.Name) is not null)
            {
                continue;
            }
            fabric.StartElsewhere(source);
            RouteReadyStart.Schedule(fabric, flow.Source, flow.Destination, source.Activate, source.Start, SimTime.Max(source.Start, description.WarmUp));
        }
    }

    /// <summary>
    /// The data plane alone, laid out and routed but never run: the nodes, links, VXCs and MCRs with their rates and
    /// delays, and how each demand's flows are reported. No VPN, BGP or TCP is attached.
    /// </summary>
    internal static (Fabric Fabric, IReadOnlyList<DemandFlows> DemandFlows) Layout(FabricDescription description)
    {
        ArgumentNullException.ThrowIfNull(description);
        var assembler = new FabricAssembler(description, seed: 0, replication: 0);
        var fabric = assembler.Assemble();
        fabric.Routing.Recompute();
        return (fabric, assembler._demandFlows);
    }

    /// <summary>The node a VXC end names: a port's site router, the CSP edge of the cloud it lands on, or the router itself.</summary>
    internal static string EndpointNode(FabricDescription description, VxcSpec vxc, string end)
    {
        if (description.FindPort(end) is { } port)
        {
            return port.Site;
        }
        if (description.FindCloud(end) is { } cloud)
        {
            return vxc.CloudEdge ?? cloud.EdgeName;
        }
        return end;
    }

    private Fabric Assemble()
    {
        AddBackbone();
        AddSites();
        AddClouds();
        AddPorts();
        AddMcrs();
        AddMves();
        AddVxcs();
        AddDemands();
        AddFailures();
        return _builder.Build();
    }

    private void AddBackbone()
    {
        foreach (var pop in _description.Pops)
        {
            _builder.AddPop(pop.Code, pop.Location.LatitudeDegrees, pop.Location.LongitudeDegrees);
        }
        foreach (var link in _description.BackboneLinks)
        {
            _builder.AddBackboneLink(link.PopA, link.PopB, link.Rate, link.RouteFactor, link.Delay);
        }
    }

    private void AddSites()
    {
        foreach (var site in _description.Sites)
        {
            _builder.AddSite(site.Name, site.Location.LatitudeDegrees, site.Location.LongitudeDegrees);
        }
    }

    /// <summary>Each cloud is its region's network, reached from CSP edge routers at their PoPs, each joined to the region.</summary>
    private void AddClouds()
    {
        foreach (var cloud in _description.Clouds)
        {
            var region = cloud.RegionLocation;
            _builder.AddCloudRegion(cloud.Name, region.LatitudeDegrees, region.LongitudeDegrees);
            foreach (var (edge, pop) in cloud.Edges)
            {
                _builder.AddCspEdge(edge, cloud.Provider, pop, CspPortSpeed(cloud, edge));
                SimTime distance = GreatCircle.FibreDelay(PopNamed(pop).Location, region, AccessRouteFactor);
                _builder.AddLink(cloud.RegionLinkOf(edge), edge, cloud.Name, CloudInternalRate, distance + _description.RegionEntryDelay,
                    mtuBytes: Link.JumboMtuBytes);
            }
        }
    }

    private void AddPorts()
    {
        foreach (var port in _description.Ports)
        {
            _builder.AddPort(port.Name, port.Site, port.Pop, port.Speed, AccessDelay(SiteNamed(port.Site), PopNamed(port.Pop).Location),
                lagMembers: port.LagMembers);
        }
    }

    /// <summary>A site's access circuit to its PoP: the metro distance at the access route factor plus the fixed end delay.</summary>
    private SimTime AccessDelay(GeoLocation site, GeoLocation pop) => AccessDelay(_description, site, pop);

    internal static SimTime AccessDelay(FabricDescription description, GeoLocation site, GeoLocation pop) =>
        GreatCircle.FibreDelay(site, pop, AccessRouteFactor) + description.AccessEndDelay;

    private GeoLocation SiteNamed(string name) =>
        (_description.FindSite(name) ?? throw new ArgumentException($"unknown site '{name}'")).Location;

    private void AddMcrs()
    {
        foreach (var mcr in _description.Mcrs)
        {
            // Megaport fixes the MCR's IP MTU at 1500 bytes whatever its VXCs carry.
            _builder.AddCloudRouter(mcr.Name, mcr.Pop, mcr.Rate, mtuBytes: Link.EthernetMtuBytes);
        }
    }

    /// <summary>
    /// An MVE is a node at its PoP on a fast internal link, like a cloud router; the site it serves reaches it over a
    /// metro access circuit whose speed is never the bottleneck (the MVE's transports are). <see cref="MveAssembly"/>
    /// adds the SD-WAN edge once the fabric is built.
    /// </summary>
    private void AddMves()
    {
        foreach (var mve in _description.Mves)
        {
            var pop = PopNamed(mve.Pop).Location;
            _builder.AddNode(mve.Name, NodeKind.SdWanEdge, pop.LatitudeDegrees, pop.LongitudeDegrees);
            _builder.AddLink($"{mve.Name}-{mve.Pop}", mve.Name, mve.Pop, MveInternalRate, SimTime.Zero, mtuBytes: Link.JumboMtuBytes);
            _builder.AddLink($"{mve.Site}-{mve.Name}", mve.Site, mve.Name, MveAccessRate, AccessDelay(SiteNamed(mve.Site), pop),
                mtuBytes: Link.JumboMtuBytes);
        }
    }

    private void AddVxcs()
    {
        foreach (var vxc in _description.Vxcs)
        {
            _builder.AddVxc(vxc.Name, EndpointNode(_description, vxc, vxc.EndA), EndpointNode(_description, vxc, vxc.EndB), vxc.Rate,
                vxc.BurstBytes, vxc.Mode, vxc.QosClass, vxc.ShaperQueue, vxc.CustomerShaperQueue,
                _description.FindPort(vxc.EndA)?.Name, _description.FindPort(vxc.EndB)?.Name);
        }
    }

    private void AddDemands()
    {
        foreach (var demand in _description.Demands)
        {
            var names = demand.FlowNames;
            foreach (string flow in names)
            {
                AddFlow(demand, flow);
            }
            string trafficClass = demand.TrafficClass.ToString(CultureInfo.InvariantCulture);
            if (demand.Kind == DemandKind.RequestResponse)
            {
                _demandFlows.Add(new DemandFlows(demand.Name + "/request", demand.Name, demand.From, demand.To, trafficClass,
                    names.Select(n => n + "/request").ToList()));
                _demandFlows.Add(new DemandFlows(demand.Name + "/response", demand.Name, demand.To, demand.From, trafficClass,
                    names.Select(n => n + "/response").ToList()));
            }
            else
            {
                _demandFlows.Add(new DemandFlows(demand.Name, demand.Name, demand.From, demand.To, trafficClass, names));
            }
        }
    }

    /// <summary>TCP demands are connections, not packet sources: <see cref="TcpAssembly"/> adds them once the fabric is built.</summary>
    private void AddFlow(DemandSpec demand, string flow)
    {
        if (demand.IsTcp)
        {
            return;
        }
        var sizes = demand.Sizes;
        SimTime? stop = demand.Stop;
        switch (demand.Kind)
        {
            case DemandKind.ConstantBitRate:
                _builder.AddConstantBitRateFlow(flow, demand.From, demand.To, RateOf(demand), sizes, demand.TrafficClass, start: demand.Start, stop: stop);
                break;
            case DemandKind.Poisson:
                double packetsPerSecond = RateOf(demand).BitsPerSecond / (8.0 * sizes.MeanSizeBytes);
                _builder.AddPoissonFlow(flow, demand.From, demand.To, packetsPerSecond, sizes, demand.TrafficClass, start: demand.Start, stop: stop);
                break;
            case DemandKind.OnOff:
                var onOff = demand.OnOff ?? throw new InvalidOperationException($"Demand '{demand.Name}' has no on/off parameters.");
                _builder.AddOnOffFlow(flow, demand.From, demand.To, RateOf(demand), onOff.OnMean, onOff.OffMean, onOff.ParetoShape, sizes,
                    demand.TrafficClass, start: demand.Start, stop: stop);
                break;
            case DemandKind.RequestResponse:
                var rr = demand.RequestResponse ?? throw new InvalidOperationException($"Demand '{demand.Name}' has no request/response parameters.");
                _builder.AddRequestResponse(flow, demand.From, demand.To, 1.0 / rr.MeanInterval.TotalSeconds, rr.RequestBytes,
                    rr.ResponseBytes, demand.TrafficClass, start: demand.Start, stop: stop, mtuBytes: rr.MtuBytes);
                break;
            default:
                throw new NotSupportedException($"Traffic type {demand.Kind} of demand '{demand.Name}' has no packet source.");
        }
        if (demand.Profile is { } profile)
        {
            _builder.WithRateProfile(flow, profile);
        }
    }

    internal static DataRate RateOf(DemandSpec demand) =>
        demand.Rate ?? throw new InvalidOperationException($"Demand '{demand.Name}' has no rate.");

    /// <summary>Scheduled failures of VPNs act on their tunnels (<see cref="VpnAssembly"/>); all others on the fabric.</summary>
    private void AddFailures()
    {
        foreach (var failure in _description.Failures.Where(f => f.IsScheduled && !_description.Vpns.Any(v => v.Elements.Contains(f.Element))))
        {
            SimTime at = failure.At!.Value;
            SimTime duration = failure.For ?? FailureSpec.Permanently;
            string element = failure.Element;
            if (_description.Vxcs.Any(v => v.Name == element))
            {
                _builder.FailVxc(element, at, duration);
            }
            else if (_description.Ports.Any(p => p.Name == element))
            {
                _builder.FailPort(element, at, duration);
            }
            else if (AccessPort.TryParseMember(element, out string port, out int member) && _description.FindPort(port) is { } lag && member <= lag.LagMembers)
            {
                _builder.FailLagMember(port, member, at, duration);
            }
            else if (_description.Mcrs.Any(m => m.Name == element) || _description.Mves.Any(m => m.Name == element)
                     || _description.Pops.Any(p => p.Code == element) || _description.Clouds.Any(c => c.Edges.Any(e => e.Name == element)))
            {
                _builder.FailNode(element, at, duration);
            }
            else
            {
                _builder.FailLink(element, at, duration);
            }
        }
    }

    private PopSpec PopNamed(string code) =>
        _description.FindPop(code) ?? throw new KeyNotFoundException($"The fabric has no PoP named '{code}'.");

    /// <summary>
    /// A dedicated connection runs at its own port speed at the edge it lands on; hosted connections share the partner's 10 Gbps
    /// cross-connect into the CSP and are limited by their VXC's policer, not by the port.
    /// </summary>
    private DataRate CspPortSpeed(CloudSpec cloud, string edge) =>
        _description.Vxcs.Where(v => v.Touches(cloud.Name) && (v.CloudEdge ?? cloud.EdgeName) == edge).Select(v => v.CloudPortSpeed)
            .FirstOrDefault(speed => speed is not null)
        ?? HostedCspPortSpeed;
}
