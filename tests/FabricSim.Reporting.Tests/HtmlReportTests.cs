using System.Text.RegularExpressions;
using FabricSim.Reporting.Html;
using FabricSim.Reporting.Plots;

namespace FabricSim.Reporting.Tests;

public sealed partial class HtmlReportTests
{
    private static readonly Lazy<string> Html = new(() =>
    {
        var result = SyntheticResults.Create();
        return HtmlReport.Build(result, ReportPlots.Render(result, ReportOptions.Default));
    });

    [Fact]
    public void Loads_no_external_resource()
    {
        // Addresses may appear as text (a price source), but never where a browser would fetch them.
        Assert.Empty(ExternalReference().Matches(Html.Value));
        Assert.DoesNotContain("<script", Html.Value, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", Html.Value, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("https://www.megaport.com/pricing/", Html.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Embeds_every_figure_as_a_png_data_uri()
    {
        var images = EmbeddedPng().Matches(Html.Value);
        Assert.Equal(10, images.Count);
        foreach (Match image in images)
        {
            byte[] png = Convert.FromBase64String(image.Groups[1].Value);
            Assert.Equal(0x89, png[0]);
            Assert.Equal((byte)'P', png[1]);
        }
    }

    [Fact]
    public void Contains_comparison_table_flow_tables_cost_looking_glass_and_escaped_scenario_text()
    {
        string html = Html.Value;
        Assert.Contains("<h1>two-sites</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<table class=\"comparison\">", html, StringComparison.Ordinal);
        Assert.Contains("<th>p99 latency (ms)</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td>sdci</td><td>erp</td><td class=\"num\">6.000 ± 0.040</td><td class=\"num\">12.000 ± 0.125</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">1,870.00</td>", html, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Count(html, "<table class=\"flows\">"));
        Assert.Equal(2, Regex.Count(html, "<table class=\"cost\">"));
        Assert.Contains("<table class=\"sweep\">", html, StringComparison.Ordinal);
        Assert.Contains("10.0.0.0/16 via 169.254.0.1 &lt;bgp&gt;", html, StringComparison.Ordinal);
        Assert.Contains("# &lt;compare&gt; SDCI &amp; VPN", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<compare>", html, StringComparison.Ordinal);
        Assert.Contains("95% confidence interval across 5 replications", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Links_only_to_files_written_beside_it()
    {
        var links = Regex.Matches(Html.Value, "href=\"([^\"]+)\"").Select(match => match.Groups[1].Value).ToList();
        Assert.Contains("summary.csv", links);
        Assert.Contains("sweep.csv", links);
        Assert.Contains("plots/cost.svg", links);
        Assert.All(links, link => Assert.DoesNotContain(":", link, StringComparison.Ordinal));
    }

    [GeneratedRegex("""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//|url\(\s*["']?\s*(?:https?:)?//|@import""", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();

    [GeneratedRegex("""<img [^>]*src="data:image/png;base64,([A-Za-z0-9+/=]+)" """ + "?", RegexOptions.None)]
    private static partial Regex EmbeddedPng();
}
