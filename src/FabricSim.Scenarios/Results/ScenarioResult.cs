namespace FabricSim.Scenarios.Results;

/// <summary>
/// The outcome of running a scenario: plain immutable data. CSV, JSON, plots, HTML and console tables are views
/// of this record and never reach into live simulation objects. Holds no wall-clock time, so outputs are
/// byte-identical for the same scenario and seed. A run fills <see cref="Options"/>; a sweep fills <see cref="Sweep"/>
/// (one complete result per point) and leaves <see cref="Options"/> empty, since no single point is the scenario.
/// </summary>
public sealed record ScenarioResult(
    string ScenarioName,
    string ScenarioText,
    ulong Seed,
    int Replications,
    double DurationSeconds,
    double WarmUpSeconds,
    IReadOnlyList<OptionResult> Options,
    IReadOnlyList<SweepPoint> Sweep)
{
    /// <summary>Which option the requirements point to; null for a sweep or when the scenario sets no requirements.</summary>
    public Verdict? Verdict { get; init; }

    /// <summary>The planning limit each option's headroom is measured against (the scenario's, or 80 %).</summary>
    public double UtilizationLimit { get; init; } = Model.Requirements.DefaultUtilizationLimit;

    /// <summary>The scenario's yearly demand growth, which dates when each element fills; null when it states none.</summary>
    public double? AnnualGrowth { get; init; }

    /// <summary>Why the options are not a like-for-like comparison (capacity towards a destination, flows carried), with the figures; empty when they are.</summary>
    public IReadOnlyList<string> ComparisonCaveats { get; init; } = [];

    /// <summary>"packet" (simulated, figures with confidence intervals) or "flow" (the flow-level model, figures without).</summary>
    public string Fidelity { get; init; } = "packet";

    /// <summary>Why that fidelity was used: asked for, or what <c>auto</c> weighed.</summary>
    public string FidelityReason { get; init; } = "";

    /// <summary>What the figures do not capture: what the flow model cannot (flow level) or a start-up artefact the run measured (packet level); empty when nothing.</summary>
    public IReadOnlyList<string> FidelityCaveats { get; init; } = [];
}
