using FabricSim.Engine.Time;
using FabricSim.Reporting.Resilience;
using FabricSim.Scenarios.Resilience;

namespace FabricSim.Reporting.Tests.Resilience;

/// <summary>The resilience study's files, tables and console view from a hand-made result (no study run).</summary>
public sealed class ResilienceReportTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "fabricsim-resilience-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static ResilienceResult Result()
    {
        FlowOutcome Flow(bool lost, string path, SimTime? outage) =>
            new("voice", !lost, lost, path, 1e6, lost ? 1e6 : 0, lost ? null : SimTime.Zero, outage);
        var intact = new[] { Flow(false, "v1", SimTime.Zero) };
        var sets = new[]
        {
            new FailureSetOutcome("v1", "single", ["v1"], 0.0005, [Flow(false, "v2", SimTime.FromMilliseconds(900))]),
            new FailureSetOutcome("p1 + p2", "same PoP SYD1", ["p1", "p2"], 2.5e-7, [Flow(true, "", null)]),
        };
        var option = new OptionResilience("dual", 6, intact, sets, [new FlowAvailability("voice", 2.5e-7, 1e-9, 0.9999)],
            [new ProviderSla("aws", "Direct Connect single resiliency", null, "source, read 2026-12-04")]) { MonthlyCostUsd = 1200 };
        return new ResilienceResult("two-ports", "name: two-ports\n", 1, [option]);
    }

    [Fact]
    public void Writes_the_tables_the_plots_and_an_index_that_shows_them()
    {
        string target = Path.Combine(root, "study");
        string index = ResilienceReport.Write(Result(), target);

        Assert.Equal(Path.Combine(target, "index.html"), index);
        Assert.Equal([".fabricsim-results", "availability.csv", "index.html", "resilience.csv", "runs.parquet", "scenario.yaml"],
            Directory.GetFiles(target).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(["availability_ladder.png", "availability_ladder.svg", "failures_dual.png", "failures_dual.svg"],
            Directory.GetFiles(Path.Combine(target, "plots")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        string[] rows = File.ReadAllLines(Path.Combine(target, "resilience.csv"));
        Assert.Equal("option,failure_set,reason,elements,probability,flow,reachable,lost,path,offered_bps,shortfall_bps,latency_change_ms,outage_s,"
            + "packet_outage_s,packet_window_low_s,packet_window_high_s,packet_agrees", rows[0]);
        Assert.Equal(4, rows.Length);
        string html = File.ReadAllText(index);
        Assert.Contains("plots/failures_dual.png", html, StringComparison.Ordinal);
        Assert.Contains("plots/availability_ladder.png", html, StringComparison.Ordinal);
        // Worst first: the pair that loses the flow comes before the VXC whose flow moves.
        Assert.True(html.IndexOf("p1 + p2", StringComparison.Ordinal) < html.IndexOf("<td>v1</td>", StringComparison.Ordinal));
    }

    [Fact]
    public void Packet_checks_and_Monte_Carlo_months_stand_beside_the_model_in_the_tables_the_index_and_the_console()
    {
        var plain = Result();
        var option = plain.Options[0] with
        {
            PacketChecks = [new PacketOutageCheck("v1", "voice", 0.9, 0.58, 0.93, 1.4)],
            Availability = [plain.Options[0].Availability[0] with { MonteCarlo = new SampledAvailability(0.9996, 0.9993, 0.9999, 1000, 120) }],
        };
        var result = plain with { Options = [option] };
        string target = Path.Combine(root, "checked");
        string index = ResilienceReport.Write(result, target);

        string[] rows = File.ReadAllLines(Path.Combine(target, "resilience.csv"));
        Assert.EndsWith(",0.9,1.4,0.58,0.93,False", rows[2], StringComparison.Ordinal);
        Assert.EndsWith(",,,,", rows[3], StringComparison.Ordinal);
        string[] availability = File.ReadAllLines(Path.Combine(target, "availability.csv"));
        Assert.EndsWith(",0.9996,0.9993,0.9999,1000,120", availability[1], StringComparison.Ordinal);
        string html = File.ReadAllText(index);
        Assert.Contains("<td>1.4 s</td><td>DISAGREES</td>", html, StringComparison.Ordinal);
        Assert.Contains("99.96 % [99.93 %, 99.99 %] over 1000 months, 120 with downtime", html, StringComparison.Ordinal);
        var text = new StringWriter();
        ResilienceText.Write(text, result);
        Assert.Contains("packet run of v1, voice: outage 1.4 s, timers 0.9 s (allow 0.58 s to 0.93 s): DISAGREES", text.ToString(), StringComparison.Ordinal);
        Assert.Contains("Monte-Carlo 99.96 % [99.93 %, 99.99 %]", text.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_console_lists_the_worst_set_first_and_says_a_lost_flow_waits_for_repair()
    {
        var text = new StringWriter();
        ResilienceText.Write(text, Result());

        string[] lines = text.ToString().Split('\n');
        Assert.StartsWith("  p1 + p2", lines[2], StringComparison.Ordinal);
        Assert.Contains("repair", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("  v1", lines[3], StringComparison.Ordinal);
        Assert.Contains("0.9 s", lines[3], StringComparison.Ordinal);
        Assert.Contains("requires 99.99 %: met", text.ToString(), StringComparison.Ordinal);
    }
}
