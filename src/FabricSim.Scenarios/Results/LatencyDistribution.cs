namespace FabricSim.Scenarios.Results;

/// <summary>The empirical one-way latency CDF of a flow, pooled over replications: increasing (latency, probability) points.</summary>
public sealed record LatencyDistribution(string Option, string Flow, IReadOnlyList<CdfPoint> Points);

public readonly record struct CdfPoint(double LatencyMs, double CumulativeProbability);
