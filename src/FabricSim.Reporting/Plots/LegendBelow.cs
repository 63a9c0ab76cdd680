using ScottPlot;
using ScottPlot.Panels;

namespace FabricSim.Reporting.Plots;

/// <summary>
/// The legend as a panel under the x axis, wrapped to the figure's width and as tall as its rows need. ScottPlot's
/// own edge legend is sized for a single row (and then cut at the figure's edge) and an in-plot legend shrinks or
/// covers the data, so neither holds thirty series; the figure grows downward instead.
/// </summary>
internal sealed class LegendBelow : PanelBase
{
    private const float SideMargin = 10;
    private const float Gap = 8;

    private readonly Legend legend;
    private readonly float figureWidth;

    public LegendBelow(Legend legend, float figureWidth)
    {
        this.legend = legend;
        this.figureWidth = figureWidth;
        Edge = Edge.Bottom;
        legend.Orientation = Orientation.Horizontal;
        // The panel draws the legend; ScottPlot must not draw it a second time inside the data area.
        legend.IsVisible = false;
    }

    /// <summary>Where the last render put each entry's label, in figure pixels.</summary>
    public IReadOnlyList<PixelRect> RenderedLabels { get; private set; } = [];

    /// <summary>Where the last render put each entry's symbol, in figure pixels.</summary>
    public IReadOnlyList<PixelRect> RenderedSymbols { get; private set; } = [];

    public override float Measure(Paint paint)
    {
        if (legend.GetItems().Length == 0)
        {
            return 0;
        }
        var layout = legend.GetLayout(new PixelSize(figureWidth - 2 * SideMargin, float.MaxValue / 4), paint);
        return layout.LegendRect.Height + 2 * Gap;
    }

    public override void Render(RenderPack rp, float size, float offset)
    {
        ArgumentNullException.ThrowIfNull(rp);
        if (size <= 0)
        {
            return;
        }
        var panel = GetPanelRect(rp.DataRect, size, offset, rp.Paint);
        var area = new PixelRect(rp.FigureRect.Left + SideMargin, rp.FigureRect.Right - SideMargin, panel.Bottom - Gap, panel.Top + Gap);
        var layout = legend.GetLayout(area.Size, rp.Paint);
        var placed = layout.LegendRect.AlignedInside(area, Alignment.UpperCenter);
        var shift = new PixelOffset(placed.Left - layout.LegendRect.Left, placed.Top - layout.LegendRect.Top);
        RenderedLabels = layout.LabelRects.Select(rect => rect.WithOffset(shift)).ToArray();
        RenderedSymbols = layout.SymbolRects.Select(rect => rect.WithOffset(shift)).ToArray();
        legend.Render(rp.Canvas, rp.Paint, area, Alignment.UpperCenter);
    }
}
