namespace FabricSim.Reporting.Notebook;

/// <summary>
/// Lets a .NET Interactive kernel render <see cref="PlotImage"/> as HTML without this assembly depending on the
/// kernel: the kernel looks for an attribute of this name on a displayed type (matching by name, not by type) and
/// calls <c>CreateTypeFormatters()</c> on the source it names.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
internal sealed class TypeFormatterSourceAttribute(Type formatterSourceType) : Attribute
{
    public Type FormatterSourceType { get; } = formatterSourceType;

    /// <summary>The MIME types the kernel should prefer for the attributed type.</summary>
    public string[] PreferredMimeTypes { get; set; } = [];
}

// The kernel finds these members by name on instances it creates, so they must stay instance members.
#pragma warning disable CA1822

/// <summary>Created by the kernel through reflection; must keep a public parameterless constructor.</summary>
internal sealed class PlotImageFormatterSource
{
    public IEnumerable<object> CreateTypeFormatters() => [new PlotImageHtmlFormatter()];
}

/// <summary>Writes a plot image as an inline HTML image; the kernel finds its members by name.</summary>
internal sealed class PlotImageHtmlFormatter
{
    public const string HtmlMimeType = "text/html";

    public string MimeType => HtmlMimeType;

    public Type Type => typeof(PlotImage);

    public bool Format(object instance, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (instance is not PlotImage image)
        {
            return false;
        }
        writer.Write(image.ToHtml());
        return true;
    }
}
#pragma warning restore CA1822
