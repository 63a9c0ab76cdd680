using System.Globalization;
using FabricSim.Engine.Text;

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

    private static readonly QuantityText Text = new("size", Units, ["B"]);

    public static bool TryParse(string? text, out long bytes, out string error)
    {
        bytes = 0;
        if (!Text.TryParse(text, out decimal value, out error))
        {
            return false;
        }
        if (value < 0)
        {
            error = $"'{text}' is negative; a size must be positive";
            return false;
        }
        try
        {
            bytes = decimal.ToInt64(decimal.Round(value));
            return true;
        }
        catch (OverflowException)
        {
            error = $"'{text}' is too large";
            return false;
        }
    }

    public static string Format(long bytes) => bytes.ToString(CultureInfo.InvariantCulture) + "B";
}
