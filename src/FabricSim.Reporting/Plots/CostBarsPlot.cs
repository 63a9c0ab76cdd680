using FabricSim.Scenarios.Results;
using ScottPlot;

namespace FabricSim.Reporting.Plots;

/// <summary>Monthly cost of each option as a bar stacked by cost category (ports, VXCs, MCR, data transfer, ...).</summary>
internal static class CostBarsPlot
{
    public static Plot Create(ScenarioResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var plot = PlotCanvas.Create("Monthly cost by option", "Design option", "Monthly cost (USD)");
        var categories = result.Options.SelectMany(option => option.Cost).Select(line => line.Category)
            .Distinct(StringComparer.Ordinal).ToList();
        var bars = new List<Bar>();
        for (int optionIndex = 0; optionIndex < result.Options.Count; optionIndex++)
        {
            double stackTop = 0;
            foreach (string category in categories)
            {
                double amount = result.Options[optionIndex].Cost
                    .Where(line => line.Category == category && double.IsFinite(line.MonthlyUsd))
                    .Sum(line => line.MonthlyUsd);
                if (amount == 0)
                {
                    continue;
                }
                bars.Add(new Bar
                {
                    Position = optionIndex,
                    ValueBase = stackTop,
                    Value = stackTop + amount,
                    Size = 0.6,
                    FillColor = PlotCanvas.ColorAt(categories.IndexOf(category)),
                });
                stackTop += amount;
            }
        }
        plot.Add.Bars(bars);
        for (int categoryIndex = 0; categoryIndex < categories.Count; categoryIndex++)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = categories[categoryIndex], FillColor = PlotCanvas.ColorAt(categoryIndex) });
        }
        OptionAxis.Label(plot, result);
        plot.Axes.Margins(bottom: 0);
        PlotCanvas.ShowLegendIfAny(plot, categories.Count);
        return plot;
    }
}
