using System.Globalization;

namespace FabricSim.Network.Units;

/// <summary>Parses and prints sizes in bytes: "1500B", "9KB", "64KiB", "1MB" (KB = 1000, KiB = 1024).</summary>
public static class ByteSize
{
    private static readonly (string Suffix, long Bytes)[] Units =
    [
        ("B", 1),
        ("KB", 1_000),
        ("kB", 1_000),
        ("KiB", 1_024),
        ("MB", 1_000_000),
        ("MiB", 1_048_576),
        ("GB", 1_000_000_000),
        ("GiB", 1_073_741_824),
        ("TB", 1_000_000_000_000),
    ];

    public static long Parse(string text) =>
        TryParse(text, out long bytes, out string error) ? bytes : throw new FormatException(error);

    public static bool TryParse(string? text, out long bytes, out string error)
    {
        bytes = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "a size is required, e.g. 1500B or 64KiB";
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
        long multiplier = 0;
        foreach (var (suffix, size) in Units)
        {
            if (string.Equals(suffix, unit, StringComparison.Ordinal))
            {
                multiplier = size;
                break;
            }
        }
        if (multiplier == 0)
        {
            error = unit.Length == 0
                ? $"'{text}' has no unit; write e.g. {text}B"
                : $"'{unit}' in '{text}' is not a size unit; use B, KB, KiB, MB, MiB, GB, GiB or TB";
            return false;
        }
        if (!decimal.TryParse(number, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out decimal magnitude))
        {
            error = $"'{number}' in '{text}' is not a number";
            return false;
        }
        if (magnitude < 0)
        {
            error = $"'{text}' is negative; a size must be positive";
            return false;
        }
        try
        {
            bytes = decimal.ToInt64(decimal.Round(magnitude * multiplier));
        }
        catch (OverflowException)
        {
            error = $"'{text}' is too large";
            return false;
        }
        error = string.Empty;
        return true;
    }

    public static string Format(long bytes) => bytes.ToString(CultureInfo.InvariantCulture) + "B";
}
