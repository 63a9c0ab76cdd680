using System.Net;

namespace FabricSim.Reporting.Notebook;

/// <summary>
/// A finished chart: the same figure as PNG bytes (fixed pixels, fonts embedded) and as SVG text (scalable).
/// A .NET notebook shows it as an image when it is displayed; elsewhere, save it or embed its HTML.
/// </summary>
/// <param name="Title">The chart's title, also used as the image's alternative text.</param>
/// <param name="Png">The figure as a PNG file.</param>
/// <param name="Svg">The figure as an SVG document.</param>
[TypeFormatterSource(typeof(PlotImageFormatterSource), PreferredMimeTypes = [PlotImageHtmlFormatter.HtmlMimeType])]
public sealed record PlotImage(string Title, ReadOnlyMemory<byte> Png, string Svg)
{
    /// <summary>Writes the PNG to <paramref name="path"/>, creating its folder if needed.</summary>
    public void SavePng(string path) => File.WriteAllBytes(Prepare(path), Png.ToArray());

    /// <summary>Writes the SVG to <paramref name="path"/>, creating its folder if needed.</summary>
    public void SaveSvg(string path) => File.WriteAllText(Prepare(path), Svg);

    /// <summary>The PNG as a <c>data:</c> URI, usable as an image source in any HTML page or Markdown renderer.</summary>
    public string ToDataUri() => "data:image/png;base64," + Convert.ToBase64String(Png.Span);

    /// <summary>An HTML image element holding the PNG inline, with the title as alternative text.</summary>
    public string ToHtml() => $"<img src=\"{ToDataUri()}\" alt=\"{WebUtility.HtmlEncode(Title)}\" style=\"max-width:100%\" />";

    private static string Prepare(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        string? folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
        return path;
    }
}
