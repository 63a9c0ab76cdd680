namespace FabricSim.Reporting.Csv;

/// <summary>
/// Spreadsheets cannot read "NaN" or "Infinity" portably, so a value that is not a finite number
/// (such as the confidence bound of a single replication) becomes an empty field.
/// </summary>
internal static class CsvNumber
{
    public static double? Finite(double value) => double.IsFinite(value) ? value : null;

    /// <summary>A value as a field of its own: the shortest text that round-trips, empty when not finite.</summary>
    public static string Text(double value) =>
        double.IsFinite(value) ? value.ToString("R", System.Globalization.CultureInfo.InvariantCulture) : "";
}
