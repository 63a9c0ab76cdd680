namespace FabricSim.Reporting.Plots;

/// <summary>A report figure drawn both as PNG (fixed pixels, fonts embedded) and as SVG (scalable, for print).</summary>
/// <param name="Caption">The title, and what the figure leaves out when it shows a selection of the series.</param>
internal sealed record RenderedPlot(string FileStem, string Title, byte[] Png, string Svg)
{
    public string Caption { get; init; } = Title;

    /// <summary>A topology diagram, which the report shows in a section of its own rather than among the plots.</summary>
    public bool IsDiagram { get; init; }
}
