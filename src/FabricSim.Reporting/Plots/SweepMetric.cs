namespace FabricSim.Reporting.Plots;

/// <summary>The metrics a sweep plot can show against the swept value.</summary>
internal enum SweepMetric
{
    LatencyP99,
    Loss,
    Throughput,
    MonthlyCost,
}
