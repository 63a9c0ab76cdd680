using FabricSim.Scenarios.Yaml;
using System.Diagnostics;
using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Sweeps;

namespace FabricSim.Scenarios.Tests.Fuzzing;

/// <summary>
/// Runs mutated scenarios through what <c>fabricsim validate</c> and <c>sweep</c> do before simulating, and
/// sorts each outcome: valid (exit 0), bad input (exit 2), or a fault (anything else: exit 1 or a crash).
/// </summary>
internal static class LoaderFuzz
{
    public sealed record Outcome(int Cases, int Valid, int Invalid, IReadOnlyList<string> Faults, TimeSpan Slowest, string SlowestCase, long MostBytes)
    {
        public static Outcome None { get; } = new(0, 0, 0, [], TimeSpan.Zero, "", 0);

        /// <summary>Two runs' outcomes as one, e.g. successive chunks of a long run.</summary>
        public Outcome Plus(Outcome other) => new(
            Cases + other.Cases, Valid + other.Valid, Invalid + other.Invalid, [.. Faults, .. other.Faults],
            other.Slowest > Slowest ? other.Slowest : Slowest, other.Slowest > Slowest ? other.SlowestCase : SlowestCase,
            Math.Max(MostBytes, other.MostBytes));
    }

    public static Outcome Run(IReadOnlyList<(string Name, string Text)> scenarios, int cases, int seed, TimeSpan timeLimit, long byteLimit)
    {
        var mutator = new ScenarioMutator(seed);
        int valid = 0;
        int invalid = 0;
        var faults = new List<string>();
        var slowest = TimeSpan.Zero;
        string slowestCase = "";
        long mostBytes = 0;
        for (int i = 0; i < cases; i++)
        {
            var (name, original) = scenarios[i % scenarios.Count];
            var (text, description) = mutator.Mutate(original);
            long before = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            try
            {
                var scenario = ScenarioLoader.LoadText(text, name + ".yaml");
                if (scenario.Sweep is not null)
                {
                    SweepExpansion.Expand(scenario);
                }
                valid++;
            }
            catch (ScenarioValidationException bad) when (bad.Errors.Count > 0 && bad.Errors.All(e => e.Line > 0 && e.Message.Length > 0))
            {
                invalid++;
            }
#pragma warning disable CA1031 // Every other exception is the finding this harness exists to report.
            catch (Exception fault)
#pragma warning restore CA1031
            {
                faults.Add($"case {i} (seed {seed}, {name}: {description}): {fault.GetType().Name}: {fault.Message}");
            }
            clock.Stop();
            long bytes = GC.GetAllocatedBytesForCurrentThread() - before;
            if (clock.Elapsed > slowest)
            {
                (slowest, slowestCase) = (clock.Elapsed, $"case {i} (seed {seed}, {name}: {description})");
            }
            mostBytes = Math.Max(mostBytes, bytes);
            if (clock.Elapsed > timeLimit)
            {
                faults.Add($"case {i} (seed {seed}, {name}: {description}): took {clock.Elapsed.TotalSeconds:0.00} s, over {timeLimit.TotalSeconds} s");
            }
            if (bytes > byteLimit)
            {
                faults.Add($"case {i} (seed {seed}, {name}: {description}): allocated {bytes / 1e6:0} MB, over {byteLimit / 1e6:0} MB");
            }
        }
        return new Outcome(cases, valid, invalid, faults, slowest, slowestCase, mostBytes);
    }
}
