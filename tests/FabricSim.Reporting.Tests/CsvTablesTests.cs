using System.Text;
using FabricSim.Reporting.Csv;
using FabricSim.Scenarios.Results;

namespace FabricSim.Reporting.Tests;

public sealed class CsvTablesTests
{
    private static string[] Lines(Action<Stream, ScenarioResult> write, ScenarioResult result)
    {
        using var stream = new MemoryStream();
        write(stream, result);
        string text = Encoding.UTF8.GetString(stream.ToArray());
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
        return text.TrimEnd('\n').Split('\n');
    }

    [Fact]
    public void Summary_has_fixed_header_and_one_row_per_option_and_flow()
    {
        var lines = Lines(CsvTables.WriteSummary, SyntheticResults.Create());
        Assert.Equal(
            "option,flow,source,destination,traffic_class,packets_sent_all_replications,packets_received_all_replications,replications,confidence_level," +
            "throughput_bps_mean,throughput_bps_ci_low,throughput_bps_ci_high," +
            "latency_mean_ms_mean,latency_mean_ms_ci_low,latency_mean_ms_ci_high," +
            "latency_p50_ms_mean,latency_p50_ms_ci_low,latency_p50_ms_ci_high," +
            "latency_p95_ms_mean,latency_p95_ms_ci_low,latency_p95_ms_ci_high," +
            "latency_p99_ms_mean,latency_p99_ms_ci_low,latency_p99_ms_ci_high," +
            "latency_max_ms_mean,latency_max_ms_ci_low,latency_max_ms_ci_high," +
            "jitter_ms_mean,jitter_ms_ci_low,jitter_ms_ci_high," +
            "loss_ratio_mean,loss_ratio_ci_low,loss_ratio_ci_high," +
            "outage_s_mean,outage_s_ci_low,outage_s_ci_high," +
            "transfer_completion_s_mean,transfer_completion_s_ci_low,transfer_completion_s_ci_high,status," +
            "response_time_p50_ms_mean,response_time_p50_ms_ci_low,response_time_p50_ms_ci_high," +
            "response_time_p95_ms_mean,response_time_p95_ms_ci_low,response_time_p95_ms_ci_high," +
            "response_time_p99_ms_mean,response_time_p99_ms_ci_low,response_time_p99_ms_ci_high,fidelity",
            lines[0]);
        Assert.Equal(5, lines.Length);
    }

    [Fact]
    public void Summary_values_are_invariant_round_trip_numbers_with_empty_fields_for_missing_intervals()
    {
        var fields = Lines(CsvTables.WriteSummary, SyntheticResults.Create())[1].Split(',');
        Assert.Equal(["sdci", "erp", "sydney", "aws-ap-southeast-2", "business", "100000", "99990", "5", "0.95"], fields[..9]);
        Assert.Equal(["250000000", "248500000", "251500000"], fields[9..12]);
        Assert.Equal(["12", "11.875", "12.125"], fields[21..24]);
        // A metric without a confidence interval keeps its mean and leaves the bounds empty, never "NaN".
        Assert.Equal(["0", "", ""], fields[33..36]);
    }

    [Fact]
    public void Cost_quotes_text_fields_that_need_it_and_keeps_numbers_exact()
    {
        var lines = Lines(CsvTables.WriteCost, SyntheticResults.Create());
        Assert.Equal("option,category,item,quantity,unit,unit_price_usd,monthly_usd,source,basis,demand,direction", lines[0]);
        Assert.Equal("sdci,ports,10G port Sydney,1,port-month,1250,1250,https://www.megaport.com/pricing/,,,", lines[1]);
        Assert.Equal("sdci,data transfer,AWS DX egress,1000,GB,0.02,20,AWS price list,offered demand: 2.2Mbps x 730 h,erp,aws-ap-southeast-2>sydney", lines[3]);
        Assert.Equal(7, lines.Length);
    }

