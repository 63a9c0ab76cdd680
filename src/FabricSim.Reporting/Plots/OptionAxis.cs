using FabricSim.Scenarios.Results;
using ScottPlot;

namespace FabricSim.Reporting.Plots;

/// <summary>Bar charts place option i at x = i; this names those positions after the options.</summary>
internal static class OptionAxis
{
    public static void Label(Plot plot, ScenarioResult result)
    {
        double[] positions = Enumerable.Range(0, result.Options.Count).Select(index => (double)index).ToArray();
        string[] names = result.Options.Select(option => option.Name).ToArray();
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(positions, names);
        plot.HideGrid();
    }
}
