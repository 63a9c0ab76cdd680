using System.Globalization;
using FabricSim.Engine.Text;

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

    private static readonly QuantityText Text = new("time", Units, ["ms", "s"]);

    public static bool TryParse(string? text, out SimTime value, out string error)
    {
        value = SimTime.Zero;
        if (!Text.TryParse(text, out decimal nanoseconds, out error))
        {
            return false;
        }
        try
        {
            value = new SimTime(decimal.ToInt64(decimal.Round(nanoseconds, MidpointRounding.AwayFromZero)));
            return true;
        }
        catch (OverflowException)
        {
            error = $"'{text}' is too large: simulated time is limited to ±292 years";
            return false;
        }
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
