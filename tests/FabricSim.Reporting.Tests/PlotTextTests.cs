using FabricSim.Reporting.Plots;
using ScottPlot;
using SkiaSharp;

namespace FabricSim.Reporting.Tests;

public sealed class PlotTextTests
{
    [Fact]
    public void Shipped_font_family_is_resolved_from_the_assembly_not_from_installed_fonts()
    {
        PlotFonts.EnsureRegistered();
        // The family name exists nowhere on the system, so only the embedded resolver can answer it.
        Assert.DoesNotContain(PlotFonts.FamilyName, SKFontManager.Default.GetFontFamilies());
        Assert.Equal(PlotFonts.FamilyName, ScottPlot.Fonts.Default);
        var regular = ScottPlot.Fonts.GetTypeface(PlotFonts.FamilyName, bold: false, italic: false);
        var bold = ScottPlot.Fonts.GetTypeface(PlotFonts.FamilyName, bold: true, italic: false);
        Assert.Equal("DejaVu Sans", regular.FamilyName);
        Assert.Equal("DejaVu Sans", bold.FamilyName);
        Assert.True(bold.FontWeight > regular.FontWeight);
        Assert.NotEqual(0, regular.GetGlyph('A'));
    }

    [Fact]
    public void Every_text_element_of_a_report_plot_asks_for_the_shipped_font()
    {
        var plot = LossBarsPlot.Create(SyntheticResults.Create());
        Assert.Equal(PlotFonts.FamilyName, plot.Axes.Title.Label.FontName);
        Assert.Equal(PlotFonts.FamilyName, plot.Axes.Bottom.Label.FontName);
        Assert.Equal(PlotFonts.FamilyName, plot.Axes.Left.Label.FontName);
        Assert.Equal(PlotFonts.FamilyName, plot.Axes.Left.TickLabelStyle.FontName);
        Assert.Equal(PlotFonts.FamilyName, plot.Legend.FontName);
    }

    [Fact]
    public void Title_and_axis_labels_put_ink_in_their_bands_of_the_png()
    {
        var option = SyntheticResults.Option("sdci", 12, 0.001, 100);
        var labelled = LatencyCdfPlot.Create(option, logLatencyAxis: false);
        var bare = LatencyCdfPlot.Create(option, logLatencyAxis: false);
        // Transparent text keeps the layout identical, so any difference in ink is the text itself.
        bare.Axes.Title.Label.ForeColor = Colors.Transparent;
        bare.Axes.Bottom.Label.ForeColor = Colors.Transparent;
        bare.Axes.Left.Label.ForeColor = Colors.Transparent;

        using var withText = Decode(ReportPlots.Draw("labelled", labelled).Png);
        using var withoutText = Decode(ReportPlots.Draw("bare", bare).Png);

        // Title band: the top strip above the data area; y-label band: the leftmost strip; x-label: the bottom strip.
        var titleBand = new SKRectI(0, 0, PlotCanvas.Width, 30);
        var yLabelBand = new SKRectI(0, 0, 22, PlotCanvas.Height);
        var xLabelBand = new SKRectI(0, PlotCanvas.Height - 22, PlotCanvas.Width, PlotCanvas.Height);
        Assert.Equal(0, DarkPixels(withoutText, titleBand));
        Assert.Equal(0, DarkPixels(withoutText, yLabelBand));
        Assert.Equal(0, DarkPixels(withoutText, xLabelBand));
        Assert.True(DarkPixels(withText, titleBand) > 150, $"title band has {DarkPixels(withText, titleBand)} dark pixels");
        Assert.True(DarkPixels(withText, yLabelBand) > 80, $"y-label band has {DarkPixels(withText, yLabelBand)} dark pixels");
        Assert.True(DarkPixels(withText, xLabelBand) > 80, $"x-label band has {DarkPixels(withText, xLabelBand)} dark pixels");
    }

