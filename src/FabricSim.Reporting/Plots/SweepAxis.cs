using FabricSim.Scenarios.Results;

namespace FabricSim.Reporting.Plots;

/// <summary>
/// The swept value on an axis in the unit people quote it in (Mbit/s, ms, kB), not in base units: a rate sweep
/// labelled 1,000,000,000 is a rate nobody reads at a glance.
/// </summary>
internal sealed record SweepAxis(string Label, double Scale)
{
    public static SweepAxis For(IReadOnlyList<SweepPoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        string parameter = points.Count > 0 ? points[0].Parameter : "value";
        var kind = points.Count > 0 ? points[0].Kind : SweepValueKind.Number;
        double largest = points.Select(point => Math.Abs(point.Value)).Where(double.IsFinite).DefaultIfEmpty(0).Max();
        return kind switch
        {
            SweepValueKind.Rate when largest >= 10e9 => new($"{parameter} (Gbit/s)", 1e-9),
            SweepValueKind.Rate => new($"{parameter} (Mbit/s)", 1e-6),
            SweepValueKind.Duration when largest >= 10 => new($"{parameter} (s)", 1),
            SweepValueKind.Duration => new($"{parameter} (ms)", 1e3),
            SweepValueKind.Size when largest >= 10_000 => new($"{parameter} (kB)", 1e-3),
            SweepValueKind.Size => new($"{parameter} (bytes)", 1),
            SweepValueKind.Factor => new($"{parameter} (multiple of the base value)", 1),
            _ => new(parameter, 1),
        };
    }
}
