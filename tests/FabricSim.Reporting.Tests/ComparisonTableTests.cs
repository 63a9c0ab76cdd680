using FabricSim.Reporting.Tables;

namespace FabricSim.Reporting.Tests;

public sealed class ComparisonTableTests
{
    private static string Render(bool plain)
    {
        using var writer = new StringWriter();
        ComparisonTable.Write(writer, SyntheticResults.Create(), plain, width: 200);
        return writer.ToString();
    }

    [Fact]
    public void Plain_table_lists_every_option_and_flow_with_key_metrics_and_cost()
    {
        string table = Render(plain: true);
        Assert.DoesNotContain("\u001b", table, StringComparison.Ordinal);
        foreach (string heading in ComparisonRow.Headings)
        {
            Assert.Contains(heading, table, StringComparison.Ordinal);
        }
        var sdciErp = table.Split('\n').Single(line => line.Contains("sdci", StringComparison.Ordinal) && line.Contains("erp", StringComparison.Ordinal));
        Assert.Contains("6.000 ± 0.040", sdciErp, StringComparison.Ordinal);
        Assert.Contains("12.000 ± 0.125", sdciErp, StringComparison.Ordinal);
        Assert.Contains("0.010 ± 0.001", sdciErp, StringComparison.Ordinal);
        Assert.Contains("250.00 ± 1.50", sdciErp, StringComparison.Ordinal);
        Assert.Contains("1,870.00", sdciErp, StringComparison.Ordinal);
        var vpnErp = table.Split('\n').Single(line => line.Contains("ipsec-vpn", StringComparison.Ordinal) && line.Contains("erp", StringComparison.Ordinal));
        Assert.Contains("28.000 ± 0.125", vpnErp, StringComparison.Ordinal);
        Assert.Contains("620.00", vpnErp, StringComparison.Ordinal);
        Assert.Contains("two-sites: 5 replication(s), seed 42", table, StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_follow_the_order_of_options_and_flows_and_cost_appears_once_per_option()
    {
        var rows = ComparisonRow.For(SyntheticResults.Create());
        Assert.Equal(["sdci/erp", "sdci/backup", "ipsec-vpn/erp", "ipsec-vpn/backup"], rows.Select(row => $"{row.Option}/{row.Flow}"));
        Assert.Equal(["1,870.00", "", "620.00", ""], rows.Select(row => row.MonthlyCostUsd));
        Assert.Equal("0.00", rows[0].OutageSeconds);
    }
}
