using System.Diagnostics;
using FabricSim.Scenarios.Tests;
using FabricSim.Scenarios.Tests.Fuzzing;

namespace FabricSim.Benchmarks;

/// <summary>
/// The long run of the scenario-loader fuzzer: 10^5 mutated bundled scenarios (10^4 with --quick), each of which
/// must load or be refused with located errors within 10 s and 1 GB. Prints the count, the outcomes and any fault.
/// </summary>
internal sealed class LoaderFuzzBenchmark : IBenchmark
{
    public string Name => "loader-fuzz";

    public void Run(BenchmarkReport report, bool quick)
    {
        int cases = Environment.GetEnvironmentVariable("FABRICSIM_FUZZ_CASES") is { } count ? int.Parse(count, System.Globalization.CultureInfo.InvariantCulture) : quick ? 10_000 : 100_000;
        report.Heading($"Scenario loader fuzzing ({cases:N0} mutated scenarios)");
        var scenarios = RepositoryFiles.BundledScenarios
            .Select(path => (Path.GetFileNameWithoutExtension(path), File.ReadAllText(path))).ToList();
        var clock = Stopwatch.StartNew();
        const int Chunk = 10_000;
        var total = LoaderFuzz.Outcome.None;
        for (int chunk = 0; total.Cases < cases; chunk++)
        {
            // Each chunk has its own seed, so a fault is replayed from its chunk's seed and case number alone.
            total = total.Plus(LoaderFuzz.Run(scenarios, Math.Min(Chunk, cases - total.Cases), seed: 2026 + chunk, TimeSpan.FromSeconds(10), byteLimit: 1L << 30));
            report.Note($"{total.Cases:N0} cases after {clock.Elapsed.TotalSeconds:0} s: {total.Valid:N0} valid, {total.Invalid:N0} refused, {total.Faults.Count} faults");
        }
        clock.Stop();
        report.Figure("loader_fuzz_cases", total.Cases, "cases", "mutated scenarios checked");
        report.Figure("loader_fuzz_valid", total.Valid, "cases", "loaded as valid (exit 0)");
        report.Figure("loader_fuzz_refused", total.Invalid, "cases", "refused with located errors (exit 2)");
        report.Figure("loader_fuzz_faults", total.Faults.Count, "cases", "faults (exit 1, crash, over time or memory)");
        report.Figure("loader_fuzz_slowest", total.Slowest.TotalMilliseconds, "ms", "slowest case");
        report.Figure("loader_fuzz_most_allocated", total.MostBytes / 1e6, "MB", "most memory allocated by one case");
        report.Figure("loader_fuzz_rate", total.Cases / clock.Elapsed.TotalSeconds, "cases/s", "cases per second");
        report.Note("slowest: " + total.SlowestCase);
        foreach (string fault in total.Faults.Take(20))
        {
            report.Note(fault);
        }
    }
}
