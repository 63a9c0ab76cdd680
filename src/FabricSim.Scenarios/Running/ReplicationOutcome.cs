using FabricSim.Engine.Time;
using FabricSim.Network.Metrics;

namespace FabricSim.Scenarios.Running;

/// <summary>What one replication of one option measured, as plain values.</summary>
/// <param name="OutageSeconds">Per simulated flow: time without delivery attributable to failures.</param>
internal sealed record ReplicationOutcome(
    FabricMeasurements Measurements,
    IReadOnlyDictionary<string, double> OutageSeconds,
    string LookingGlass)
{
    /// <summary>When the last packet source that had to start without a route, at the end of the warm-up, got one; null when none had to.</summary>
    public SimTime? LateRouteAt { get; init; }
}
