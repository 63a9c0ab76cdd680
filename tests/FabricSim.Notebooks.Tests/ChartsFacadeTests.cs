using System.Reflection;
using FabricSim.Reporting.Notebook;

namespace FabricSim.Notebooks.Tests;

/// <summary>Unit tests of the notebook facade: every chart comes back as a PNG and an SVG; tables and display hooks work.</summary>
public sealed class ChartsFacadeTests
{
    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public static TheoryData<string> ChartNames => ["cdf", "throughput", "utilization", "loss", "cost", "sweep_p99", "sweep_loss", "line", "loglog", "topology_geo", "topology_logical"];

    private static PlotImage Chart(string name)
    {
        var result = SampleResults.Create(withSweep: false);
        var swept = SampleResults.Create(withSweep: true);
        return name switch
        {
            "cdf" => Charts.LatencyCdf(result.Options[0]),
            "throughput" => Charts.Throughput(result.Options[0]),
            "utilization" => Charts.Utilization(result.Options[0]),
            "loss" => Charts.LossBars(result),
            "cost" => Charts.CostBars(result),
            "sweep_p99" => Charts.SweepLatencyP99(swept),
            "sweep_loss" => Charts.SweepLoss(swept, "demand"),
            "line" => Charts.Line("VXCs against sites", "sites", "VXCs",
                new Series("mesh", [3, 4, 5], [3, 6, 10]), new Series("hub", [3, 4, 5], [3, 4, 5]) { ErrorHalfWidths = [0.1, 0.1, 0.1] }),
            "loglog" => Charts.Line("Goodput against loss", "loss rate", "goodput (Mbit/s)", AxisScale.Log10, AxisScale.Log10,
                new Series("measured", [1e-4, 1e-3, 1e-2], [300, 95, 30]) { ErrorHalfWidths = [20, 5, 40] },
                new Series("model", [1e-4, 1e-3, 1e-2], [310, 98, 31]) { ShowMarkers = false }),
            "topology_geo" => Charts.TopologyGeographic(result.Options[0]),
            "topology_logical" => Charts.TopologyLogical(result.Options[0]),
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "No such chart in this test."),
        };
    }

    [Theory]
    [MemberData(nameof(ChartNames))]
    public void Every_chart_is_a_png_and_an_svg_with_a_title(string name)
    {
        var image = Chart(name);

        Assert.True(image.Png.Length > 1000);
        Assert.Equal(PngSignature, image.Png.Span[..PngSignature.Length].ToArray());
        Assert.Contains("<svg", image.Svg, StringComparison.Ordinal);
        Assert.EndsWith("</svg>", image.Svg.TrimEnd(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(image.Title));
    }

    [Fact]
    public void A_topology_diagram_of_a_result_without_a_topology_says_so()
    {
        var option = SampleResults.Create(withSweep: false).Options[0] with { Topology = null };
        var error = Assert.Throws<ArgumentException>(() => Charts.TopologyLogical(option));
        Assert.Contains("holds no topology", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_and_data_uri_carry_the_png_itself()
    {
        var image = Chart("cost");

        string uri = image.ToDataUri();
        Assert.StartsWith("data:image/png;base64,", uri, StringComparison.Ordinal);
        Assert.Equal(image.Png.ToArray(), Convert.FromBase64String(uri["data:image/png;base64,".Length..]));
        Assert.Contains($"src=\"{uri}\"", image.ToHtml(), StringComparison.Ordinal);
    }

    [Fact]
    public void Saved_files_hold_the_same_bytes_and_text()
    {
        var image = Chart("loss");
        string folder = Path.Combine(Path.GetTempPath(), $"charts-{Guid.NewGuid():N}", "nested");
        try
        {
            image.SavePng(Path.Combine(folder, "loss.png"));
            image.SaveSvg(Path.Combine(folder, "loss.svg"));

            Assert.Equal(image.Png.ToArray(), File.ReadAllBytes(Path.Combine(folder, "loss.png")));
            Assert.Equal(image.Svg, File.ReadAllText(Path.Combine(folder, "loss.svg")));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(folder)!, recursive: true);
        }
    }

    [Fact]
    public void Same_inputs_draw_identical_charts()
    {
        var first = Chart("sweep_p99");
        var second = Chart("sweep_p99");

        Assert.Equal(first.Png.ToArray(), second.Png.ToArray());
        Assert.Equal(first.Svg, second.Svg);
    }

    [Fact]
    public void Mismatched_series_lengths_are_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => Charts.Line("t", "x", "y", new Series("bad", [1, 2, 3], [1, 2])));
        Assert.Contains("bad", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sweep_charts_need_a_swept_result()
    {
        Assert.Throws<ArgumentException>(() => Charts.SweepLoss(SampleResults.Create(withSweep: false)));
        Assert.Throws<ArgumentException>(() => Charts.SweepLoss(SampleResults.Create(withSweep: true), "no-such-parameter"));
    }

    [Fact]
    public void Comparison_table_lists_every_option_with_its_cost()
    {
        string table = Tables.Comparison(SampleResults.Create(withSweep: false));

        Assert.Contains("p99 latency (ms)", table, StringComparison.Ordinal);
        Assert.Contains("sdci", table, StringComparison.Ordinal);
        Assert.Contains("ipsec", table, StringComparison.Ordinal);
        Assert.Contains("900.00", table, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", table, StringComparison.Ordinal);
    }

    /// <summary>
    /// Follows the lookup a .NET Interactive kernel performs for a displayed value: an attribute named
    /// TypeFormatterSourceAttribute, matched by name, whose source creates formatters found by member name.
    /// </summary>
    [Fact]
    public void A_notebook_kernel_finds_an_html_formatter_for_plot_images_by_convention()
    {
        var image = Chart("cdf");
        var attribute = typeof(PlotImage).GetCustomAttributes(true).Single(a => a.GetType().Name == "TypeFormatterSourceAttribute");
        var sourceType = (Type)attribute.GetType().GetProperty("FormatterSourceType")!.GetValue(attribute)!;
        var preferred = (string[])attribute.GetType().GetProperty("PreferredMimeTypes")!.GetValue(attribute)!;
        var source = Activator.CreateInstance(sourceType)!;
        var formatters = ((System.Collections.IEnumerable)sourceType.GetMethod("CreateTypeFormatters")!.Invoke(source, null)!).Cast<object>().ToList();

        var formatter = Assert.Single(formatters);
        Assert.Equal(["text/html"], preferred);
        Assert.Equal("text/html", formatter.GetType().GetProperty("MimeType")!.GetValue(formatter));
        Assert.Equal(typeof(PlotImage), formatter.GetType().GetProperty("Type")!.GetValue(formatter));
        using var writer = new StringWriter();
        var format = formatter.GetType().GetMethod("Format", BindingFlags.Public | BindingFlags.Instance, [typeof(object), typeof(TextWriter)])!;
        Assert.True((bool)format.Invoke(formatter, [image, writer])!);
        Assert.Equal(image.ToHtml(), writer.ToString());
        Assert.False((bool)format.Invoke(formatter, ["not a plot", new StringWriter()])!);
    }
}
