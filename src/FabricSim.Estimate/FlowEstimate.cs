using FabricSim.Estimate.Flows;
using FabricSim.Network.Building;
using FabricSim.Network.Metrics;

namespace FabricSim.Estimate;

/// <summary>
/// The flow-level answer for one fabric: the same measurements the packet model returns, so every report, verdict and
/// CSV reads it unchanged, and what the model could not capture (<see cref="Caveats"/>).
/// </summary>
internal sealed record FlowEstimate(
    FabricMeasurements Measurements,
    IReadOnlyList<DemandFlows> DemandFlows,
    IReadOnlyDictionary<string, double> OutageSeconds,
    IReadOnlyList<string> Caveats);
