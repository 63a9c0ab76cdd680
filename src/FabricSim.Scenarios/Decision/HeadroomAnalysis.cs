using FabricSim.Network.Units;
using FabricSim.Scenarios.Catalogs;
using FabricSim.Scenarios.Model;
using FabricSim.Scenarios.Results;

namespace FabricSim.Scenarios.Decision;

/// <summary>
/// Headroom and right-sizing of the ports, VXCs and MCRs of one option from what they carried. Sizing uses the 95th
/// percentile of an element's utilisation samples (busier direction), not the mean, so a diurnal peak or burst is
/// sized for; it keeps that load within the planning limit (default 80 %). An element that dropped any packet or ran at
/// capacity is saturated: what it carried understates what was offered, so it is never downsized.
/// </summary>
public static class HeadroomAnalysis
{

    /// <summary>Utilisation at which an element counts as running at capacity, whether or not it dropped.</summary>
    private const double SaturatedUtilization = 0.95;

    /// <summary>Megaport VXC rates are set in whole Mbit/s; sizing rounds up to this step so a recommendation is a rate one would order.</summary>
    private const long VxcStepBitsPerSecond = 10_000_000;

    /// <param name="monthlyCost">The option's monthly bill for a design, from the cost model with the run's traffic volumes.</param>
    /// <param name="warmUpSeconds">Samples before this time are not counted.</param>
    public static IReadOnlyList<ElementHeadroom> For(DesignOption option, OptionResult result, Requirements requirements, ProductCatalog products,
        double warmUpSeconds, Func<DesignOption, double> monthlyCost)
    {
        ArgumentNullException.ThrowIfNull(option);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(requirements);
        ArgumentNullException.ThrowIfNull(products);
        ArgumentNullException.ThrowIfNull(monthlyCost);
        var sizes = new List<(string Name, string Kind, DataRate Today, IReadOnlyList<DataRate> Offered, Func<DataRate, DesignOption> Resize)>();
        foreach (var port in option.Ports)
        {
            // A LAG is sized by its member count, not by the port speeds offered: it keeps its size here.
            sizes.Add(port.LagMembers == 1
                ? (port.Name, "port", port.Speed, products.Rates("megaport.port.speed"),
                    rate => option with { Ports = [.. option.Ports.Select(p => p.Name == port.Name ? p with { Speed = rate } : p)] })
                : (port.Name, "port", port.Capacity, [port.Capacity], _ => option));
        }
        foreach (var vxc in option.Vxcs)
        {
            sizes.Add((vxc.Name, "vxc", vxc.Rate, VxcSizes(vxc, products),
                rate => option with { Vxcs = [.. option.Vxcs.Select(v => v.Name == vxc.Name ? v with { Rate = rate } : v)] }));
        }
        foreach (var mcr in option.Mcrs)
        {
            sizes.Add((mcr.Name, "mcr", mcr.Rate, products.Rates("megaport.mcr.rate"),
                rate => option with { Mcrs = [.. option.Mcrs.Select(m => m.Name == mcr.Name ? m with { Rate = rate } : m)] }));
        }
        // Limiters with no size to choose here (an MVE, a VPN gateway, a cloud connection) still show how full they run.
        var sized = sizes.Select(size => size.Name).ToHashSet(StringComparer.Ordinal);
        // Looked up by name, not searched: a planner's fabric has thousands of elements and rows.
        var rowsOf = result.Links.ToLookup(l => l.Link, StringComparer.Ordinal);
        var utilization = result.TimeSeries.Where(p => p.Metric == "utilization" && p.TimeSeconds > warmUpSeconds)
            .ToLookup(p => p.Series, StringComparer.Ordinal);
        foreach (string element in result.Links.Where(l => l.Kind is not ("link" or "vxc" or "mcr") && !sized.Contains(l.Link)).Select(l => l.Link).Distinct())
        {
            string kind = rowsOf[element].First().Kind;
            sizes.Add((element, kind, default, [], _ => option));
        }
        double today = monthlyCost(option);
        var rows = new List<ElementHeadroom>();
        foreach (var (name, kind, rate, offered, resize) in sizes)
        {
            var busier = rowsOf[name].OrderByDescending(l => l.Utilization.Mean).FirstOrDefault();
            if (busier is null || !(busier.CapacityBitsPerSecond > 0))
            {
                continue;
            }
            double capacity = busier.CapacityBitsPerSecond;
            double p95 = Percentile95(utilization[$"{busier.Link}:{busier.From}>{busier.To}"].Select(p => p.Value));
            double load = (double.IsFinite(p95) ? p95 : busier.Utilization.Mean) * capacity;
            double limit = requirements.UtilizationLimit;
            // Any drop for want of capacity counts: a policer that drops 0.01 % of a TCP flow's packets already holds its
            // window, and so its rate, down. Packets lost while the element was failed say nothing about its size.
            bool reasonsKnown = busier.DropsQueue + busier.DropsPolicer + busier.DropsFailure > 0;
            bool refused = reasonsKnown ? busier.DropsQueue + busier.DropsPolicer > 0 : busier.DropRatio.Mean > 0;
            bool saturated = refused || load >= SaturatedUtilization * capacity;
            double? months = MonthsToLimit(load, limit * capacity, requirements.AnnualGrowth);
            string? smaller = null;
            double? saving = null;
            if (!saturated && load > 0 && offered.FirstOrDefault(r => load <= limit * r.BitsPerSecond) is { IsZero: false } fits && fits < rate)
            {
                smaller = fits.ToString();
                saving = Math.Round(today - monthlyCost(resize(fits)), 2);
            }
            rows.Add(new ElementHeadroom(result.Name, name, kind, capacity, busier.Utilization, p95, load, limit * capacity - load, saturated,
                saturated ? 0 : months, smaller, saving));
        }
        return [.. rows.OrderByDescending(r => r.Saturated).ThenByDescending(r => r.LoadBitsPerSecond / r.CapacityBitsPerSecond).ThenBy(r => r.Element, StringComparer.Ordinal)];
    }

