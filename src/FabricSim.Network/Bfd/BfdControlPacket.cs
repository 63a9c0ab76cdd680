namespace FabricSim.Network.Bfd;

/// <summary>A BFD control packet: the sender's state is all the three-way handshake needs here.</summary>
internal sealed record BfdControlPacket(BfdState SenderState)
{
    /// <summary>Mandatory section of RFC 5880 §4.1 (24) and UDP (8), less the TCP header (20) the sender adds to every control message.</summary>
    public const int SizeBytes = 24 + 8 - 20;

    public static readonly BfdControlPacket Down = new(BfdState.Down);
    public static readonly BfdControlPacket Init = new(BfdState.Init);
    public static readonly BfdControlPacket Up = new(BfdState.Up);

    public static BfdControlPacket For(BfdState state) => state switch
    {
        BfdState.Up => Up,
        BfdState.Init => Init,
        _ => Down,
    };
}
