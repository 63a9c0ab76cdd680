using FabricSim.Reporting.Tables;
using FabricSim.Scenarios.Results;

namespace FabricSim.Reporting.Notebook;

/// <summary>Tables of simulation results as text, for notebooks and logs.</summary>
public static class Tables
{
    /// <summary>
    /// The comparison of options the command line prints: per option and flow, p50/p99 latency, jitter, loss,
    /// throughput and outage with confidence intervals, and each option's monthly cost. Plain ASCII, fixed width.
    /// </summary>
    public static string Comparison(ScenarioResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        ComparisonTable.Write(writer, result, plain: true);
        return writer.ToString();
    }
}