    [Fact]
    public void Rendered_plots_are_valid_png_and_svg_with_the_title_as_text()
    {
        var plot = CostBarsPlot.Create(SyntheticResults.Create());
        var figure = ReportPlots.Draw("cost", plot);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, figure.Png[..8]);
        using var bitmap = Decode(figure.Png);
        Assert.Equal(PlotCanvas.Width, bitmap.Width);
        // The legend below the plot adds its rows to the figure's height.
        Assert.Equal(PlotCanvas.HeightOf(plot), bitmap.Height);
        Assert.True(bitmap.Height > PlotCanvas.Height);
        var svg = System.Xml.Linq.XDocument.Parse(figure.Svg);
        Assert.Equal("svg", svg.Root!.Name.LocalName);
        Assert.Contains("Monthly cost by option", figure.Svg, StringComparison.Ordinal);
        Assert.Equal("Monthly cost by option (net of discounts)", figure.Title);
        // SVG viewers resolve text by family name, so the SVG must name the real family, not the private alias.
        var fonts = svg.Descendants().Where(element => element.Name.LocalName == "text")
            .Select(element => (string?)element.Attribute("font-family")).Distinct().ToList();
        Assert.Equal(["DejaVu Sans"], fonts);
    }

    [Fact]
    public void Report_has_cdf_ccdf_throughput_and_utilization_per_option_loss_and_cost()
    {
        var stems = ReportPlots.Render(SyntheticResults.Create(), ReportOptions.Default).Select(plot => plot.FileStem);
        Assert.Equal(
        [
            "latency_cdf_sdci", "latency_ccdf_sdci", "throughput_sdci", "utilization_sdci",
            "latency_cdf_ipsec-vpn", "latency_ccdf_ipsec-vpn", "throughput_ipsec-vpn", "utilization_ipsec-vpn",
            "loss", "cost",
        ], stems);
    }

    [Fact]
    public void A_sweep_report_draws_its_curves_and_no_plot_of_a_single_point()
    {
        var stems = ReportPlots.Render(SyntheticResults.CreateSweep(), ReportOptions.Default).Select(plot => plot.FileStem);
        Assert.Equal(
        [
            "sweep_demand-fraction_p99", "sweep_demand-fraction_loss", "sweep_demand-fraction_throughput", "sweep_demand-fraction_cost",
        ], stems);
    }

    [Fact]
    public void Log_latency_axis_labels_ticks_in_milliseconds_not_exponents()
    {
        var plot = LatencyCdfPlot.Create(SyntheticResults.Option("sdci", 12, 0.001, 100), logLatencyAxis: true);
        Assert.Contains("log scale", plot.Axes.Bottom.Label.Text, StringComparison.Ordinal);
        var ticks = (ScottPlot.TickGenerators.NumericAutomatic)plot.Axes.Bottom.TickGenerator;
        Assert.Equal("10", ticks.LabelFormatter(1));
        Assert.Equal("0.1", ticks.LabelFormatter(-1));
    }

    [Fact]
    public void Svg_clip_ids_are_numbered_by_first_appearance_whatever_was_drawn_before()
    {
        string svg = "<clipPath id=\"cl_17\"/><g clip-path=\"url(#cl_17)\"/><clipPath id=\"cl_2a\"/><g clip-path=\"url(#cl_2a)\"/>";
        Assert.Equal(
            "<clipPath id=\"cl_0\"/><g clip-path=\"url(#cl_0)\"/><clipPath id=\"cl_1\"/><g clip-path=\"url(#cl_1)\"/>",
            SvgClipIds.Normalize(svg));
    }

    private static SKBitmap Decode(byte[] png) => SKBitmap.Decode(png) ?? throw new InvalidOperationException("Not a decodable image.");

    private static int DarkPixels(SKBitmap bitmap, SKRectI band)
    {
        int count = 0;
        for (int y = band.Top; y < band.Bottom; y++)
        {
            for (int x = band.Left; x < band.Right; x++)
            {
                var pixel = bitmap.GetPixel(x, y);
                if (pixel.Red + pixel.Green + pixel.Blue < 3 * 128)
                {
                    count++;
                }
            }
        }
        return count;
    }
}
