namespace FabricSim.Reporting;

/// <summary>Choices about how results are presented; they never change the numbers.</summary>
/// <param name="LogLatencyAxis">Draw latency CDFs on a log-10 latency axis.</param>
public sealed record ReportOptions(bool LogLatencyAxis = false)
{
    public static ReportOptions Default { get; } = new();
}
