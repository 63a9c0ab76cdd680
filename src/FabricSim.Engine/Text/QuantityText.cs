using System.Globalization;

namespace FabricSim.Engine.Text;

/// <summary>
/// Reads a quantity written as a decimal number followed by a unit ("250us", "10Gbps", "1500B") against a table of
/// units, so every unit-bearing value in scenarios is parsed, and reports mistakes, the same way.
/// </summary>
public sealed class QuantityText
{
    private readonly (string Suffix, long Multiplier)[] _units;
    private readonly string _kind;
    private readonly string _example;
    private readonly string _unitList;

    /// <param name="kind">What the quantity is, for messages: "time", "rate", "size".</param>
    /// <param name="example">Suffixes to suggest when the unit is missing, e.g. ["ms", "s"].</param>
    public QuantityText(string kind, IReadOnlyList<(string Suffix, long Multiplier)> units, IReadOnlyList<string> example)
    {
        ArgumentException.ThrowIfNullOrEmpty(kind);
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(example);
        _kind = kind;
        _units = [.. units];
        _example = string.Join(" or ", example.Select(suffix => "{0}" + suffix));
        // Aliases (µs for us, Kbps for kbps) share a multiplier; messages name the first spelling only.
        var names = _units.DistinctBy(u => u.Multiplier).Select(u => u.Suffix).ToList();
        _unitList = names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " or " + names[^1];
    }

    /// <summary>
    /// The value in the table's base unit (number × the unit's multiplier), unrounded; false with a message naming
    /// the fix when the text is empty, has no unit or an unknown one, or is not a number.
    /// </summary>
    public bool TryParse(string? text, out decimal value, out string error)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = $"a {_kind} is required, e.g. {string.Format(CultureInfo.InvariantCulture, _example, "10")}";
            return false;
        }
        string trimmed = text.Trim();
        int split = trimmed.Length;
        while (split > 0 && char.IsLetter(trimmed[split - 1]))
        {
            split--;
        }
        string number = trimmed[..split].Trim();
        string unit = trimmed[split..];
        if (unit.Length == 0)
        {
            error = $"'{text}' has no unit; write e.g. {string.Format(CultureInfo.InvariantCulture, _example, text.Trim())} (units: {_unitList})";
            return false;
        }
        long multiplier = 0;
        foreach (var (suffix, factor) in _units)
        {
            if (string.Equals(suffix, unit, StringComparison.Ordinal))
            {
                multiplier = factor;
                break;
            }
        }
        if (multiplier == 0)
        {
            error = $"'{unit}' in '{text}' is not a {_kind} unit; use {_unitList}";
            return false;
        }
        if (!decimal.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal magnitude))
        {
            // A number too large for the quantity is a different mistake from text that is no number at all.
            error = double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out double huge) && !double.IsNaN(huge)
                ? $"'{text}' is far too large for a {_kind}"
                : $"'{number}' in '{text}' is not a number";
            return false;
        }
        try
        {
            value = magnitude * multiplier;
        }
        catch (OverflowException)
        {
            error = $"'{text}' is too large";
            return false;
        }
        error = string.Empty;
        return true;
    }
}
