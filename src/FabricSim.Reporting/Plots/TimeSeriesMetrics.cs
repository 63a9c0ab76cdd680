namespace FabricSim.Reporting.Plots;

/// <summary>The metric names of <see cref="FabricSim.Scenarios.Results.TimeSeriesPoint"/> that the report plots.</summary>
internal static class TimeSeriesMetrics
{
    public const string Throughput = "throughput_bps";
    public const string Utilization = "utilization";
}
