using FabricSim.Network.Built;
using FabricSim.Engine.Time;
using FabricSim.Network.Bgp;
using FabricSim.Network.Ipsec;
using FabricSim.Network.Metrics;
using FabricSim.Network.Mve;

namespace FabricSim.Network.Building;

/// <summary>
/// A <see cref="FabricDescription"/> turned into a running network: the data plane (<see cref="Fabric"/>), its BGP
/// layer, VPNs, SD-WAN edges and TCP connections. Run it, then read plain measurements.
/// </summary>
public sealed class AssembledFabric
{
    private readonly MveAssembly _mves;
    private readonly OutageMonitoring _outages;
    private readonly TcpAssembly _tcp;
    private readonly VpnAssembly _vpns;

    internal AssembledFabric(FabricDescription description, Fabric fabric, BgpNetwork? bgp, VpnAssembly vpns, MveAssembly mves,
        OutageMonitoring outages, TcpAssembly tcp, IReadOnlyList<DemandFlows> demandFlows)
    {
        Description = description;
        Fabric = fabric;
        Bgp = bgp;
        _vpns = vpns;
        _mves = mves;
        _outages = outages;
        _tcp = tcp;
        DemandFlows = demandFlows;
    }

    public FabricDescription Description { get; }
    internal Fabric Fabric { get; }

    /// <summary>The routed layer; null when the fabric has no VXCs.</summary>
    internal BgpNetwork? Bgp { get; }
    internal IReadOnlyList<IpsecVpnConnection> Vpns => _vpns.Connections;
    internal IReadOnlyList<(string Mve, SdWanEdge Edge)> SdWanEdges => _mves.Edges;

    /// <summary>How each demand's simulated flows are reported, in demand order.</summary>
    public IReadOnlyList<DemandFlows> DemandFlows { get; }

    /// <summary>Runs for the description's whole duration.</summary>
    public void Run() => Run(Description.Duration);

    /// <summary>Runs until <paramref name="until"/> (callable repeatedly to advance in steps).</summary>
    public void Run(SimTime until) => Fabric.Run(until);

    /// <summary>When the last packet source that started without a route (at the end of the warm-up) got one; null when all had theirs in time.</summary>
    public SimTime? LateRouteAt => Fabric.LateRouteAt;

    /// <summary>Plain measurements since warm-up of every flow, TCP ones included, and every link direction.</summary>
    public FabricMeasurements Measure()
    {
        var measured = Fabric.Measure();
        return measured with { Flows = [.. measured.Flows, .. _tcp.Measure()] };
    }

    /// <summary>
    /// Seconds without delivery per flow from the end of warm-up to <paramref name="end"/>, including a gap still open
    /// then; NaN for flows whose silences are their nature (on/off sources) or whose pace TCP sets.
    /// </summary>
    public IReadOnlyDictionary<string, double> OutageSeconds(IEnumerable<string> flows, SimTime end) =>
        _outages.Measure(flows, Fabric.WarmUp, end);

    /// <summary>Every BGP router's sessions and table as plain records, as now; empty when the fabric routes no BGP.</summary>
    public IReadOnlyList<RouterView> Routers() => Bgp is null ? [] : Network.Bgp.LookingGlass.Capture(Bgp);

    /// <summary>The routers' sessions and tables as a looking glass shows them, then every MVE's steering decisions.</summary>
    public string LookingGlass() => (Bgp is null ? string.Empty : Network.Bgp.LookingGlass.Dump(Bgp)) + _mves.SteeringLog();
}
