using System.Text.Json;
using FabricSim.Reporting.Json;

namespace FabricSim.Reporting.Tests;

public sealed class SummaryJsonTests
{
    private static JsonDocument Parse()
    {
        using var stream = new MemoryStream();
        SummaryJson.Write(stream, SyntheticResults.Create());
        return JsonDocument.Parse(stream.ToArray());
    }

    [Fact]
    public void Has_scenario_settings_options_flows_cost_and_sweep()
    {
        using var json = Parse();
        var root = json.RootElement;
        Assert.Equal("two-sites", root.GetProperty("scenario").GetString());
        Assert.Equal(42UL, root.GetProperty("seed").GetUInt64());
        Assert.Equal(5, root.GetProperty("replications").GetInt32());
        var options = root.GetProperty("options");
        Assert.Equal(2, options.GetArrayLength());
        var sdci = options[0];
        Assert.Equal("sdci", sdci.GetProperty("name").GetString());
        Assert.Equal(1250 + 600 + 20, sdci.GetProperty("monthly_cost_usd").GetDouble());
        var erp = sdci.GetProperty("flows")[0];
        Assert.Equal("erp", erp.GetProperty("flow").GetString());
        var p99 = erp.GetProperty("latency_p99_ms");
        Assert.Equal(12.0, p99.GetProperty("mean").GetDouble());
        Assert.Equal(11.875, p99.GetProperty("ci_low").GetDouble());
        Assert.Equal(12.125, p99.GetProperty("ci_high").GetDouble());
        Assert.Equal(0.95, p99.GetProperty("level").GetDouble());
        Assert.Equal(3, sdci.GetProperty("cost").GetArrayLength());
        Assert.Equal(0, root.GetProperty("sweep").GetArrayLength());
    }

    [Fact]
    public void A_sweep_holds_every_point_with_its_options_and_no_top_level_option()
    {
        using var stream = new MemoryStream();
        SummaryJson.Write(stream, SyntheticResults.CreateSweep());
        using var json = JsonDocument.Parse(stream.ToArray());
        var root = json.RootElement;
        Assert.Equal(0, root.GetProperty("options").GetArrayLength());
        var points = root.GetProperty("sweep");
        Assert.Equal(3, points.GetArrayLength());
        var last = points[2];
        Assert.Equal("demand fraction", last.GetProperty("parameter").GetString());
        Assert.Equal(0.95, last.GetProperty("value").GetDouble());
        Assert.Equal("475Mbps", last.GetProperty("setting").GetString());
        Assert.Equal("factor", last.GetProperty("value_kind").GetString());
        Assert.Equal(2, last.GetProperty("options").GetArrayLength());
        Assert.Equal(1870, last.GetProperty("options")[0].GetProperty("monthly_cost_usd").GetDouble());
    }

    [Fact]
    public void Writes_null_where_a_value_is_not_a_number()
    {
        using var json = Parse();
        var outage = json.RootElement.GetProperty("options")[0].GetProperty("flows")[0].GetProperty("outage_s");
        Assert.Equal(0.0, outage.GetProperty("mean").GetDouble());
        Assert.Equal(JsonValueKind.Null, outage.GetProperty("ci_low").ValueKind);
        Assert.Equal(JsonValueKind.Null, outage.GetProperty("ci_high").ValueKind);
    }
}
