using FabricSim.Engine.Time;
using FabricSim.Network.Access;
using FabricSim.Network.Building;
using FabricSim.Network.Units;
using FabricSim.Scenarios.Model;

namespace FabricSim.Scenarios.Running;

/// <summary>
/// Builds the network of one design option for one replication: the provider backbone between PoPs, customer
/// sites, cloud regions behind their CSP edges, and the option's ports, cloud routers and VXCs; then the
/// scenario's traffic and failures. Node names are the scenario's names, so measurements read back directly.
/// </summary>
internal sealed class OptionAssembler
{
    /// <summary>Cloud regions sit behind their on-ramp; the provider network between them is not the bottleneck.</summary>
    private static readonly DataRate CloudInternalRate = DataRate.FromGigabitsPerSecond(400);

    /// <summary>
    /// From a CSP's edge into the region's network: the intra-region baseline of cloud latency measurements is
    /// 2.5–5 ms round trip (protocol_params.csv, cloud-backbone inflation), about 1 ms one way beyond the distance.
    /// </summary>
    internal static readonly SimTime RegionIngressDelay = SimTime.FromMilliseconds(1);

    /// <summary>The same internal link as a cloud router's: inside the PoP, never the bottleneck.</summary>
    private static readonly DataRate MveInternalRate = DataRate.FromGigabitsPerSecond(400);

    /// <summary>A site's access circuit to its MVE, at the largest port speed offered.</summary>
    private static readonly DataRate MveAccessRate = DataRate.FromGigabitsPerSecond(100);

    /// <summary>How long a scheduled failure without a duration lasts: beyond any run.</summary>
    internal static readonly SimTime Permanently = SimTime.FromSeconds(365 * 86_400.0);

    /// <summary>Metro access circuits and cloud-internal paths run close to line of sight.</summary>
    private const double AccessRouteFactor = 1.5;

    private readonly Scenario _scenario;
    private readonly DesignOption _option;
    private readonly FabricBuilder _builder;
    private readonly List<DemandFlows> _demandFlows = [];
    private readonly List<(Demand Demand, string Flow)> _tcpFlows = [];

    public OptionAssembler(Scenario scenario, DesignOption option, ulong seed, int replication)
    {
        _scenario = scenario;
        _option = option;
        _builder = new FabricBuilder(seed, replication)
            .WithWarmUp(scenario.Run.WarmUp)
            .WithTimeSeries(scenario.Run.ProbeInterval, capacity: 512);
    }

    public IReadOnlyList<DemandFlows> DemandFlows => _demandFlows;

    /// <summary>TCP demands are connections, not packet sources: they are attached once the fabric is built.</summary>
    public IReadOnlyList<(Demand Demand, string Flow)> TcpFlows => _tcpFlows;

    public static string CspEdgeName(CloudEndpoint cloud) => cloud.Name + "-edge";

    public Fabric Assemble()
    {
        AddBackbone();
        AddSites();
        AddClouds();
        AddPorts();
        AddCloudRouters();
        AddMves();
        AddVxcs();
        AddTraffic();
        AddFailures();
        return _builder.Build();
    }

    private void AddBackbone()
    {
        foreach (var pop in _scenario.Pops)
        {
            _builder.AddPop(pop.Code, pop.Location.LatitudeDegrees, pop.Location.LongitudeDegrees);
        }
        foreach (var link in _scenario.Backbone.Links)
        {
            _builder.AddBackboneLink(link.PopA, link.PopB, link.Rate, link.RouteFactor, link.Delay);
        }
    }

    private void AddSites()
    {
        foreach (var site in _scenario.Sites)
        {
            _builder.AddSite(site.Name, site.Location.LatitudeDegrees, site.Location.LongitudeDegrees);
        }
    }

