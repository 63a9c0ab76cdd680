namespace FabricSim.Reporting.Csv;

/// <summary>
/// Spreadsheets cannot read "NaN" or "Infinity" portably, so a value that is not a finite number
/// (such as the confidence bound of a single replication) becomes an empty field.
/// </summary>
internal static class CsvNumber
{
    public static double? Finite(double value) => double.IsFinite(value) ? value : null;

    /// <summary>A confidence bound; empty for a model's figure, which has none (a zero-width interval would claim precision it has not earned).</summary>
    public static double? Lower(Scenarios.Results.Estimate? estimate) => estimate is null || estimate.IsModel ? null : Finite(estimate.Lower);

    public static double? Upper(Scenarios.Results.Estimate? estimate) => estimate is null || estimate.IsModel ? null : Finite(estimate.Upper);

    /// <summary>A value as a field of its own: the shortest text that round-trips, empty when not finite.</summary>
    public static string Text(double value) =>
        double.IsFinite(value) ? value.ToString("R", System.Globalization.CultureInfo.InvariantCulture) : "";
}
