using FabricSim.Reporting.Plots;
using FabricSim.Scenarios.Resilience;
using ScottPlot;

namespace FabricSim.Reporting.Resilience;

/// <summary>Each option's worst flow availability (as downtime minutes per month, log scale) against its monthly cost.</summary>
internal static class AvailabilityLadderPlot
{
    public static Plot Create(ResilienceResult result)
    {
        var plot = PlotCanvas.Create("Availability ladder: worst flow's downtime against monthly cost", "Monthly cost (USD)", "Downtime of the worst flow (min/month, log10)");
        for (int i = 0; i < result.Options.Count; i++)
        {
            var option = result.Options[i];
            double downtime = option.Availability.Select(a => a.DowntimeMinutesPerMonth).DefaultIfEmpty(0).Max();
            double cost = option.MonthlyCostUsd ?? 0;
            double y = Math.Log10(Math.Max(downtime, 1e-3));
            var marker = plot.Add.Marker(cost, y);
            marker.Color = PlotCanvas.ColorAt(i);
            marker.Size = 10;
            var label = plot.Add.Text(option.Option, cost, y);
            label.LabelFontColor = PlotCanvas.ColorAt(i);
        }
        plot.Axes.Margins(0.2, 0.2);
        return plot;
    }
}
