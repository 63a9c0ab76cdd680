using ScottPlot;
using SkiaSharp;

namespace FabricSim.Reporting.Plots;

/// <summary>
/// ScottPlot silently draws no text when the machine has no usable font, so every plot uses DejaVu Sans loaded
/// from this assembly's resources under a family name of its own: nothing depends on the fonts installed.
/// </summary>
internal static class PlotFonts
{
    /// <summary>The family name plots ask for; distinct from any installed family so the lookup cannot fall through to the system.</summary>
    public const string FamilyName = "FabricSim DejaVu Sans";

    private static readonly Lazy<SKTypeface> RegularFace = new(() => Load("FabricSim.Reporting.Fonts.DejaVuSans.ttf"));
    private static readonly Lazy<SKTypeface> BoldFace = new(() => Load("FabricSim.Reporting.Fonts.DejaVuSans-Bold.ttf"));
    private static readonly Lock Gate = new();
    private static bool registered;

    /// <summary>The shipped regular typeface, for figures drawn without ScottPlot.</summary>
    public static SKTypeface Regular => RegularFace.Value;

    /// <summary>The shipped bold typeface.</summary>
    public static SKTypeface Bold => BoldFace.Value;

    /// <summary>Registers the shipped fonts with ScottPlot and makes them the default; safe to call any number of times.</summary>
    public static void EnsureRegistered()
    {
        lock (Gate)
        {
            if (registered)
            {
                return;
            }
            ScottPlot.Fonts.FontResolvers.Insert(0, new EmbeddedFontResolver());
            ScottPlot.Fonts.Default = FamilyName;
            registered = true;
        }
    }

    /// <summary>Applies the shipped font to every text element of a plot (title, axis labels, ticks, legend).</summary>
    public static void Apply(Plot plot)
    {
        ArgumentNullException.ThrowIfNull(plot);
        EnsureRegistered();
        plot.Font.Set(FamilyName);
        plot.Legend.FontName = FamilyName;
    }

    private static SKTypeface Load(string resourceName)
    {
        using var stream = typeof(PlotFonts).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The font resource '{resourceName}' is missing from the assembly.");
        // SKData copies the bytes, so the typeface outlives the resource stream.
        using var data = SKData.Create(stream);
        return SKTypeface.FromData(data)
            ?? throw new InvalidOperationException($"The font resource '{resourceName}' is not a readable font.");
    }

    /// <summary>Resolves the shipped family name to the typefaces embedded in this assembly.</summary>
    private sealed class EmbeddedFontResolver : IFontResolver
    {
        public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing width) =>
            CreateTypeface(fontName, weight >= FontWeight.SemiBold, slant != FontSlant.Upright);

        public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
            string.Equals(fontName, FamilyName, StringComparison.Ordinal) ? (bold ? Bold : Regular) : null;
    }
}
