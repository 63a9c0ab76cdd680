namespace FabricSim.Scenarios.Tests.Fuzzing;

/// <summary>
/// The scenario loader never fails but by saying what is wrong: thousands of mutated bundled scenarios each load
/// (exit 0) or are refused with located errors (exit 2), within a time and memory bound. A longer run of 10^5
/// cases is in the benchmark project (loader-fuzz).
/// </summary>
public sealed class LoaderFuzzTests
{
    private const int Cases = 2000;

    [Fact]
    public void Mutated_bundled_scenarios_always_load_or_are_refused_with_located_errors()
    {
        var scenarios = RepositoryFiles.BundledScenarios.Select(path => (Path.GetFileNameWithoutExtension(path), File.ReadAllText(path))).ToList();

        // Generous bounds: the machine is shared; a hang or a blow-up is orders of magnitude beyond them.
        var outcome = LoaderFuzz.Run(scenarios, Cases, seed: 12, TimeSpan.FromSeconds(10), byteLimit: 1L << 30);

        Assert.True(outcome.Faults.Count == 0, string.Join(Environment.NewLine, outcome.Faults.Take(20)));
        Assert.Equal(Cases, outcome.Valid + outcome.Invalid);
        // A mutator that broke nothing, or everything, would test little: both outcomes must occur often.
        Assert.InRange(outcome.Invalid, Cases / 4, Cases - Cases / 50);
    }
}
