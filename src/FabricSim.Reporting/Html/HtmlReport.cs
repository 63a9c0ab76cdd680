using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Text;
using FabricSim.Reporting.Plots;
using FabricSim.Reporting.Tables;
using FabricSim.Scenarios.Results;

namespace FabricSim.Reporting.Html;

using Estimate = FabricSim.Scenarios.Results.Estimate;

/// <summary>
/// index.html: one self-contained page (inline CSS, figures as data URIs, no script, no external address) that
/// opens offline from a USB stick or an e-mail attachment and shows the whole comparison.
/// </summary>
internal static class HtmlReport
{
    public static string Build(ScenarioResult result, IReadOnlyList<RenderedPlot> plots)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(plots);
        var html = new StringBuilder();
        var lookingGlassFiles = LargeLookingGlass.Files(result);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>FabricSim: ").Append(Encode(result.ScenarioName)).Append("</title>\n")
            .Append("<style>\n").Append(HtmlStyle.Css).Append("</style>\n</head>\n<body>\n");
        html.Append("<h1>").Append(Encode(result.ScenarioName)).Append("</h1>\n");
        AppendRunSettings(html, result);
        // The decision first, then the figures, then the detail a reader looks up: a long looking glass or a large
        // mesh's link table must not push the comparison off the first screen.
        if (result.Sweep.Count > 0)
        {
            AppendSweep(html, result);
        }
        else
        {
            AppendVerdict(html, result.Verdict);
            AppendCaveats(html, result.ComparisonCaveats);
            html.Append("<h2 id=\"comparison\">Comparison of options</h2>\n");
            html.Append("<p class=\"note\">").Append(Encode(IntervalNote(result.Options))).Append("</p>\n");
            AppendTable(html, "comparison", ComparisonRow.Headings, ComparisonRow.For(result).Select(row => row.Cells), numericFrom: 2);
            AppendHeadroom(html, result);
        }
        AppendFigures(html, "topology", "Topology", plots.Where(plot => plot.IsDiagram).ToList());
        AppendFigures(html, "figures", "Figures", plots.Where(plot => !plot.IsDiagram).ToList());
        if (result.Sweep.Count > 0)
        {
            html.Append("<h2 id=\"points\">Each point in detail</h2>\n");
            foreach (var point in result.Sweep)
            {
                html.Append("<details class=\"point\">\n<summary>").Append(Encode($"{point.Parameter} = {ComparisonRow.SweptValue(point)}")).Append("</summary>\n");
                foreach (var option in point.Options)
                {
                    AppendOption(html, option, lookingGlassFiles);
                }
                html.Append("</details>\n");
            }
        }
        else
        {
            foreach (var option in result.Options)
            {
                AppendOption(html, option, lookingGlassFiles);
            }
        }
        AppendFileList(html, result, plots);
        html.Append("<h2 id=\"scenario\">Scenario file</h2>\n<details>\n<summary>scenario.yaml as run</summary>\n<pre class=\"scenario\">")
            .Append(Encode(result.ScenarioText)).Append("</pre>\n</details>\n");
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void AppendFigures(StringBuilder html, string id, string heading, List<RenderedPlot> figures)
    {
        if (figures.Count == 0)
        {
            return;
        }
        html.Append("<h2 id=\"").Append(id).Append("\">").Append(Encode(heading)).Append("</h2>\n");
        foreach (var plot in figures)
        {
            html.Append("<figure>\n<img alt=\"").Append(Encode(plot.Title)).Append("\" src=\"data:image/png;base64,")
                .Append(Convert.ToBase64String(plot.Png)).Append("\">\n<figcaption>").Append(Encode(plot.Caption)).Append("</figcaption>\n</figure>\n");
        }
    }

    private static string IntervalNote(IEnumerable<OptionResult> options)
    {
        var estimate = options.SelectMany(option => option.Flows).Select(flow => flow.LatencyP99Ms).FirstOrDefault();
        if (estimate is { IsModel: true })
        {
            return "Values are the flow-level model's, one deterministic evaluation: no confidence interval is given (docs/validation.md gives the model's error against packet level).";
        }
        if (estimate is null || !double.IsFinite(estimate.HalfWidth))
        {
            return "Values are from a single replication, so no confidence interval is given.";
        }
        string level = (estimate.Level * 100).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
        return $"Mean ± half-width of the {level}% confidence interval across {estimate.Replications} replications (Student t).";
    }

