using System.Globalization;

namespace FabricSim.Engine.Time;

/// <summary>
/// A point in, or span of, simulated time in integer nanoseconds.
/// Integers keep event ordering exact and runs reproducible across machines; a long covers ±292 years.
/// </summary>
public readonly record struct SimTime : IComparable<SimTime>
{
    public const long NanosPerMicrosecond = 1_000;
    public const long NanosPerMillisecond = 1_000_000;
    public const long NanosPerSecond = 1_000_000_000;

    public static readonly SimTime Zero = new(0);
    public static readonly SimTime MaxValue = new(long.MaxValue);

    public long Nanoseconds { get; }

    public SimTime(long nanoseconds) => Nanoseconds = nanoseconds;

    public double TotalSeconds => Nanoseconds / (double)NanosPerSecond;
    public double TotalMilliseconds => Nanoseconds / (double)NanosPerMillisecond;
    public double TotalMicroseconds => Nanoseconds / (double)NanosPerMicrosecond;

    public static SimTime FromNanoseconds(long ns) => new(ns);
    public static SimTime FromMicroseconds(double us) => FromScaled(us, NanosPerMicrosecond);
    public static SimTime FromMilliseconds(double ms) => FromScaled(ms, NanosPerMillisecond);
    public static SimTime FromSeconds(double s) => FromScaled(s, NanosPerSecond);

    /// <summary>Rounds to the nearest nanosecond; throws when the value does not fit.</summary>
    public static SimTime FromScaled(double value, long nanosPerUnit)
    {
        double ns = Math.Round(value * nanosPerUnit, MidpointRounding.AwayFromZero);
        if (double.IsNaN(ns) || ns >= 9.2233720368547758E18 || ns < -9.2233720368547758E18)
        {
            throw new OverflowException($"{value.ToString(CultureInfo.InvariantCulture)} × {nanosPerUnit} ns does not fit in simulated time (±292 years).");
        }
        return new SimTime((long)ns);
    }

    public static SimTime operator +(SimTime a, SimTime b) => new(checked(a.Nanoseconds + b.Nanoseconds));
    public static SimTime operator -(SimTime a, SimTime b) => new(checked(a.Nanoseconds - b.Nanoseconds));
    public static SimTime operator *(SimTime a, long k) => new(checked(a.Nanoseconds * k));
    public static SimTime operator *(long k, SimTime a) => a * k;
    public static SimTime operator /(SimTime a, long k) => new(a.Nanoseconds / k);
    public static bool operator <(SimTime a, SimTime b) => a.Nanoseconds < b.Nanoseconds;
    public static bool operator >(SimTime a, SimTime b) => a.Nanoseconds > b.Nanoseconds;
    public static bool operator <=(SimTime a, SimTime b) => a.Nanoseconds <= b.Nanoseconds;
    public static bool operator >=(SimTime a, SimTime b) => a.Nanoseconds >= b.Nanoseconds;

    public static SimTime Min(SimTime a, SimTime b) => a.Nanoseconds <= b.Nanoseconds ? a : b;
    public static SimTime Max(SimTime a, SimTime b) => a.Nanoseconds >= b.Nanoseconds ? a : b;

    public int CompareTo(SimTime other) => Nanoseconds.CompareTo(other.Nanoseconds);

    /// <summary>Parses "250us", "10ms", "1.5s", "2min", "1h", "100ns" (also "µs"); a bare number is rejected to avoid guessing units.</summary>
    public static SimTime Parse(string text) =>
        TryParse(text, out var value, out var error) ? value : throw new FormatException(error);

    public static bool TryParse(string? text, out SimTime value, out string error) =>
        TimeUnitParser.TryParse(text, out value, out error);

    /// <summary>Prints in the largest unit that keeps the value exact, e.g. "10ms", "12.0204ms", "250us".</summary>
    public override string ToString() => TimeUnitParser.Format(this);
}
