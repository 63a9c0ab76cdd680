using System.Globalization;

namespace FabricSim.Network.Addressing;

/// <summary>
/// An IPv4 network such as 10.10.0.0/16. The host bits are always zero, so two prefixes naming the same network
/// are equal whatever text they were parsed from.
/// </summary>
public readonly record struct Ipv4Prefix : IComparable<Ipv4Prefix>
{
    public Ipv4Prefix(Ipv4Address network, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, 32);
        Length = length;
        Network = new Ipv4Address(network.Value & MaskOf(length));
    }

    public Ipv4Address Network { get; }
    public int Length { get; }

    public static Ipv4Prefix Default { get; } = new(default, 0);

    public uint Mask => MaskOf(Length);

    /// <summary>The first address after the network address; used as a node's own address inside the prefix.</summary>
    public Ipv4Address FirstHost => Length >= 31 ? Network : new Ipv4Address(Network.Value + 1);

    public static uint MaskOf(int length) => length == 0 ? 0u : uint.MaxValue << (32 - length);

    public static Ipv4Prefix Parse(string text) =>
        TryParse(text, out var prefix) ? prefix : throw new FormatException($"'{text}' is not an IPv4 prefix like 10.10.0.0/16.");

    public static bool TryParse(ReadOnlySpan<char> text, out Ipv4Prefix prefix)
    {
        prefix = default;
        int slash = text.IndexOf('/');
        if (slash < 0
            || !Ipv4Address.TryParse(text[..slash], out var network)
            || !int.TryParse(text[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out int length)
            || length > 32)
        {
            return false;
        }
        prefix = new Ipv4Prefix(network, length);
        return true;
    }

    public bool Contains(Ipv4Address address) => (address.Value & Mask) == Network.Value;

    /// <summary>True when <paramref name="other"/> is this network or a more specific part of it.</summary>
    public bool Contains(Ipv4Prefix other) => other.Length >= Length && Contains(other.Network);

    public int CompareTo(Ipv4Prefix other)
    {
        int byNetwork = Network.CompareTo(other.Network);
        return byNetwork != 0 ? byNetwork : Length.CompareTo(other.Length);
    }

    public static bool operator <(Ipv4Prefix left, Ipv4Prefix right) => left.CompareTo(right) < 0;
    public static bool operator <=(Ipv4Prefix left, Ipv4Prefix right) => left.CompareTo(right) <= 0;
    public static bool operator >(Ipv4Prefix left, Ipv4Prefix right) => left.CompareTo(right) > 0;
    public static bool operator >=(Ipv4Prefix left, Ipv4Prefix right) => left.CompareTo(right) >= 0;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Network}/{Length}");
}
