using FabricSim.Cli.Commands;
using FabricSim.Cli.Tests.EndToEnd;

namespace FabricSim.Cli.Tests;

/// <summary>End-to-end tests of 'fabricsim resilience': the report it writes, its determinism, and bad input.</summary>
public sealed class ResilienceCommandTests : IDisposable
{
    private readonly CliHarness cli = new("resilience");

    public void Dispose() => cli.Dispose();

    [Fact]
    public void The_study_writes_its_tables_and_report_and_prints_the_worst_sets_and_the_same_bytes_twice()
    {
        string scenario = RepositoryFiles.Scenario("one-vs-two-mcr");

        Assert.Equal(ExitCodes.Ok, cli.Run("resilience", scenario, "--out", "first"));
        Assert.Equal(ExitCodes.Ok, cli.Run("resilience", scenario, "--out", "second", "--order", "2"));
        Assert.Equal(ExitCodes.Ok, cli.Run("resilience", scenario, "--out", "third"));

        string first = Path.Combine(cli.WorkFolder, "first");
        Assert.True(File.Exists(Path.Combine(first, "index.html")));
        Assert.True(File.Exists(Path.Combine(first, "availability.csv")));
        Assert.Equal(File.ReadAllBytes(Path.Combine(first, "resilience.csv")), File.ReadAllBytes(Path.Combine(cli.WorkFolder, "third", "resilience.csv")));
        Assert.True(File.ReadAllLines(Path.Combine(cli.WorkFolder, "second", "resilience.csv")).Length > File.ReadAllLines(Path.Combine(first, "resilience.csv")).Length);
        Assert.Contains("Option two-mcr", cli.Output.ToString(), StringComparison.Ordinal);
    }

    /// <summary>
    /// The Direct Connect scenario's study ranks its designs by availability as the providers' SLAs imply (maximum
    /// resiliency first, one location last) and names the cheapest that meets the 99.99 % requirement.
    /// </summary>
    [Fact]
    public void The_Direct_Connect_study_ranks_the_resiliency_models_and_names_the_cheapest_that_meets_four_nines()
    {
        Assert.Equal(ExitCodes.Ok, cli.Run("resilience", RepositoryFiles.Scenario("dx-resiliency"), "--out", "dx"));

        var rows = File.ReadAllLines(Path.Combine(cli.WorkFolder, "dx", "availability.csv")).Skip(1).Select(l => l.Split(','))
            .Where(f => f[1] == "orders").ToDictionary(f => f[0], f => double.Parse(f[2], System.Globalization.CultureInfo.InvariantCulture) - double.Parse(f[3], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(["maximum", "high", "single"], rows.Where(r => r.Key != "single-vpn").OrderByDescending(r => r.Value).Select(r => r.Key));
        Assert.True(rows["single-vpn"] > rows["single"]);
        string output = cli.Output.ToString();
        Assert.Contains("Cheapest option that meets the availability requirements: single-vpn", output, StringComparison.Ordinal);
        Assert.Contains("SLA aws-use1 (Direct Connect maximum resiliency: 4 connection(s) in 2 location(s)): 99.99 %", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Monte_Carlo_months_and_packet_checks_add_their_columns_beside_the_model_and_repeat_byte_for_byte()
    {
        string scenario = RepositoryFiles.Scenario("one-vs-two-mcr");
        string[] arguments = ["resilience", scenario, "--monte-carlo", "200", "--packet-check", "1", "--out"];
        Assert.Equal(ExitCodes.Ok, cli.Run([.. arguments, "first"]));
        Assert.Equal(ExitCodes.Ok, cli.Run([.. arguments, "second"]));

        string first = Path.Combine(cli.WorkFolder, "first");
        var availability = File.ReadAllLines(Path.Combine(first, "availability.csv"));
        Assert.EndsWith(",mc_availability,mc_low,mc_high,mc_months,mc_months_with_downtime", availability[0], StringComparison.Ordinal);
        Assert.All(availability.Skip(1), row => Assert.Contains(",200,", row, StringComparison.Ordinal));
        var resilience = File.ReadAllLines(Path.Combine(first, "resilience.csv"));
        Assert.EndsWith(",packet_outage_s,packet_window_low_s,packet_window_high_s,packet_agrees", resilience[0], StringComparison.Ordinal);
        // One set per option is run; one-mcr survives no failure with an outage, two-mcr's three flows move together.
        Assert.Equal(3, resilience.Count(row => row.EndsWith(",True", StringComparison.Ordinal)));
        foreach (string file in new[] { "availability.csv", "resilience.csv", "index.html" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(first, file)), File.ReadAllBytes(Path.Combine(cli.WorkFolder, "second", file)));
        }
        string output = cli.Output.ToString();
        Assert.Contains("Monte-Carlo", output, StringComparison.Ordinal);
        Assert.Contains("packet run of", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--monte-carlo", "-1")]
    [InlineData("--monte-carlo", "many")]
    [InlineData("--packet-check", "101")]
    public void A_negative_or_unreadable_count_is_bad_input_and_writes_nothing(string option, string value)
    {
        Assert.Equal(ExitCodes.BadInput, cli.Run("resilience", RepositoryFiles.Scenario("one-vs-two-mcr"), "--out", "x", option, value));
        Assert.False(Directory.Exists(Path.Combine(cli.WorkFolder, "x")));
        Assert.Contains(option, cli.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_order_other_than_one_or_two_is_bad_input_and_writes_nothing()
    {
        Assert.Equal(ExitCodes.BadInput, cli.Run("resilience", RepositoryFiles.Scenario("one-vs-two-mcr"), "--out", "x", "--order", "3"));
        Assert.False(Directory.Exists(Path.Combine(cli.WorkFolder, "x")));
    }
}