    /// <summary>Months until load growing at <paramref name="annualGrowth"/> a year, compounded, reaches <paramref name="limitBitsPerSecond"/>.</summary>
    internal static double? MonthsToLimit(double loadBitsPerSecond, double limitBitsPerSecond, double? annualGrowth)
    {
        if (annualGrowth is not { } growth || growth <= 0 || loadBitsPerSecond <= 0)
        {
            return null;
        }
        if (loadBitsPerSecond >= limitBitsPerSecond)
        {
            return 0;
        }
        return 12 * Math.Log(limitBitsPerSecond / loadBitsPerSecond) / Math.Log(1 + growth);
    }

    /// <summary>Nearest-rank 95th percentile; NaN without samples.</summary>
    internal static double Percentile95(IEnumerable<double> samples)
    {
        var sorted = samples.Where(double.IsFinite).Order().ToList();
        if (sorted.Count == 0)
        {
            return double.NaN;
        }
        int rank = (int)Math.Ceiling(0.95 * sorted.Count);
        return sorted[Math.Clamp(rank, 1, sorted.Count) - 1];
    }

    /// <summary>What a VXC may be ordered at: the cloud's connection sizes where it lands on one, else any rate in 10 Mbit/s steps up to today's.</summary>
    private static IReadOnlyList<DataRate> VxcSizes(VxcSettings vxc, ProductCatalog products)
    {
        string? item = vxc.Cloud?.Type switch
        {
            CloudConnectionType.AwsHosted => "aws.hosted.speed",
            CloudConnectionType.GooglePartnerInterconnect => "google.partner.speed",
            CloudConnectionType.OracleFastConnect => "oracle.fastconnect.speed",
            CloudConnectionType.IbmDirectLinkConnect => "ibm.direct_link.speed",
            CloudConnectionType.AzureExpressRoute when vxc.Cloud.PortSpeed is null => "azure.expressroute.speed",
            _ => null,
        };
        if (item is not null)
        {
            return products.Rates(item);
        }
        if (vxc.Cloud is not null)
        {
            // A VXC onto a dedicated connection or an ExpressRoute circuit of its own size: the circuit, not the VXC, is what is bought.
            return [];
        }
        long steps = Math.Max(1, vxc.Rate.BitsPerSecond / VxcStepBitsPerSecond);
        return [.. Enumerable.Range(1, (int)Math.Min(steps, 100_000)).Select(i => new DataRate(i * VxcStepBitsPerSecond))];
    }
}
