using FabricSim.Engine.Time;
using FabricSim.Network.Units;

namespace FabricSim.Scenarios.Model;

/// <summary>
/// Bounds that every flow it selects must meet. It selects the flows of one demand (a request/response demand's
/// two directions, or one of them as "name/response"), every flow of one QoS class, or, with neither, every flow.
/// </summary>
/// <param name="Traffic">A demand name, or a reported flow name such as "api/response".</param>
/// <param name="QosClass">A QoS class (0–7), matched against the flow's class.</param>
/// <param name="ClassName">The class as the file names it, for messages.</param>
/// <param name="MaxLossRatio">Highest tolerated fraction of packets lost, 0–1.</param>
/// <param name="MinAvailability">Lowest tolerated fraction of the measured time without an outage, 0–1.</param>
public sealed record FlowRequirement(
    string? Traffic,
    int? QosClass,
    string? ClassName,
    SimTime? MaxP50Latency,
    SimTime? MaxP99Latency,
    SimTime? MaxJitter,
    double? MaxLossRatio,
    DataRate? MinThroughput,
    double? MinAvailability)
{
    /// <summary>Where it selects flows, in the file's words, for messages: "traffic voice", "class voice" or "every flow".</summary>
    public string Scope => Traffic is { } t ? $"traffic '{t}'" : ClassName is { } c ? $"class '{c}'" : "every flow";

    public bool Selects(string flow, string trafficClass) =>
        (Traffic is null || flow == Traffic || flow.StartsWith(Traffic + "/", StringComparison.Ordinal))
        && (QosClass is null || trafficClass == QosClass.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
