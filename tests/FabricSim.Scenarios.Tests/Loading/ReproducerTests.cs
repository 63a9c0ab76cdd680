using FabricSim.Scenarios.Yaml;
using System.Text;
using FabricSim.Engine.Time;
using FabricSim.Scenarios.Catalogs;
using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Running;
using FabricSim.Scenarios.Sweeps;

namespace FabricSim.Scenarios.Tests.Loading;

/// <summary>
/// Inputs that once crashed the loader, hung a run, slipped past validation or gave nonsense, each kept as its
/// reproducer (a bundled scenario with one change): every one is now an error at its file:line:column with a fix.
/// </summary>
public sealed class ReproducerTests
{
    private static string Bundled(string name) => File.ReadAllText(Path.Combine(RepositoryFiles.ScenariosFolder, name + ".yaml"));

    private static string Edit(string text, string find, string replace)
    {
        Assert.Contains(find, text, StringComparison.Ordinal);
        return text.Replace(find, replace, StringComparison.Ordinal);
    }

    private static IReadOnlyList<ScenarioError> Errors(string text, params RunOverride[] overrides)
    {
        var invalid = Assert.Throws<ScenarioValidationException>(() => ScenarioLoader.LoadText(text, "bad.yaml", Catalog.Default, overrides));
        Assert.All(invalid.Errors, e => Assert.True(e.Line > 0 && e.Column > 0, $"unlocated: {e}"));
        Assert.All(invalid.Errors, e => Assert.NotEqual("", e.Fix));
        return invalid.Errors;
    }

    /// <summary>A design only packet level can run (it has VPNs), above run.max_packets: refused before it runs, as validate says.</summary>
    private static IReadOnlyList<ScenarioError> BudgetErrors(string text, params RunOverride[] overrides)
    {
        var scenario = ScenarioLoader.LoadText(text, "bad.yaml", Catalog.Default, overrides);
        var invalid = Assert.Throws<ScenarioValidationException>(() => Simulation.FidelityNote(scenario));
        Assert.All(invalid.Errors, e => Assert.True(e.Line > 0 && e.Column > 0, $"unlocated: {e}"));
        return invalid.Errors;
    }

    private static ScenarioError Single(IReadOnlyList<ScenarioError> errors, string containing) =>
        Assert.Single(errors, e => e.Message.Contains(containing, StringComparison.Ordinal));

