namespace FabricSim.Scenarios.Results;

/// <summary>What the swept value of a sweep point measures, so a report can put it in units on an axis.</summary>
public enum SweepValueKind
{
    /// <summary>A plain number.</summary>
    Number,

    /// <summary>A multiple of the base value the sweep is relative to.</summary>
    Factor,

    /// <summary>A rate in bit/s.</summary>
    Rate,

    /// <summary>A duration in seconds.</summary>
    Duration,

    /// <summary>A size in bytes.</summary>
    Size,
}

/// <summary>
/// Every option's results at one value of a swept parameter: a complete result in its own right, never to be
/// mistaken for the scenario as written.
/// </summary>
/// <param name="Parameter">The sweep's name.</param>
/// <param name="Value">The swept value: the factor when sweeping factors, else in base units (bit/s, seconds, bytes).</param>
/// <param name="Setting">The value as written into the scenario at the sweep's path, e.g. "100Mbps".</param>
/// <param name="Kind">What <paramref name="Value"/> measures.</param>
/// <param name="Options">Each option's results at this point.</param>
public sealed record SweepPoint(string Parameter, double Value, string Setting, SweepValueKind Kind, IReadOnlyList<OptionResult> Options);
