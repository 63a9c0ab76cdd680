using System.Globalization;
using System.Net;
using System.Text;
using FabricSim.Reporting.Html;
using FabricSim.Reporting.Plots;
using FabricSim.Scenarios.Resilience;

namespace FabricSim.Reporting.Resilience;

/// <summary>The resilience study's index.html: per option, the failure table (worst first), each flow's availability against its bound, and the providers' SLAs.</summary>
internal static class ResilienceHtml
{
    public static string Build(ResilienceResult result, IReadOnlyList<RenderedPlot> plots)
    {
        var c = CultureInfo.InvariantCulture;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<title>FabricSim resilience: ").Append(Encode(result.ScenarioName)).Append("</title>\n")
            .Append("<style>\n").Append(HtmlStyle.Css).Append("</style>\n</head>\n<body>\n")
            .Append("<h1>Resilience of ").Append(Encode(result.ScenarioName)).Append("</h1>\n")
            .Append(c, $"<p class=\"note\">Failure sets up to order {result.Order}, from converged routing; outages from the BFD, BGP hold and DPD timers (the worst sets checked by packet runs when asked). resilience.csv and availability.csv hold every row.</p>\n");
        if (ResilienceText.AvailabilityVerdict(result) is { } verdict)
        {
            html.Append("<p><strong>").Append(Encode(verdict)).Append("</strong></p>\n");
        }
        foreach (var option in result.Options)
        {
            html.Append("<h2>").Append(Encode(option.Option)).Append("</h2>\n<table>\n<tr><th>failure set</th><th>why</th><th>flows lost</th><th>outage</th><th>shortfall</th></tr>\n");
            foreach (var set in WorstSets.Of(option))
            {
                html.Append("<tr><td>").Append(Encode(set.Name)).Append("</td><td>").Append(Encode(set.Reason)).Append("</td><td>")
                    .Append(set.FlowsLost.ToString(c)).Append("</td><td>").Append(Encode(ResilienceText.Outage(set))).Append("</td><td>")
                    .Append(Encode(ResilienceText.Mbps(set.ShortfallBitsPerSecond))).Append("</td></tr>\n");
            }
            html.Append("</table>\n");
            AppendPacketChecks(html, option);
            html.Append("<table>\n<tr><th>flow</th><th>availability</th><th>left out</th><th>downtime min/month</th><th>required</th><th>Monte-Carlo (95 % interval)</th></tr>\n");
            foreach (var flow in option.Availability)
            {
                html.Append("<tr><td>").Append(Encode(flow.Flow)).Append("</td><td>").Append(Encode(ResilienceText.Percent(flow.Availability)))
                    .Append("</td><td>").Append(flow.LeftOut.ToString("0.0e+0", c)).Append("</td><td>").Append(flow.DowntimeMinutesPerMonth.ToString("0.0", c))
                    .Append("</td><td>").Append(flow.Required is { } r ? Encode(ResilienceText.Percent(r) + (flow.MeetsRequirement == true ? " met" : " not met") + " on the lower end, " + ResilienceText.Percent(flow.Availability - flow.LeftOut)) : "")
                    .Append("</td><td>").Append(flow.MonteCarlo is { } sampled ? Encode(ResilienceText.Sampled(sampled)) : "")
                    .Append("</td></tr>\n");
            }
            html.Append("</table>\n<ul>\n");
            foreach (var sla in option.Slas)
            {
                string figure = sla.MonthlyUptimePercent is { } p ? p.ToString(c) + " %" : "no SLA";
                html.Append("<li>").Append(Encode($"{sla.Cloud} ({sla.Topology}): {figure}. Source: {sla.Citation}")).Append("</li>\n");
            }
            html.Append("</ul>\n");
        }
        foreach (var plot in plots)
        {
            html.Append("<figure><img src=\"plots/").Append(Encode(plot.FileStem)).Append(".png\" alt=\"").Append(Encode(plot.Title))
                .Append("\"><figcaption>").Append(Encode(plot.Caption)).Append("</figcaption></figure>\n");
        }
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>The worst sets run at packet level: each moving flow's outage as the timers predict it and as measured.</summary>
    private static void AppendPacketChecks(StringBuilder html, OptionResilience option)
    {
        if (option.PacketChecks.Count == 0)
        {
            return;
        }
        html.Append("<table>\n<tr><th>failure set (packet run)</th><th>flow</th><th>model outage</th><th>timers allow</th><th>measured</th><th></th></tr>\n");
        foreach (var check in option.PacketChecks)
        {
            html.Append("<tr><td>").Append(Encode(check.Set)).Append("</td><td>").Append(Encode(check.Flow)).Append("</td><td>")
                .Append(Encode(ResilienceText.Seconds(check.ModelSeconds))).Append("</td><td>")
                .Append(Encode($"{ResilienceText.Seconds(check.LowSeconds)} to {ResilienceText.Seconds(check.HighSeconds)}")).Append("</td><td>")
                .Append(Encode(ResilienceText.Measured(check))).Append("</td><td>").Append(Encode(ResilienceText.Verdict(check))).Append("</td></tr>\n");
        }
        html.Append("</table>\n");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
