using System.Globalization;

namespace FabricSim.Network.Addressing;

/// <summary>An IPv4 address held as its 32-bit value, so comparisons and masking are integer operations.</summary>
public readonly record struct Ipv4Address(uint Value) : IComparable<Ipv4Address>
{
    public static Ipv4Address Parse(string text) =>
        TryParse(text, out var address) ? address : throw new FormatException($"'{text}' is not a dotted-quad IPv4 address.");

    public static bool TryParse(ReadOnlySpan<char> text, out Ipv4Address address)
    {
        address = default;
        uint value = 0;
        int octets = 0;
        foreach (var range in text.Split('.'))
        {
            var part = text[range];
            if (octets == 4 || part.Length is 0 or > 3
                || !uint.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out uint octet) || octet > 255)
            {
                return false;
            }
            value = (value << 8) | octet;
            octets++;
        }
        if (octets != 4)
        {
            return false;
        }
        address = new Ipv4Address(value);
        return true;
    }

    public int CompareTo(Ipv4Address other) => Value.CompareTo(other.Value);

    public static bool operator <(Ipv4Address left, Ipv4Address right) => left.CompareTo(right) < 0;
    public static bool operator <=(Ipv4Address left, Ipv4Address right) => left.CompareTo(right) <= 0;
    public static bool operator >(Ipv4Address left, Ipv4Address right) => left.CompareTo(right) > 0;
    public static bool operator >=(Ipv4Address left, Ipv4Address right) => left.CompareTo(right) >= 0;

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Value >> 24}.{(Value >> 16) & 255}.{(Value >> 8) & 255}.{Value & 255}");
}
