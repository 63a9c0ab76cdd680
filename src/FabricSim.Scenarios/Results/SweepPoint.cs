namespace FabricSim.Scenarios.Results;

/// <summary>One flow's key metrics at one value of a swept parameter (e.g. demand as a fraction of a VXC's rate).</summary>
public sealed record SweepPoint(
    string Parameter,
    double Value,
    string Option,
    string Flow,
    Estimate ThroughputBitsPerSecond,
    Estimate LatencyP99Ms,
    Estimate LossRatio);
