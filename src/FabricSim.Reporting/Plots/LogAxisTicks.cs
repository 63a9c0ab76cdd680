using ScottPlot.TickGenerators;

namespace FabricSim.Reporting.Plots;

/// <summary>
/// ScottPlot has no log axis: data on a log axis is drawn as log10 of the value, and these ticks label the whole
/// exponents with 10^x and mark the minor decades between them.
/// </summary>
internal static class LogAxisTicks
{
    public static NumericAutomatic Create() => new()
    {
        MinorTickGenerator = new LogMinorTickGenerator(),
        IntegerTicksOnly = true,
        LabelFormatter = exponent => Math.Pow(10, exponent).ToString(exponent < -6 ? "0e0" : "0.######", System.Globalization.CultureInfo.InvariantCulture),
    };
}