    /// <summary>Relative links to the data files beside the page, for readers who want the raw numbers or scalable figures.</summary>
    private static void AppendFileList(StringBuilder html, ScenarioResult result, IReadOnlyList<RenderedPlot> plots)
    {
        html.Append("<h2 id=\"files\">Data files</h2>\n<ul class=\"files\">\n");
        var tables = new List<string> { "summary.csv", "summary.json", "links.csv", "timeseries.csv", "cost.csv", "headroom.csv", "latency_cdf.csv" };
        if (result.Verdict is not null)
        {
            tables.Insert(0, "verdict.json");
        }
        if (result.Sweep.Count > 0)
        {
            tables.Add("sweep.csv");
        }
        tables.Add("scenario.yaml");
        tables.AddRange(LargeLookingGlass.Files(result).Values);
        foreach (string file in tables)
        {
            html.Append("<li><a href=\"").Append(Encode(file)).Append("\">").Append(Encode(file)).Append("</a></li>\n");
        }
        foreach (var plot in plots)
        {
            string svg = $"plots/{plot.FileStem}.svg";
            html.Append("<li><a href=\"").Append(Encode(svg)).Append("\">").Append(Encode(svg)).Append("</a>: ")
                .Append(Encode(plot.Title)).Append("</li>\n");
        }
        html.Append("</ul>\n");
    }

    /// <summary>Where each option runs out first, in one sentence each; the full table is in each option's section and headroom.csv.</summary>
    private static void AppendHeadroom(StringBuilder html, ScenarioResult result)
    {
        if (result.Options.All(option => option.Headroom.Count == 0))
        {
            return;
        }
        html.Append("<h2 id=\"headroom\">Headroom</h2>\n<ul class=\"headroom\">\n");
        foreach (var option in result.Options)
        {
            html.Append("<li>").Append(Encode(HeadroomText.Summary(option, result.UtilizationLimit, result.AnnualGrowth))).Append("</li>\n");
        }
        html.Append("</ul>\n");
    }

    /// <summary>The recommendation leads the page; the checks behind it are one click away.</summary>
    private static void AppendVerdict(StringBuilder html, Verdict? verdict)
    {
        html.Append("<h2 id=\"verdict\">Verdict</h2>\n");
        if (verdict is null)
        {
            html.Append("<p class=\"note\">").Append(Encode(VerdictText.NoRequirements)).Append("</p>\n");
            return;
        }
        html.Append("<p class=\"verdict ").Append(verdict.AnyOptionMeetsRequirements ? "met" : "unmet").Append("\">")
            .Append(Encode(verdict.Summary)).Append("</p>\n<ul class=\"verdict\">\n");
        foreach (var option in verdict.Options)
        {
            string outcome = option.Outcome.ToString().ToLowerInvariant();
            html.Append("<li><strong>").Append(Encode(option.Option)).Append("</strong> <span class=\"outcome ").Append(outcome).Append("\">")
                .Append(outcome).Append("</span>: ").Append(Encode(option.Explanation)).Append("</li>\n");
        }
        html.Append("</ul>\n<details>\n<summary>Every requirement checked</summary>\n");
        AppendTable(html, "checks", VerdictText.CheckHeadings, VerdictText.CheckRows(verdict), numericFrom: 3, numericUntil: 5);
        html.Append("</details>\n");
    }

    /// <summary>Beside the verdict, since a recommendation between unequal options may owe more to capacity than to design.</summary>
    private static void AppendCaveats(StringBuilder html, IReadOnlyList<string> caveats)
    {
        foreach (string caveat in caveats)
        {
            string sentence = caveat.Length == 0 ? caveat : char.ToUpperInvariant(caveat[0]) + caveat[1..];
            html.Append("<p class=\"note caveat\">").Append(Encode(sentence)).Append(".</p>\n");
        }
    }