    /// <summary>Each cloud is its region's network, reached from the CSP edge router at its on-ramp PoP.</summary>
    private void AddClouds()
    {
        foreach (var cloud in _scenario.Clouds)
        {
            var region = cloud.RegionLocation;
            _builder.AddNode(cloud.Name, Network.Topology.NodeKind.CustomerRouter, region.LatitudeDegrees, region.LongitudeDegrees);
            _builder.AddCspEdge(CspEdgeName(cloud), Provider(cloud.Provider), cloud.OnRamp, CspPortSpeed(cloud));
            var onRamp = _scenario.FindPop(cloud.OnRamp).Location;
            SimTime distance = Network.Geography.GreatCircle.FibreDelay(
                new Network.Geography.GeoLocation(onRamp.LatitudeDegrees, onRamp.LongitudeDegrees),
                new Network.Geography.GeoLocation(region.LatitudeDegrees, region.LongitudeDegrees), AccessRouteFactor);
            _builder.AddLink($"{cloud.Name}-region", CspEdgeName(cloud), cloud.Name, CloudInternalRate, distance + RegionIngressDelay,
                mtuBytes: Network.Links.Link.JumboMtuBytes);
        }
    }

    private void AddPorts()
    {
        foreach (var port in _option.Ports)
        {
            _builder.AddPort(port.Name, port.Site, port.Pop, port.Speed, routeFactor: AccessRouteFactor);
        }
    }

    private void AddCloudRouters()
    {
        foreach (var mcr in _option.Mcrs)
        {
            _builder.AddCloudRouter(mcr.Name, mcr.Pop, mcr.Rate);
        }
    }

    /// <summary>
    /// An MVE is a node at its PoP on a fast internal link, like a cloud router; the site it serves reaches it over a
    /// metro access circuit whose speed is never the bottleneck (the MVE's transports are). MveAttachment adds the
    /// SD-WAN edge once the fabric is built.
    /// </summary>
    private void AddMves()
    {
        foreach (var mve in _option.Mves)
        {
            var pop = _scenario.FindPop(mve.Pop).Location;
            _builder.AddNode(mve.Name, Network.Topology.NodeKind.SdWanEdge, pop.LatitudeDegrees, pop.LongitudeDegrees);
            _builder.AddLink($"{mve.Name}-{mve.Pop}", mve.Name, mve.Pop, MveInternalRate, SimTime.Zero, mtuBytes: Network.Links.Link.JumboMtuBytes);
            _builder.AddLink($"{mve.Site}-{mve.Name}", mve.Site, mve.Name, MveAccessRate, routeFactor: AccessRouteFactor,
                mtuBytes: Network.Links.Link.JumboMtuBytes);
        }
    }

    private void AddVxcs()
    {
        foreach (var vxc in _option.Vxcs)
        {
            _builder.AddVxc(vxc.Name, EndpointNode(vxc.EndA), EndpointNode(vxc.EndB), vxc.Rate, trafficClass: vxc.QosClass);
        }
    }

    /// <summary>The node a VXC end names: a port's site router, a cloud's CSP edge, or the router itself.</summary>
    internal string EndpointNode(string end)
    {
        if (_option.Ports.FirstOrDefault(p => p.Name == end) is { } port)
        {
            return port.Site;
        }
        if (_scenario.FindCloud(end) is { } cloud)
        {
            return CspEdgeName(cloud);
        }
        return end;
    }

