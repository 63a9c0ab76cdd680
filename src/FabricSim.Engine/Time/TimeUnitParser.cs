using System.Globalization;

namespace FabricSim.Engine.Time;

/// <summary>Text form of <see cref="SimTime"/>: a decimal number followed by a unit.</summary>
internal static class TimeUnitParser
{
    private static readonly (string Suffix, long Nanos)[] Units =
    [
        ("ns", 1),
        ("us", SimTime.NanosPerMicrosecond),
        ("µs", SimTime.NanosPerMicrosecond),
        ("ms", SimTime.NanosPerMillisecond),
        ("s", SimTime.NanosPerSecond),
        ("min", 60 * SimTime.NanosPerSecond),
        ("h", 3600 * SimTime.NanosPerSecond),
        ("d", 86_400 * SimTime.NanosPerSecond),
    ];

    private static readonly (string Suffix, long Nanos)[] FormatUnits =
    [
        ("h", 3600 * SimTime.NanosPerSecond),
        ("min", 60 * SimTime.NanosPerSecond),
        ("s", SimTime.NanosPerSecond),
        ("ms", SimTime.NanosPerMillisecond),
        ("us", SimTime.NanosPerMicrosecond),
    ];

    public static bool TryParse(string? text, out SimTime value, out string error)
    {
        value = SimTime.Zero;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "a duration is required, e.g. 250us, 10ms, 60s";
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
            error = $"'{text}' has no unit; write e.g. {text}ms or {text}s (units: ns, us, ms, s, min, h, d)";
            return false;
        }
        long nanosPerUnit = 0;
        foreach (var (suffix, nanos) in Units)
        {
            if (string.Equals(suffix, unit, StringComparison.Ordinal))
            {
                nanosPerUnit = nanos;
                break;
            }
        }
        if (nanosPerUnit == 0)
        {
            error = $"'{unit}' in '{text}' is not a time unit; use ns, us, ms, s, min, h or d";
            return false;
        }
        if (!decimal.TryParse(number, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out decimal magnitude))
        {
            error = $"'{number}' in '{text}' is not a number";
            return false;
        }
        try
        {
            decimal ns = decimal.Round(magnitude * nanosPerUnit, MidpointRounding.AwayFromZero);
            value = new SimTime(decimal.ToInt64(ns));
        }
        catch (OverflowException)
        {
            error = $"'{text}' is too large: simulated time is limited to ±292 years";
            return false;
        }
        error = string.Empty;
        return true;
    }

    public static string Format(SimTime time)
    {
        long ns = time.Nanoseconds;
        if (ns == 0)
        {
            return "0s";
        }
        long magnitude = ns == long.MinValue ? long.MaxValue : Math.Abs(ns);
        foreach (var (suffix, nanos) in FormatUnits)
        {
            // Minutes and hours only when exact; decimal units (s, ms, us) always print exactly.
            bool exact = nanos % SimTime.NanosPerSecond != 0 || nanos == SimTime.NanosPerSecond || ns % nanos == 0;
            if (magnitude >= nanos && exact)
            {
                decimal scaled = (decimal)ns / nanos;
                return scaled.ToString("0.#########", CultureInfo.InvariantCulture) + suffix;
            }
        }
        return ns.ToString(CultureInfo.InvariantCulture) + "ns";
    }
}
