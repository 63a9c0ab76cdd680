namespace FabricSim.Network.Traffic;

/// <summary>
/// How a request/response message larger than one packet crosses the network: as ⌈bytes / payload⌉ segments, each
/// carrying at most the path MTU less <see cref="HeaderBytes"/> of payload and those headers, all but the last full.
/// The packet engine sends these segments, validate's packet estimate counts them, and both read the path MTU
/// validate checks packet sizes against, so the three agree on every message's packets and bytes.
/// </summary>
public static class MessageSegments
{
    /// <summary>IPv4 and TCP headers without options (20 + 20 bytes): the MSS of a 1500-byte MTU is 1460.</summary>
    public const int HeaderBytes = 40;

    /// <summary>The IP MTU of a path with no IP limit of its own (Ethernet's, RFC 894): what the hosts send.</summary>
    public const int DefaultMtuBytes = 1500;

    /// <summary>
    /// A message's segments leave their host at once into its access link's queue, which holds this many packets:
    /// a longer message would lose its tail there every time. Equal to the fabric's default queue depth.
    /// </summary>
    public const int MaxSegments = 1000;

    /// <summary>The path MTU a message is cut to: the given one, or <see cref="DefaultMtuBytes"/> where the path sets none.</summary>
    public static int MtuOrDefault(int? pathMtuBytes) =>
        pathMtuBytes is { } mtu && mtu < int.MaxValue ? mtu : DefaultMtuBytes;

    /// <summary>Payload bytes one segment carries at most.</summary>
    public static int PayloadBytes(int mtuBytes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(mtuBytes, HeaderBytes);
        return mtuBytes - HeaderBytes;
    }

    /// <summary>Segments of a message of <paramref name="messageBytes"/>: at least one, even for an empty answer.</summary>
    public static long Count(long messageBytes, int mtuBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(messageBytes);
        int payload = PayloadBytes(mtuBytes);
        return Math.Max(1, (messageBytes + payload - 1) / payload);
    }

    /// <summary>The IP packet size of segment <paramref name="index"/> (0-based) of a message.</summary>
    public static int SegmentBytes(long messageBytes, int mtuBytes, long index)
    {
        long count = Count(messageBytes, mtuBytes);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, count);
        int payload = PayloadBytes(mtuBytes);
        return (int)(index < count - 1 ? payload : messageBytes - (count - 1) * payload) + HeaderBytes;
    }

    /// <summary>Bytes of all of a message's segments: its payload plus one set of headers per segment.</summary>
    public static long PacketBytes(long messageBytes, int mtuBytes) => messageBytes + Count(messageBytes, mtuBytes) * HeaderBytes;
}
