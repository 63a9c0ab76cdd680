namespace FabricSim.Reporting.Plots;

/// <summary>A report figure drawn both as PNG (fixed pixels, fonts embedded) and as SVG (scalable, for print).</summary>
internal sealed record RenderedPlot(string FileStem, string Title, byte[] Png, string Svg);
