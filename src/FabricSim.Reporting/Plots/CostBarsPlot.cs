using FabricSim.Reporting.Tables;
using FabricSim.Scenarios.Results;
using ScottPlot;

namespace FabricSim.Reporting.Plots;

/// <summary>
/// Monthly cost of each option as a bar stacked by cost category (ports, VXCs, MCR, data transfer, ...), as billed:
/// a deduction such as the contract-term discount is taken off the categories it applies to, so each bar tops out at
/// the option's net monthly total, and the amount deducted is written above the bar rather than drawn as a block that
/// would read as one more charge.
/// </summary>
internal static class CostBarsPlot
{
    /// <summary>The categories the fabric contract-term discount applies to: Megaport's own services.</summary>
    private static readonly HashSet<string> FabricCategories = new(["port", "mcr", "mve", "vxc"], StringComparer.Ordinal);

    public static Plot Create(ScenarioResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var plot = PlotCanvas.Create("Monthly cost by option (net of discounts)", "Design option", "Monthly cost (USD)");
        var stacks = result.Options.Select(option => CostStack.Of(option.Cost, FabricCategories)).ToList();
        var categories = stacks.SelectMany(stack => stack.Segments).Select(segment => segment.Category).Distinct(StringComparer.Ordinal).ToList();
        var bars = new List<Bar>();
        double highest = 0;
        for (int optionIndex = 0; optionIndex < stacks.Count; optionIndex++)
        {
            double stackTop = 0;
            foreach (var segment in stacks[optionIndex].Segments)
            {
                bars.Add(new Bar
                {
                    Position = optionIndex,
                    ValueBase = stackTop,
                    Value = stackTop + segment.NetUsd,
                    Size = 0.6,
                    FillColor = SeriesStyle.ColorAt(categories.IndexOf(segment.Category)),
                });
                stackTop += segment.NetUsd;
            }
            highest = Math.Max(highest, stackTop);
            string label = DisplayNumber.Usd(stackTop)
                + (stacks[optionIndex].DeductedUsd > 0 ? $"\n(after −{DisplayNumber.Usd(stacks[optionIndex].DeductedUsd)} discount)" : "");
            var text = plot.Add.Text(label, optionIndex, stackTop);
            text.LabelAlignment = Alignment.LowerCenter;
            text.LabelFontName = PlotFonts.FamilyName;
            text.LabelFontSize = 12;
        }
        plot.Add.Bars(bars);
        bool discounted = stacks.Any(stack => stack.DeductedUsd > 0);
        for (int categoryIndex = 0; categoryIndex < categories.Count; categoryIndex++)
        {
            string category = categories[categoryIndex];
            string legend = discounted && FabricCategories.Contains(category) ? $"{category} (net of term discount)" : category;
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = legend, FillColor = SeriesStyle.ColorAt(categoryIndex) });
        }
        OptionAxis.Label(plot, result);
        // Room above the tallest bar for its two-line total.
        plot.Axes.SetLimitsY(0, Math.Max(1, highest) * 1.15);
        PlotCanvas.ShowLegendIfAny(plot, categories.Count);
        return plot;
    }
}
