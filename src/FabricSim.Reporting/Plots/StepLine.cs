using ScottPlot;

namespace FabricSim.Reporting.Plots;

/// <summary>An empirical distribution drawn as steps (it holds its value until the next point), styled as series number <c>index</c>.</summary>
internal static class StepLine
{
    public static void Add(Plot plot, double[] xs, double[] ys, int index, string legend)
    {
        var line = plot.Add.ScatterLine(xs, ys, PlotCanvas.ColorAt(index));
        line.ConnectStyle = ConnectStyle.StepHorizontal;
        line.LineWidth = 2;
        line.LinePattern = SeriesStyle.PatternAt(index);
        line.LegendText = legend;
    }
}
