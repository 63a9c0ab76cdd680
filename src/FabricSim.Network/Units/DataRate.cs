using System.Globalization;
using FabricSim.Engine.Text;
using FabricSim.Engine.Time;

namespace FabricSim.Network.Units;

/// <summary>A data rate in integer bits per second. Integer so serialization times are exact nanosecond counts.</summary>
public readonly record struct DataRate : IComparable<DataRate>
{
    private static readonly (string Suffix, long BitsPerSecond)[] Units =
    [
        ("bps", 1),
        ("kbps", 1_000),
        ("Kbps", 1_000),
        ("Mbps", 1_000_000),
        ("Gbps", 1_000_000_000),
        ("Tbps", 1_000_000_000_000),
    ];

    public long BitsPerSecond { get; }

    public DataRate(long bitsPerSecond)
    {
        if (bitsPerSecond < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(bitsPerSecond), bitsPerSecond, "A data rate cannot be negative.");
        }
        BitsPerSecond = bitsPerSecond;
    }

    public static DataRate FromKilobitsPerSecond(double kbps) => new(checked((long)Math.Round(kbps * 1e3)));
    public static DataRate FromMegabitsPerSecond(double mbps) => new(checked((long)Math.Round(mbps * 1e6)));
    public static DataRate FromGigabitsPerSecond(double gbps) => new(checked((long)Math.Round(gbps * 1e9)));

    public double MegabitsPerSecond => BitsPerSecond / 1e6;
    public double GigabitsPerSecond => BitsPerSecond / 1e9;
    public bool IsZero => BitsPerSecond == 0;

    /// <summary>Time to clock <paramref name="bytes"/> onto the wire at this rate, rounded up to a whole nanosecond.</summary>
    public SimTime TransmissionTime(long bytes)
    {
        if (BitsPerSecond == 0)
        {
            throw new InvalidOperationException("Nothing can be transmitted at a rate of zero.");
        }
        // bits × 1e9 / rate, computed in 128 bits so 400 Gbps and jumbo frames cannot overflow.
        Int128 numerator = (Int128)bytes * 8 * SimTime.NanosPerSecond + BitsPerSecond - 1;
        return new SimTime((long)(numerator / BitsPerSecond));
    }

    /// <summary>Bytes carried at this rate during <paramref name="duration"/> (floor).</summary>
    public long BytesIn(SimTime duration) =>
        (long)((Int128)BitsPerSecond * duration.Nanoseconds / (8 * (Int128)SimTime.NanosPerSecond));

    public DataRate Scale(double factor) => new(checked((long)Math.Round(BitsPerSecond * factor)));

    public static bool operator <(DataRate a, DataRate b) => a.BitsPerSecond < b.BitsPerSecond;
    public static bool operator >(DataRate a, DataRate b) => a.BitsPerSecond > b.BitsPerSecond;
    public static bool operator <=(DataRate a, DataRate b) => a.BitsPerSecond <= b.BitsPerSecond;
    public static bool operator >=(DataRate a, DataRate b) => a.BitsPerSecond >= b.BitsPerSecond;
    public static DataRate operator +(DataRate a, DataRate b) => new(checked(a.BitsPerSecond + b.BitsPerSecond));

    public int CompareTo(DataRate other) => BitsPerSecond.CompareTo(other.BitsPerSecond);

    /// <summary>Parses "10Gbps", "500Mbps", "1.25Gbps", "64kbps", "9600bps" (decimal SI prefixes, as carriers quote).</summary>
    public static DataRate Parse(string text) =>
        TryParse(text, out var rate, out var error) ? rate : throw new FormatException(error);

    private static readonly QuantityText Text = new("rate", Units, ["Mbps", "Gbps"]);

    public static bool TryParse(string? text, out DataRate rate, out string error)
    {
        rate = default;
        if (!Text.TryParse(text, out decimal bitsPerSecond, out error))
        {
            return false;
        }
        if (bitsPerSecond < 0)
        {
            error = $"'{text}' is negative; a data rate must be positive";
            return false;
        }
        try
        {
            rate = new DataRate(decimal.ToInt64(decimal.Round(bitsPerSecond)));
            return true;
        }
        catch (OverflowException)
        {
            error = $"'{text}' is too large";
            return false;
        }
    }

    public override string ToString()
    {
        for (int i = Units.Length - 1; i >= 0; i--)
        {
            var (suffix, bps) = Units[i];
            if (suffix == "Kbps")
            {
                continue;
            }
            if (BitsPerSecond >= bps && BitsPerSecond != 0)
            {
                return ((decimal)BitsPerSecond / bps).ToString("0.######", CultureInfo.InvariantCulture) + suffix;
            }
        }
        return "0bps";
    }
}
