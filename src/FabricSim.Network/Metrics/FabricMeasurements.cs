namespace FabricSim.Network.Metrics;

/// <summary>Everything measured in one run of a fabric: per flow, per link direction, and sampled time series.</summary>
public sealed record FabricMeasurements(
    double MeasuredSeconds,
    IReadOnlyList<FlowMeasurement> Flows,
    IReadOnlyList<LinkMeasurement> Links,
    IReadOnlyList<TimeSeries> Series,
    long EventsExecuted);
