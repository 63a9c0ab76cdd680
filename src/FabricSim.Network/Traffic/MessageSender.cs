using FabricSim.Engine.Time;
using FabricSim.Network.Packets;

namespace FabricSim.Network.Traffic;

/// <summary>
/// Sends one side of an exchange as messages of a fixed size: each message's <see cref="MessageSegments"/> leave back to
/// back at one instant, as a host hands a socket write to its interface. Every segment carries the message's number
/// in <see cref="Packet.Sequence"/> and a stamp of the sender's choosing (the request's creation time, in nanoseconds)
/// in <see cref="Packet.Acknowledgement"/>; numbers run 0, 1, 2 … so the receiver can tell a message that never came.
/// </summary>
internal sealed class MessageSender
{
    private readonly PacketPool _pool;
    private readonly int _mtuBytes;
    private long _next;

    public MessageSender(TrafficFlow flow, PacketPool pool, long messageBytes, int mtuBytes)
    {
        Flow = flow ?? throw new ArgumentNullException(nameof(flow));
        _pool = pool ?? throw new ArgumentNullException(nameof(pool));
        ArgumentOutOfRangeException.ThrowIfLessThan(messageBytes, 1);
        Segments = checked((int)MessageSegments.Count(messageBytes, mtuBytes));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Segments, MessageSegments.MaxSegments, nameof(messageBytes));
        MessageBytes = messageBytes;
        _mtuBytes = mtuBytes;
    }

    public TrafficFlow Flow { get; }
    public long MessageBytes { get; }

    /// <summary>Packets each message is cut into.</summary>
    public int Segments { get; }

    /// <summary>The number the next message will carry.</summary>
    public long NextMessage => _next;

    /// <summary>The number of the first message of the measured window.</summary>
    public long FirstMeasured { get; private set; }

    public long MessagesSentMeasured => _next - FirstMeasured;

    public void ResetMeasurement() => FirstMeasured = _next;

    public void Send(SimTime now, long stamp)
    {
        long message = _next++;
        for (int segment = 0; segment < Segments; segment++)
        {
            Packet packet = Flow.Emit(_pool, now, MessageSegments.SegmentBytes(MessageBytes, _mtuBytes, segment));
            packet.Sequence = message;
            packet.Acknowledgement = stamp;
            Flow.Entry.Receive(packet);
        }
    }
}
