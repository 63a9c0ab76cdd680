namespace FabricSim.Scenarios.Results;

/// <summary>Everything measured for one design option of a scenario.</summary>
public sealed record OptionResult(
    string Name,
    string Description,
    IReadOnlyList<FlowSummary> Flows,
    IReadOnlyList<LinkSummary> Links,
    IReadOnlyList<LatencyDistribution> LatencyDistributions,
    IReadOnlyList<TimeSeriesPoint> TimeSeries,
    IReadOnlyList<CostLine> Cost,
    string LookingGlass)
{
    public double MonthlyCostUsd => Cost.Sum(line => line.MonthlyUsd);

    /// <summary>Every replication's figures per flow, unit by unit, for runs.parquet.</summary>
    public IReadOnlyList<RunRecord> Runs { get; init; } = [];

    /// <summary>Headroom and right-sizing of each port, VXC, MCR and other rate limit that carried traffic, fullest first.</summary>
    public IReadOnlyList<ElementHeadroom> Headroom { get; init; } = [];

    /// <summary>What the option is built of and how busy each part was, for its diagrams; null for a result assembled without one.</summary>
    public TopologySummary? Topology { get; init; }
}
