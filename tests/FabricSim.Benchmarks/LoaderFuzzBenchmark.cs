using System.Diagnostics;
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
        string folder = FindScenarios();
        var scenarios = Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal)
            .Select(path => (Path.GetFileNameWithoutExtension(path), File.ReadAllText(path))).ToList();
        var clock = Stopwatch.StartNew();
        const int Chunk = 10_000;
        int done = 0;
        int valid = 0;
        int invalid = 0;
        var faults = new List<string>();
        var slowest = TimeSpan.Zero;
        string slowestCase = "";
        long mostBytes = 0;
        for (int chunk = 0; done < cases; chunk++)
        {
            // Each chunk has its own seed, so a fault is replayed from its chunk's seed and case number alone.
            var outcome = LoaderFuzz.Run(scenarios, Math.Min(Chunk, cases - done), seed: 2026 + chunk, TimeSpan.FromSeconds(10), byteLimit: 1L << 30);
            done += outcome.Cases;
            valid += outcome.Valid;
            invalid += outcome.Invalid;
            faults.AddRange(outcome.Faults);
            if (outcome.Slowest > slowest)
            {
                (slowest, slowestCase) = (outcome.Slowest, $"seed {2026 + chunk}, {outcome.SlowestCase}");
            }
            mostBytes = Math.Max(mostBytes, outcome.MostBytes);
            report.Note($"{done:N0} cases after {clock.Elapsed.TotalSeconds:0} s: {valid:N0} valid, {invalid:N0} refused, {faults.Count} faults");
        }
        clock.Stop();
        report.Figure("loader_fuzz_cases", done, "cases", "mutated scenarios checked");
        report.Figure("loader_fuzz_valid", valid, "cases", "loaded as valid (exit 0)");
        report.Figure("loader_fuzz_refused", invalid, "cases", "refused with located errors (exit 2)");
        report.Figure("loader_fuzz_faults", faults.Count, "cases", "faults (exit 1, crash, over time or memory)");
        report.Figure("loader_fuzz_slowest", slowest.TotalMilliseconds, "ms", "slowest case");
        report.Figure("loader_fuzz_most_allocated", mostBytes / 1e6, "MB", "most memory allocated by one case");
        report.Figure("loader_fuzz_rate", done / clock.Elapsed.TotalSeconds, "cases/s", "cases per second");
        report.Note("slowest: " + slowestCase);
        foreach (string fault in faults.Take(20))
        {
            report.Note(fault);
        }
    }

    private static string FindScenarios()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            string candidate = Path.Combine(folder.FullName, "scenarios");
            if (File.Exists(Path.Combine(candidate, "catalog", "pops.yaml")))
            {
                return candidate;
            }
        }
        throw new DirectoryNotFoundException("scenarios/ not found above " + AppContext.BaseDirectory);
    }
}
