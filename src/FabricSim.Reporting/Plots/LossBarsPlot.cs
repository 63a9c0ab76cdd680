using FabricSim.Scenarios.Results;
using ScottPlot;

namespace FabricSim.Reporting.Plots;

/// <summary>Packet loss of every flow, grouped by option, with the confidence interval as an error bar.</summary>
internal static class LossBarsPlot
{
    public static Plot Create(ScenarioResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var plot = PlotCanvas.Create("Packet loss by option and flow", "Design option", "Packet loss (%)");
        var flowNames = result.Options.SelectMany(option => option.Flows).Select(flow => flow.Flow)
            .Distinct(StringComparer.Ordinal).ToList();
        double barWidth = 0.8 / Math.Max(1, flowNames.Count);
        var bars = new List<Bar>();
        for (int optionIndex = 0; optionIndex < result.Options.Count; optionIndex++)
        {
            foreach (var flow in result.Options[optionIndex].Flows)
            {
                int flowIndex = flowNames.IndexOf(flow.Flow);
                double loss = flow.LossRatio.Mean * 100;
                bars.Add(new Bar
                {
                    Position = optionIndex - 0.4 + barWidth * (flowIndex + 0.5),
                    Value = double.IsFinite(loss) ? loss : 0,
                    Error = double.IsFinite(flow.LossRatio.HalfWidth) ? flow.LossRatio.HalfWidth * 100 : 0,
                    Size = barWidth * 0.9,
                    FillColor = PlotCanvas.ColorAt(flowIndex),
                });
            }
        }
        plot.Add.Bars(bars);
        for (int flowIndex = 0; flowIndex < flowNames.Count; flowIndex++)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = flowNames[flowIndex], FillColor = PlotCanvas.ColorAt(flowIndex) });
        }
        OptionAxis.Label(plot, result);
        plot.Axes.Margins(bottom: 0);
        PlotCanvas.ShowLegendIfAny(plot, flowNames.Count);
        return plot;
    }
}
