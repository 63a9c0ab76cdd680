namespace FabricSim.Reporting.Notebook;

/// <summary>
/// One named curve for <see cref="Charts.Line(string, string, string, Series[])"/>: y against x, in the order given.
/// </summary>
/// <param name="Name">The legend entry.</param>
/// <param name="X">Horizontal positions.</param>
/// <param name="Y">Values, one per position.</param>
public sealed record Series(string Name, IReadOnlyList<double> X, IReadOnlyList<double> Y)
{
    /// <summary>Half-widths of confidence intervals drawn as error bars, one per point; null draws none.</summary>
    public IReadOnlyList<double>? ErrorHalfWidths { get; init; }

    /// <summary>Marks each point; turn off for smooth reference curves such as a formula evaluated densely.</summary>
    public bool ShowMarkers { get; init; } = true;
}

/// <summary>How an axis maps values to positions.</summary>
public enum AxisScale
{
    Linear,

    /// <summary>Decades equally spaced, for values spanning orders of magnitude (loss rates); values must be positive.</summary>
    Log10,
}
