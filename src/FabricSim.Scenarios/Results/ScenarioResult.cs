namespace FabricSim.Scenarios.Results;

/// <summary>
/// The outcome of running a scenario: plain immutable data. CSV, JSON, plots, HTML and console tables are views
/// of this record and never reach into live simulation objects. Holds no wall-clock time, so outputs are
/// byte-identical for the same scenario and seed.
/// </summary>
public sealed record ScenarioResult(
    string ScenarioName,
    string ScenarioText,
    ulong Seed,
    int Replications,
    double DurationSeconds,
    double WarmUpSeconds,
    IReadOnlyList<OptionResult> Options,
    IReadOnlyList<SweepPoint> Sweep);
