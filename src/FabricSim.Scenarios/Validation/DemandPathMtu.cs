using FabricSim.Network.Ipsec;
using FabricSim.Network.Traffic;
using FabricSim.Scenarios.Model;
using FabricSim.Scenarios.Reachability;

namespace FabricSim.Scenarios.Validation;

/// <summary>
/// The IP MTU a demand's packets meet in one option: the least MTU along the fewest-hop path between its ends, or that
/// of an MCR BGP routes it through if smaller. Validate checks packet sizes against it, and a request/response demand
/// cuts its messages to it, so the run never sends what validate would have refused.
/// </summary>
internal sealed class DemandPathMtu(OptionConnectivity graph, PolicyReachability analysis, DesignOption option)
{
    public DemandPathMtu(Scenario scenario, DesignOption option, PolicyReachability analysis)
        : this(new OptionConnectivity(scenario.Sites, scenario.Clouds, option), analysis, option)
    {
    }

    /// <summary>
    /// The MTU each request/response demand of <paramref name="scenario"/> cuts its messages to in <paramref name="option"/>
    /// (null for other demands and where nothing connects its ends): as validate worked it out at load, or else (an
    /// option changed since) worked out again, analysing routing only if such a demand exists.
    /// </summary>
    public static Func<Demand, int?> ForMessages(Scenario scenario, DesignOption option, PolicyReachability? analysis = null)
    {
        if (option.Paths is { } known && known.Fits(option, scenario.Traffic))
        {
            return known.MessageMtu;
        }
        DemandPathMtu? paths = null;
        return demand =>
        {
            if (demand.Type != TrafficType.RequestResponse)
            {
                return null;
            }
            paths ??= new DemandPathMtu(scenario, option, analysis ?? new PolicyReachability(scenario.Sites, scenario.Clouds, option,
                scenario.Catalog.Products, scenario.Traffic));
            return paths.Of(demand) is { } found ? MessageMtu(found.Path, found.MtuBytes) : null;
        };
    }

    /// <summary>
    /// The MTU a request/response message is cut to: a message travels as TCP segments, and through an IPsec VPN the
    /// gateways clamp their MSS (<see cref="IpsecVpnOptions.DefaultMaxSegmentSizeBytes"/>), so the hosts send segments
    /// the tunnel carries whole instead of fragments of a full-size one.
    /// </summary>
    internal static int MessageMtu(IReadOnlyList<Hop> path, int pathMtuBytes) =>
        path.Any(h => h.Kind == HopKind.Vpn)
            ? Math.Min(pathMtuBytes, IpsecVpnOptions.DefaultMaxSegmentSizeBytes + MessageSegments.HeaderBytes)
            : pathMtuBytes;

    /// <summary>The path's hops, its MTU and what sets it; null when nothing connects the demand's ends.</summary>
    public (IReadOnlyList<Hop> Path, int MtuBytes, string Via)? Of(Demand demand)
    {
        var path = graph.ShortestPath(demand.From, demand.To);
        if (path is null)
        {
            return null;
        }
        int mtu = graph.PathMtu(path, demand.From);
        string via = string.Join(" -> ", path.Select(h => h.Via));
        // BGP may route the flow through an MCR that the fewest-hop path avoids; the MCR's IP MTU then governs.
        var routers = analysis.RoutersOn(demand);
        if (option.Mcrs.Where(m => routers.Contains(m.Name)).OrderBy(m => m.MtuBytes).FirstOrDefault() is { } routed && routed.MtuBytes < mtu)
        {
            (mtu, via) = (routed.MtuBytes, $"the routed path through MCR '{routed.Name}'");
        }
        return (path, mtu, via);
    }
}