    [Fact]
    public void Links_timeseries_cdf_and_sweep_have_their_headers_and_rows()
    {
        var result = SyntheticResults.Create();
        var links = Lines(CsvTables.WriteLinks, result);
        Assert.Equal("option,link,from,to,capacity_bps,utilization_mean,utilization_ci_low,utilization_ci_high," +
            "mean_queue_packets_mean,mean_queue_packets_ci_low,mean_queue_packets_ci_high," +
            "drop_ratio_mean,drop_ratio_ci_low,drop_ratio_ci_high,replications,packets_forwarded_all_replications,packets_dropped_all_replications," +
            "kind,offered_bps_mean,carried_bps_mean,drops_queue_all_replications,drops_policer_all_replications,drops_failure_all_replications", links[0]);
        Assert.Equal("sdci,syd-port,sydney,pop-syd,10000000000,0.42,0.41,0.43,1.5,1.3,1.7,0,0,0,5,1000000,0,link,,,0,0,0", links[1]);

        var series = Lines(CsvTables.WriteTimeSeries, result);
        Assert.Equal("option,series,metric,time_s,value", series[0]);
        Assert.Equal("sdci,erp,throughput_bps,0,200000000", series[1]);
        Assert.Equal(1 + 2 * 30, series.Length);

        var cdf = Lines(CsvTables.WriteLatencyCdf, result);
        Assert.Equal("option,flow,latency_ms,cumulative_probability", cdf[0]);
        Assert.Equal("sdci,erp,6,0.5", cdf[2]);
        Assert.Equal(1 + 2 * 2 * 5, cdf.Length);

        Assert.Single(Lines(CsvTables.WriteSweep, result));
    }

    [Fact]
    public void A_sweep_writes_every_point_with_the_swept_value_as_a_column_and_the_cost_of_each_option_there()
    {
        var result = SyntheticResults.CreateSweep();

        var sweep = Lines(CsvTables.WriteSweep, result);
        Assert.Equal("parameter,value,setting,option,flow,throughput_bps_mean,throughput_bps_ci_low,throughput_bps_ci_high," +
            "latency_p99_ms_mean,latency_p99_ms_ci_low,latency_p99_ms_ci_high,loss_ratio_mean,loss_ratio_ci_low,loss_ratio_ci_high," +
            "option_monthly_cost_usd", sweep[0]);
        Assert.Equal("demand fraction,0.5,250Mbps,sdci,erp,250000000,248500000,251500000,17,16.875,17.125,0.0005,0.00045,0.00055,1870", sweep[1]);
        Assert.EndsWith(",620", sweep[^1], StringComparison.Ordinal);
        Assert.Equal(1 + 3 * 2 * 2, sweep.Length);

        var summary = Lines(CsvTables.WriteSummary, result);
        Assert.StartsWith("sweep_parameter,sweep_value,sweep_setting,option,flow,source,", summary[0], StringComparison.Ordinal);
        Assert.StartsWith("demand fraction,0.95,475Mbps,ipsec-vpn,backup,", summary[^1], StringComparison.Ordinal);
        Assert.Equal(1 + 3 * 2 * 2, summary.Length);

        var cost = Lines(CsvTables.WriteCost, result);
        Assert.Equal("sweep_parameter,sweep_value,sweep_setting,option,category,item,quantity,unit,unit_price_usd,monthly_usd,source,basis,demand,direction", cost[0]);
        Assert.Equal("demand fraction,0.8,400Mbps,sdci,ports,10G port Sydney,1,port-month,1250,1250,https://www.megaport.com/pricing/,,,", cost[7]);
        Assert.Equal(1 + 3 * 2 * 3, cost.Length);

        var links = Lines(CsvTables.WriteLinks, result);
        Assert.StartsWith("sweep_parameter,sweep_value,sweep_setting,option,link,", links[0], StringComparison.Ordinal);
        Assert.Equal(1 + 3 * 2, links.Length);
        Assert.All(new[] { summary, cost, links, Lines(CsvTables.WriteTimeSeries, result), Lines(CsvTables.WriteLatencyCdf, result) }.SelectMany(t => t.Skip(1)),
            row => Assert.StartsWith("demand fraction,", row, StringComparison.Ordinal));
    }

    [Fact]
    public void Text_with_separators_quotes_or_line_breaks_is_quoted_per_rfc_4180()
    {
        var result = SyntheticResults.Create();
        var option = result.Options[0] with
        {
            Cost = [new("sdci", "ports", "Port \"A\", Sydney", 1, "port-month", 10, 10, "line one\nline two")],
        };
        var lines = Lines(CsvTables.WriteCost, result with { Options = [option] });
        Assert.Equal("sdci,ports,\"Port \"\"A\"\", Sydney\",1,port-month,10,10,\"line one", lines[1]);
        Assert.Equal("line two\",,,", lines[2]);
    }

    [Fact]
    public void Empty_table_still_has_its_header()
    {
        var lines = Lines(CsvTables.WriteSweep, SyntheticResults.Create(withSweep: false));
        Assert.Single(lines);
        Assert.StartsWith("parameter,value,setting,option,flow,", lines[0], StringComparison.Ordinal);
    }
}