    private void AddTraffic()
    {
        foreach (var demand in _scenario.Traffic)
        {
            var names = new List<string>();
            for (int copy = 1; copy <= demand.Count; copy++)
            {
                string flow = demand.Count == 1 ? demand.Name : $"{demand.Name}/{copy}";
                names.Add(flow);
                AddFlow(demand, flow);
            }
            string trafficClass = demand.QosClass.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (IsTcp(demand))
            {
                _demandFlows.Add(new DemandFlows(demand.Name, demand.Name, demand.From, demand.To, trafficClass, names));
            }
            else if (demand.Type == TrafficType.RequestResponse)
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

    private static bool IsTcp(Demand demand) => demand.Type is TrafficType.TcpBulk or TrafficType.TcpRequestResponse;

    private void AddFlow(Demand demand, string flow)
    {
        if (IsTcp(demand))
        {
            _tcpFlows.Add((demand, flow));
            return;
        }
        var sizes = PacketSizes.From(demand.Size);
        SimTime? stop = demand.Stop;
        switch (demand.Type)
        {
            case TrafficType.Cbr:
                _builder.AddConstantBitRateFlow(flow, demand.From, demand.To, RateOf(demand), sizes, demand.QosClass, start: demand.Start, stop: stop);
                break;
            case TrafficType.Poisson:
                double packetsPerSecond = RateOf(demand).BitsPerSecond / (8.0 * sizes.MeanSizeBytes);
                _builder.AddPoissonFlow(flow, demand.From, demand.To, packetsPerSecond, sizes, demand.QosClass, start: demand.Start, stop: stop);
                break;
            case TrafficType.OnOff:
                var onOff = demand.OnOff ?? throw new InvalidOperationException($"Demand '{demand.Name}' has no on/off parameters.");
                _builder.AddOnOffFlow(flow, demand.From, demand.To, RateOf(demand), onOff.OnMean, onOff.OffMean, onOff.ParetoShape, sizes,
                    demand.QosClass, start: demand.Start, stop: stop);
                break;
            case TrafficType.RequestResponse:
                var rr = demand.RequestResponse ?? throw new InvalidOperationException($"Demand '{demand.Name}' has no request/response parameters.");
                _builder.AddRequestResponse(flow, demand.From, demand.To, 1.0 / rr.MeanInterval.TotalSeconds, checked((int)rr.RequestBytes),
                    checked((int)rr.ResponseBytes), demand.QosClass, start: demand.Start, stop: stop);
                break;
            default:
                throw new NotSupportedException($"Traffic type {demand.Type} of demand '{demand.Name}' has no packet source.");
        }
        if (demand.Diurnal is { } diurnal)
        {
            _builder.WithRateProfile(flow, new Network.Traffic.RateProfile(diurnal.Factors, diurnal.Period, diurnal.StartAt));
        }
    }

    private static DataRate RateOf(Demand demand) =>
        demand.Rate ?? throw new InvalidOperationException($"Demand '{demand.Name}' has no rate.");

    private void AddFailures()
    {
        foreach (var failure in _scenario.Failures.Where(f => f.IsScheduled && f.Options.Contains(_option.Name)
                                                              && !_option.Vpns.Any(v => v.FailableElements.Contains(f.Element))))
        {
            SimTime at = failure.At!.Value;
            SimTime duration = failure.For ?? Permanently;
            string element = failure.Element;
            if (_option.Vxcs.Any(v => v.Name == element))
            {
                _builder.FailVxc(element, at, duration);
            }
            else if (_option.Ports.Any(p => p.Name == element))
            {
                _builder.FailPort(element, at, duration);
            }
            else if (_option.Mcrs.Any(m => m.Name == element) || _option.Mves.Any(m => m.Name == element)
                     || _scenario.Pops.Any(p => p.Code == element))
            {
                _builder.FailNode(element, at, duration);
            }
            else
            {
                _builder.FailLink(element, at, duration);
            }
        }
    }

    private static CspProvider Provider(CloudProvider provider) => provider switch
    {
        CloudProvider.Aws => CspProvider.AwsDirectConnect,
        CloudProvider.Azure => CspProvider.AzureExpressRoute,
        _ => CspProvider.GoogleCloudInterconnect,
    };

    /// <summary>
    /// A dedicated connection runs at its own port speed; hosted connections share the partner's 10 Gbps
    /// cross-connect into the CSP and are limited by their VXC's policer, not by the port.
    /// </summary>
    private DataRate CspPortSpeed(CloudEndpoint cloud) =>
        _option.Vxcs.Where(v => v.Touches(cloud.Name)).Select(v => v.Cloud?.PortSpeed).FirstOrDefault(speed => speed is not null)
        ?? DataRate.FromGigabitsPerSecond(10);
}
