using ScottPlot;

namespace FabricSim.Reporting.Plots;

/// <summary>A blank plot with the shipped font, a title and axis labels: what every report figure starts from.</summary>
internal static class PlotCanvas
{
    public const int Width = 900;
    public const int Height = 540;

    private static readonly ScottPlot.Palettes.Category10 Palette = new();

    public static Plot Create(string title, string xLabel, string yLabel)
    {
        var plot = new Plot();
        PlotFonts.Apply(plot);
        plot.Title(title);
        plot.XLabel(xLabel);
        plot.YLabel(yLabel);
        return plot;
    }

    /// <summary>The n-th colour of a fixed palette, so a flow keeps its colour from one run to the next.</summary>
    public static Color ColorAt(int index) => Palette.GetColor(index);

    public static void ShowLegendIfAny(Plot plot, int itemCount)
    {
        if (itemCount > 0)
        {
            plot.ShowLegend(Edge.Right);
        }
    }
}
