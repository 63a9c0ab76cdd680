using FabricSim.Scenarios.Results;

namespace FabricSim.Scenarios.Running;

// FabricSim.Estimate (the flow-level model) is a namespace too; here Estimate is the result type.
using Estimate = FabricSim.Scenarios.Results.Estimate;

/// <summary>
/// Marks figures as the flow model's: one deterministic evaluation, so no confidence interval, and judged against a
/// requirement by their value alone.
/// </summary>
internal static class ModelFigures
{
    public static Estimate Of(Estimate estimate) => estimate with
    {
        HalfWidth = double.IsFinite(estimate.Mean) ? 0 : double.NaN,
        IsModel = true,
    };

    public static Estimate? OfOptional(Estimate? estimate) => estimate is null ? null : Of(estimate);

    public static FlowSummary Of(FlowSummary flow) => flow with
    {
        ThroughputBitsPerSecond = Of(flow.ThroughputBitsPerSecond),
        LatencyMeanMs = Of(flow.LatencyMeanMs),
        LatencyP50Ms = Of(flow.LatencyP50Ms),
        LatencyP95Ms = Of(flow.LatencyP95Ms),
        LatencyP99Ms = Of(flow.LatencyP99Ms),
        LatencyMaxMs = Of(flow.LatencyMaxMs),
        JitterMs = Of(flow.JitterMs),
        LossRatio = Of(flow.LossRatio),
        OutageSeconds = Of(flow.OutageSeconds),
        TransferCompletionSeconds = OfOptional(flow.TransferCompletionSeconds),
        ResponseTimeP50Ms = OfOptional(flow.ResponseTimeP50Ms),
        ResponseTimeP95Ms = OfOptional(flow.ResponseTimeP95Ms),
        ResponseTimeP99Ms = OfOptional(flow.ResponseTimeP99Ms),
        Fidelity = "flow",
    };

    public static LinkSummary Of(LinkSummary link) => link with
    {
        Utilization = Of(link.Utilization),
        MeanQueuePackets = Of(link.MeanQueuePackets),
        DropRatio = Of(link.DropRatio),
        OfferedBitsPerSecond = OfOptional(link.OfferedBitsPerSecond),
        CarriedBitsPerSecond = OfOptional(link.CarriedBitsPerSecond),
    };
}
