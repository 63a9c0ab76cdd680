namespace FabricSim.Reporting.Csv;

/// <summary>
/// Spreadsheets cannot read "NaN" or "Infinity" portably, so a value that is not a finite number
/// (such as the confidence bound of a single replication) becomes an empty field.
/// </summary>
internal static class CsvNumber
{
    public static double? Finite(double value) => double.IsFinite(value) ? value : null;
}