    private static void AppendRunSettings(StringBuilder html, ScenarioResult result)
    {
        html.Append("<p class=\"settings\">")
            .Append("Seed ").Append(result.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Append(" · ").Append(result.Replications.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(" replication(s)")
            .Append(" · ").Append(DisplayNumber.Fixed(result.DurationSeconds, 1)).Append(" s simulated")
            .Append(" · ").Append(DisplayNumber.Fixed(result.WarmUpSeconds, 1)).Append(" s warm-up excluded")
            .Append("</p>\n<p class=\"settings\">").Append(Encode(FidelityText.Describe(result))).Append("</p>\n");
        foreach (string caveat in result.FidelityCaveats)
        {
            html.Append("<p class=\"settings\">Caveat: ").Append(Encode(caveat)).Append("</p>\n");
        }
    }

    private static void AppendOption(StringBuilder html, OptionResult option, IReadOnlyDictionary<OptionResult, string> lookingGlassFiles)
    {
        html.Append("<section class=\"option\">\n<h2>Option: ").Append(Encode(option.Name)).Append("</h2>\n");
        if (option.Description.Length > 0)
        {
            html.Append("<p>").Append(Encode(option.Description)).Append("</p>\n");
        }
        html.Append("<h3>Flows</h3>\n");
        AppendTable(html, "flows", FlowHeadings, option.Flows.Select(FlowCells), numericFrom: 3);
        if (option.Links.Count > 0)
        {
            html.Append("<h3>Links</h3>\n");
            if (Bottleneck.Of(option.Links) is { } bottleneck)
            {
                html.Append("<p class=\"bottleneck\">").Append(Encode(Bottleneck.Describe(bottleneck))).Append("</p>\n");
            }
            AppendTable(html, "links", LinkHeadings, option.Links.Select(LinkCells), numericFrom: 3);
        }
        if (option.Headroom.Count > 0)
        {
            html.Append("<h3>Headroom and right-sizing</h3>\n");
            AppendTable(html, "headroom", HeadroomText.Headings, option.Headroom.Select(HeadroomText.Cells), numericFrom: 2, numericUntil: 7);
        }
        html.Append("<h3>Monthly cost</h3>\n");
        var costRows = option.Cost.Select(CostCells)
            .Append(["Total", "", "", "", "", DisplayNumber.Usd(option.MonthlyCostUsd), ""]);
        AppendTable(html, "cost", CostHeadings, costRows, numericFrom: 2, numericUntil: CostHeadings.Length - 1);
        if (lookingGlassFiles.TryGetValue(option, out var lookingGlassFile))
        {
            AppendLargeLookingGlass(html, option.LookingGlass, lookingGlassFile);
        }
        else if (option.LookingGlass.Length > 0)
        {
            html.Append("<details class=\"looking-glass\">\n<summary>Looking glass: the routes each router learned</summary>\n<pre>")
                .Append(Encode(option.LookingGlass)).Append("</pre>\n</details>\n");
        }
        html.Append("</section>\n");
    }

    private static void AppendLargeLookingGlass(StringBuilder html, string lookingGlass, string file)
    {
        var (counts, sample) = LargeLookingGlass.Summarise(lookingGlass);
        html.Append("<details class=\"looking-glass\">\n<summary>Looking glass: routes per router; the full tables are in <a href=\"")
            .Append(Encode(file)).Append("\">").Append(Encode(file)).Append("</a></summary>\n");
        AppendTable(html, "looking-glass-counts", ["Router", "Routes"], counts.Select(c => new[] { c.Router, LargeLookingGlass.CountText(c.Routes) }), numericFrom: 1);
        html.Append("<p class=\"note\">A sample: the first ").Append(Math.Min(counts.Count, LargeLookingGlass.SampleRouters))
            .Append(" of ").Append(counts.Count).Append(" routers.</p>\n<pre>").Append(Encode(sample)).Append("</pre>\n</details>\n");
    }

    private static void AppendSweep(StringBuilder html, ScenarioResult result)
    {
        string parameter = result.Sweep[0].Parameter;
        html.Append("<h2 id=\"sweep\">Sweep of ").Append(Encode(parameter)).Append("</h2>\n");
        html.Append("<p class=\"note\">Each point is the scenario with ").Append(Encode(parameter))
            .Append(" set as shown; none of them is the scenario file as written. ")
            .Append(Encode(IntervalNote(result.Sweep.SelectMany(point => point.Options)))).Append("</p>\n");
        AppendTable(html, "comparison", [parameter, .. ComparisonRow.Headings],
            ComparisonRow.ForSweep(result).Select(r => (IReadOnlyList<string>)[r.Setting, .. r.Row.Cells]), numericFrom: 3);
    }

    private static readonly string[] FlowHeadings =
    [
        "Flow", "From", "To", "Class", "Sent (all replications)", "Received (all replications)", "Throughput (Mbit/s)", "Mean (ms)", "p50 (ms)", "p95 (ms)",
        "p99 (ms)", "Max (ms)", "Jitter (ms)", "Loss (%)", "Outage (s)", "Response p50 (ms)", "Response p95 (ms)", "Response p99 (ms)",
    ];

    private static IReadOnlyList<string> FlowCells(FlowSummary flow) =>
    [
        flow.Flow, flow.Source, flow.Destination, flow.TrafficClass,
        flow.PacketsSent.ToString(System.Globalization.CultureInfo.InvariantCulture),
        flow.PacketsReceived.ToString(System.Globalization.CultureInfo.InvariantCulture),
        DisplayNumber.WithInterval(flow.ThroughputBitsPerSecond, 1e-6, 2),
        DisplayNumber.WithInterval(flow.LatencyMeanMs, 1, 3),
        DisplayNumber.WithInterval(flow.LatencyP50Ms, 1, 3),
        DisplayNumber.WithInterval(flow.LatencyP95Ms, 1, 3),
        DisplayNumber.WithInterval(flow.LatencyP99Ms, 1, 3),
        DisplayNumber.WithInterval(flow.LatencyMaxMs, 1, 3),
        DisplayNumber.WithInterval(flow.JitterMs, 1, 3),
        DisplayNumber.WithInterval(flow.LossRatio, 100, 3),
        DisplayNumber.WithInterval(flow.OutageSeconds, 1, 2),
        ResponseCell(flow.ResponseTimeP50Ms),
        ResponseCell(flow.ResponseTimeP95Ms),
        ResponseCell(flow.ResponseTimeP99Ms),
    ];

    /// <summary>Only the answers of a request/response demand have a response time; other flows show a dash.</summary>
    private static string ResponseCell(Estimate? estimate) => estimate is null ? "–" : DisplayNumber.WithInterval(estimate, 1, 3);

    private static readonly string[] LinkHeadings =
    [
        "Link", "From", "To", "Capacity (Mbit/s)", "Utilization (%)", "Mean queue (packets)", "Drops (%)", "Forwarded (all replications)", "Dropped (all replications)",
    ];

    private static IReadOnlyList<string> LinkCells(LinkSummary link) =>
    [
        link.Link, link.From, link.To,
        DisplayNumber.Fixed(link.CapacityBitsPerSecond * 1e-6, 0),
        DisplayNumber.WithInterval(link.Utilization, 100, 2),
        DisplayNumber.WithInterval(link.MeanQueuePackets, 1, 2),
        DisplayNumber.WithInterval(link.DropRatio, 100, 3),
        link.PacketsForwarded.ToString(System.Globalization.CultureInfo.InvariantCulture),
        link.PacketsDropped.ToString(System.Globalization.CultureInfo.InvariantCulture),
    ];

    private static readonly string[] CostHeadings = ["Category", "Item", "Quantity", "Unit", "Unit price (USD)", "Monthly (USD)", "Source"];

    private static IReadOnlyList<string> CostCells(CostLine line) =>
    [
        line.Category, line.Item, DisplayNumber.Fixed(line.Quantity, 2), line.Unit,
        DisplayNumber.Usd(line.UnitPriceUsd), DisplayNumber.Usd(line.MonthlyUsd), line.Source,
    ];

    /// <param name="numericFrom">Index of the first column holding numbers, which are right-aligned.</param>
    /// <param name="numericUntil">Index of the first column after them that holds text again (a source citation, say).</param>
    private static void AppendTable(
        StringBuilder html, string cssClass, IReadOnlyList<string> headings, IEnumerable<IReadOnlyList<string>> rows, int numericFrom, int numericUntil = int.MaxValue)
    {
        // The wrapper scrolls sideways when a table is wider than the page, so no column is ever cut off.
        html.Append("<div class=\"table-wrap\">\n<table class=\"").Append(cssClass).Append("\">\n<thead><tr>");
        foreach (string heading in headings)
        {
            html.Append("<th>").Append(Encode(heading)).Append("</th>");
        }
        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in rows)
        {
            html.Append("<tr>");
            for (int column = 0; column < row.Count; column++)
            {
                html.Append(column >= numericFrom && column < numericUntil ? "<td class=\"num\">" : "<td>").Append(Encode(row[column])).Append("</td>");
            }
            html.Append("</tr>\n");
        }
        html.Append("</tbody>\n</table>\n</div>\n");
    }

    // Escapes only what HTML requires; other characters (±, ·, names in any script) stay readable UTF-8.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static string Encode(string text) => Encoder.Encode(text);
}
