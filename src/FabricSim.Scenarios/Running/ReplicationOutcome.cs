using FabricSim.Network.Metrics;

namespace FabricSim.Scenarios.Running;

/// <summary>What one replication of one option measured, as plain values.</summary>
/// <param name="OutageSeconds">Per simulated flow: time without delivery attributable to failures.</param>
internal sealed record ReplicationOutcome(
    FabricMeasurements Measurements,
    IReadOnlyDictionary<string, double> OutageSeconds,
    string LookingGlass);
