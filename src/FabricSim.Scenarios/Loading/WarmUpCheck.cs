using FabricSim.Engine.Time;
using FabricSim.Network.Units;
using FabricSim.Scenarios.Model;

namespace FabricSim.Scenarios.Loading;

/// <summary>
/// The warm-up must cover the transient of the traffic: a TCP flow measured while still in slow start reports the
/// ramp, not the steady state. Slow start ends when the window reaches the path's bandwidth-delay product, after
/// about log2(BDP / initial window) + 1 round trips (RFC 5681, initial window 10 segments by RFC 6928). The bound
/// uses the flow's fastest possible rate (its application limit, else the fastest port offered) and a round trip no
/// shorter than any path the flow can take (Internet route factor and fixed delays over the ends' distance), so a
/// warm-up that covers it covers every option.
/// </summary>
internal static class WarmUpCheck
{
    private const int InitialWindowSegments = 10;

    /// <summary>Reports an explicit warm-up that ends before some TCP flow's slow start could have.</summary>
    public static void Run(MappingContext context, IReadOnlyList<MappedDemand> demands, RunSettings run, YamlDotNet.RepresentationModel.YamlNode warmup)
    {
        var (latest, flow) = LatestSlowStartEnd(context, demands, run);
        if (flow is not null && latest > run.WarmUp)
        {
            context.Errors.Add(warmup, $"warmup {run.WarmUp} ends before TCP flow '{flow.Name}' can leave slow start (about {latest}: it starts at {flow.Start} and needs several round trips to fill its path), so the results would include the ramp",
                $"use warmup: {Round(latest)} or more (and a duration well beyond it)");
        }
    }

    /// <summary>The default warm-up: 10 % of the run, raised to cover every TCP flow's slow start (staying below the run's end).</summary>
    public static SimTime Default(MappingContext context, IReadOnlyList<MappedDemand> demands, RunSettings run)
    {
        var (latest, _) = LatestSlowStartEnd(context, demands, run);
        var covering = latest > run.WarmUp ? Round(latest) : run.WarmUp;
        return covering < run.Duration / 2 ? covering : run.WarmUp;
    }

    private static (SimTime End, Demand? Flow) LatestSlowStartEnd(MappingContext context, IReadOnlyList<MappedDemand> demands, RunSettings run)
    {
        SimTime latest = SimTime.Zero;
        Demand? which = null;
        foreach (var demand in demands.Select(d => d.Demand))
        {
            // A finite transfer is measured by its completion from its start; a flow starting after the warm-up has its ramp measured by design.
            if (demand.Tcp is not { TransferBytes: null } tcp || demand.Start >= run.WarmUp)
            {
                continue;
            }
            if (Location(context, demand.From) is not { } from || Location(context, demand.To) is not { } to)
            {
                continue;
            }
            // The slower of the Internet's calibrated base delays (over land or across an ocean) bounds either path.
            double km = from.DistanceKm(to);
            double internetOneWay = Math.Max(Network.Internet.InternetRouteModel.Calibrated.OneWay(km, crossesOcean: false).TotalSeconds,
                Network.Internet.InternetRouteModel.Calibrated.OneWay(km, crossesOcean: true).TotalSeconds);
            double rtt = 2 * (internetOneWay + InternetPathSettings.Default.BaseDelay.TotalSeconds + 2 * context.Catalog.EndDelay.TotalSeconds);
            var rate = demand.Rate ?? context.Catalog.Products.Rates("megaport.port.speed")[^1];
            double windowSegments = rate.BitsPerSecond * rtt / (8.0 * tcp.MssBytes);
            double rounds = 1 + Math.Max(0, Math.Ceiling(Math.Log2(windowSegments / InitialWindowSegments)));
            var end = demand.Start + SimTime.FromSeconds(rounds * rtt);
            if (end > latest)
            {
                latest = end;
                which = demand;
            }
        }
        return (latest, which);
    }

    private static GeoPoint? Location(MappingContext context, string endpoint) =>
        context.Sites.TryGetValue(endpoint, out var site) ? site.Location
        : context.Clouds.TryGetValue(endpoint, out var cloud) ? cloud.RegionLocation
        : null;

    /// <summary>Up to the next 100 ms, so the suggestion reads as a setting.</summary>
    private static SimTime Round(SimTime time) => SimTime.FromMilliseconds(Math.Ceiling(time.TotalSeconds * 10) * 100);
}