    [Fact]
    public void Nesting_twenty_thousand_deep_is_an_error_not_a_stack_overflow()
    {
        var text = new StringBuilder("name: ");
        text.Append(string.Concat(Enumerable.Repeat("{a: ", 20_000))).Append('1').Append('}', 20_000).Append('\n');

        var error = Single(Errors(text.ToString()), $"more than {InputLimits.MaxDepth} deep");

        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void Aliases_of_aliases_are_an_error_not_an_exponential_walk()
    {
        var text = new StringBuilder("name: x\nl0: &l0 [a, a, a, a, a, a, a, a, a, a]\n");
        for (int level = 1; level <= 120; level++)
        {
            text.Append($"l{level}: &l{level} [*l{level - 1}, *l{level - 1}]\n");
        }

        Single(Errors(text.ToString()), "aliases");
    }

    [Fact]
    public void A_one_nanosecond_probe_interval_is_refused_by_validate()
    {
        var error = Single(Errors(Edit(Bundled("sdci-vs-ipsec"), "probe_interval: 100ms", "probe_interval: 1ns")), "probe_interval");

        Assert.Equal(11, error.Line);
        Assert.Contains("at least 1ms", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Periodic_sampling_counts_against_the_packet_budget()
    {
        string text = Edit(Bundled("sdci-vs-ipsec"), "probe_interval: 100ms", "probe_interval: 1ms\n  max_packets: 100000");
        int traffic = text.IndexOf("traffic:", StringComparison.Ordinal);
        text = text[..traffic] + "traffic:\n  - {name: voice, from: syd-dc, to: aws-syd, type: cbr, rate: 80kbps, packet_size: 200B, class: voice}\n";

        var scenario = ScenarioLoader.LoadText(text, "bad.yaml", Catalog.Default);
        var invalid = Assert.Throws<ScenarioValidationException>(() => Simulation.FidelityNote(scenario, Fidelity.Packet));
        var error = Single(invalid.Errors, "periodic events");

        Assert.Contains("time-series sampling every 1ms", error.Message, StringComparison.Ordinal);
        Assert.Contains("max_packets", error.Fix, StringComparison.Ordinal);
        // The VPN design is within the flow model, which simulates no packets: auto answers there instead.
        Assert.Equal(Fidelity.Flow, FidelityChoice.Decide(scenario, scenario.Run, Fidelity.Auto).Used);
    }

    [Fact]
    public void A_subsecond_bgp_keepalive_and_a_one_nanosecond_bfd_are_refused()
    {
        string text = Edit(Bundled("sdci-vs-ipsec"), "keepalive: 30s, hold: 90s", "keepalive: 1ms, hold: 90s");
        text = Edit(text, "bfd: {interval: 300ms", "bfd: {interval: 1ns");

        var errors = Errors(text);

        Assert.Contains("at least 1s", Single(errors, "keepalive").Message, StringComparison.Ordinal);
        Assert.Contains("at least 10ms", Single(errors, "interval in bfd").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Replications_from_the_command_line_meet_the_files_range()
    {
        var error = Single(Errors(Bundled("sdci-vs-ipsec"), new RunOverride("replications", "100000")), "replications");

        Assert.StartsWith("--replications 100000 (command line): ", error.Message, StringComparison.Ordinal);
        Assert.Contains("between 1 and 1000", error.Message, StringComparison.Ordinal);
        Assert.Equal(6, error.Line);
    }

    [Fact]
    public void A_duration_from_the_command_line_meets_the_packet_budget()
    {
        var error = Single(BudgetErrors(Bundled("sdci-vs-ipsec"), new RunOverride("duration", "100000s")), "max_packets");

        Assert.Contains("shorten run.duration", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_seed_is_an_error_in_the_users_words()
    {
        var error = Single(Errors(Bundled("sdci-vs-ipsec"), new RunOverride("seed", "-1")), "seed");

        Assert.DoesNotContain("System.", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("--seed -1 (command line): ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Valid_overrides_apply_and_scale_the_files_warm_up()
    {
        var scenario = ScenarioLoader.LoadText(Bundled("sdci-vs-ipsec"), "ok.yaml", Catalog.Default,
            [new RunOverride("duration", "4s"), new RunOverride("replications", "7"), new RunOverride("seed", "9")]);

        Assert.Equal(SimTime.FromSeconds(4), scenario.Run.Duration);
        Assert.Equal(SimTime.FromMilliseconds(400), scenario.Run.WarmUp);
        Assert.Equal(7, scenario.Run.Replications);
        Assert.Equal(9UL, scenario.Run.Seed);
    }

    [Fact]
    public void A_huge_number_is_called_too_large_not_not_a_number()
    {
        var error = Single(Errors(Edit(Bundled("sdci-vs-ipsec"), "duration: 20s", "duration: 1e30s")), "duration");

        Assert.Contains("far too large", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("not a number", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("vxc to itself", "        a: mcr-syd\n        b: aws-syd", "        a: mcr-syd\n        b: mcr-syd", "to itself")]
    [InlineData("host bits", "prefixes: [192.168.0.0/16]", "prefixes: [192.168.1.0/16]", "192.168.1.0/16")]
    [InlineData("one nanosecond run", "duration: 20s", "duration: 1ns", "at least 100ms")]
    [InlineData("one byte packets", "packet_size: 200B", "packet_size: 1B", "smaller than any real packet")]
    [InlineData("one byte mss", "mss: 1360B", "mss: 1B", "smaller than any real packet")]
    [InlineData("peak after the day", "peak_at: 20h", "peak_at: 99h", "not within the period")]
    [InlineData("jitter longer than the run", "jitter: 2ms, loss_rate", "jitter: 30s, loss_rate", "as long as the whole run")]
    [InlineData("failure after the end", "traffic:\n", "failures:\n  - {element: mcr-syd, at: 30s, for: 5s}\n\ntraffic:\n", "never happens")]
    public void Input_that_would_simulate_nonsense_is_an_error(string what, string find, string replace, string expected)
    {
        var errors = Errors(Edit(Bundled("sdci-vs-ipsec"), find, replace));

        Assert.True(errors.Any(e => e.Message.Contains(expected, StringComparison.Ordinal) || e.Fix.Contains(expected, StringComparison.Ordinal)),
            $"{what}: no error mentions '{expected}': {string.Join(" | ", errors)}");
    }

    [Theory]
    [InlineData("range: {from: 0.2, to: 1.2, step: 0.000000002}", "points, more than the 1000")]
    [InlineData("range: {from: 0.2, to: 1e300, step: 0.2}", "points, more than the 1000")]
    public void A_sweep_range_of_billions_of_points_is_an_error_not_an_out_of_memory(string range, string expected)
    {
        // Found by the loader fuzzer: the first allocated 17 GB over five minutes, the second overflowed a count.
        var errors = Errors(Edit(Bundled("growth-what-if"), "range: {from: 0.2, to: 1.2, step: 0.2}", range));

        Single(errors, expected);
    }

    [Fact]
    public void A_sweep_value_the_validator_rejects_names_the_point()
    {
        string text = Edit(Bundled("growth-what-if"), "path: traffic[app].rate\n  relative_to: options[sdci].vxcs[mel-aws].rate\n  range: {from: 0.2, to: 1.2, step: 0.2}",
            "path: options[sdci].vxcs[mel-aws].rate\n  values: [500Mbps, 5Gbps]");
        var scenario = ScenarioLoader.LoadText(text, "sweep.yaml");

        var invalid = Assert.Throws<ScenarioValidationException>(() => SweepExpansion.Expand(scenario));

        Assert.Contains(invalid.Errors, e => e.Message.StartsWith("with options[sdci].vxcs[mel-aws].rate = 5Gbps: ", StringComparison.Ordinal));
    }
}
