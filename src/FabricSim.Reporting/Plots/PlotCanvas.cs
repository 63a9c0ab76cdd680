using ScottPlot;

namespace FabricSim.Reporting.Plots;

/// <summary>A blank plot with the shipped font, a title and axis labels: what every report figure starts from.</summary>
internal static class PlotCanvas
{
    public const int Width = 900;

    /// <summary>The figure's height without its legend; a legend below adds the rows it needs.</summary>
    public const int Height = 540;

    public static Plot Create(string title, string xLabel, string yLabel)
    {
        var plot = new Plot();
        PlotFonts.Apply(plot);
        plot.Title(title);
        plot.XLabel(xLabel);
        plot.YLabel(yLabel);
        return plot;
    }

    /// <summary>The n-th series colour, fixed so a flow keeps its colour from one run to the next.</summary>
    public static Color ColorAt(int index) => SeriesStyle.ColorAt(index);

    public static void ShowLegendIfAny(Plot plot, int itemCount)
    {
        ArgumentNullException.ThrowIfNull(plot);
        if (itemCount > 0 && LegendOf(plot) is null)
        {
            plot.Axes.AddPanel(new LegendBelow(plot.Legend, Width));
        }
    }

    /// <summary>The legend panel of a plot, if it has one.</summary>
    public static LegendBelow? LegendOf(Plot plot)
    {
        ArgumentNullException.ThrowIfNull(plot);
        return plot.Axes.GetPanels().OfType<LegendBelow>().FirstOrDefault();
    }

    /// <summary>The figure's height: the plot's own plus the rows of its legend, so no entry is ever cut off.</summary>
    public static int HeightOf(Plot plot)
    {
        if (LegendOf(plot) is not { } legend)
        {
            return Height;
        }
        using var paint = Paint.NewDisposablePaint();
        return Height + (int)Math.Ceiling(legend.Measure(paint));
    }
}
