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
    public void A_comparison_that_is_not_like_for_like_says_so_beside_the_verdict_before_the_table()
    {
        var result = SyntheticResults.Create() with { ComparisonCaveats = ["options 'sdci' and 'ipsec-vpn' are not a like-for-like comparison: 500Mbps in 'sdci' against <1Gbps> in 'ipsec-vpn'"] };
        string html = HtmlReport.Build(result, []);
        int verdict = html.IndexOf("id=\"verdict\"", StringComparison.Ordinal);
        int caveat = html.IndexOf("<p class=\"note caveat\">Options &#x27;sdci&#x27; and &#x27;ipsec-vpn&#x27; are not a like-for-like comparison", StringComparison.Ordinal);
        int comparison = html.IndexOf("id=\"comparison\"", StringComparison.Ordinal);
        Assert.True(verdict >= 0 && verdict < caveat && caveat < comparison, $"verdict {verdict}, caveat {caveat}, comparison {comparison}");
        Assert.Contains("&lt;1Gbps&gt;", html, StringComparison.Ordinal);
    }

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
        Assert.DoesNotContain("sweep.csv", links);
        Assert.Contains("plots/cost.svg", links);
        Assert.All(links, link => Assert.DoesNotContain(":", link, StringComparison.Ordinal));
    }

    [Fact]
    public void The_comparison_and_figures_come_before_each_options_detail_and_the_looking_glass_is_collapsed()
    {
        string html = Html.Value;
        int comparison = html.IndexOf("<table class=\"comparison\">", StringComparison.Ordinal);
        int figures = html.IndexOf("<h2 id=\"figures\">", StringComparison.Ordinal);
        int flows = html.IndexOf("<table class=\"flows\">", StringComparison.Ordinal);
        int lookingGlass = html.IndexOf("10.0.0.0/16 via", StringComparison.Ordinal);
        Assert.True(comparison > 0 && comparison < figures && figures < flows && flows < lookingGlass, $"{comparison} {figures} {flows} {lookingGlass}");
        string beforeGlass = html[..lookingGlass];
        Assert.True(beforeGlass.LastIndexOf("<details", StringComparison.Ordinal) > beforeGlass.LastIndexOf("</details>", StringComparison.Ordinal),
            "the looking glass is inside a closed <details> element");
    }

    [Fact]
    public void Every_table_scrolls_sideways_inside_the_page_instead_of_being_cut_off()
    {
        string html = Html.Value;
        Assert.Equal(Regex.Count(html, "<table "), Regex.Count(html, "<div class=\"table-wrap\">\n<table "));
        Assert.Contains(".table-wrap { max-width: 100%; overflow-x: auto;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sweep_report_leads_with_every_point_and_presents_none_of_them_as_the_scenario()
    {
        var result = SyntheticResults.CreateSweep();
        string html = HtmlReport.Build(result, ReportPlots.Render(result, ReportOptions.Default));

        Assert.DoesNotContain("Comparison of options", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"sweep\">Sweep of demand fraction</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<th>demand fraction</th><th>Option</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td>0.5 × (250Mbps)</td><td>sdci</td><td>erp</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>0.95 × (475Mbps)</td><td>ipsec-vpn</td><td>backup</td>", html, StringComparison.Ordinal);
        Assert.Equal(3, Regex.Count(html, "<details class=\"point\">"));
        Assert.True(html.IndexOf("<h2 id=\"sweep\">", StringComparison.Ordinal) < html.IndexOf("<h2 id=\"figures\">", StringComparison.Ordinal));
        Assert.True(html.IndexOf("<h2 id=\"figures\">", StringComparison.Ordinal) < html.IndexOf("<details class=\"point\">", StringComparison.Ordinal));
    }

    [GeneratedRegex("""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//|url\(\s*["']?\s*(?:https?:)?//|@import""", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();

    [GeneratedRegex("""<img [^>]*src="data:image/png;base64,([A-Za-z0-9+/=]+)" """ + "?", RegexOptions.None)]
    private static partial Regex EmbeddedPng();
}
