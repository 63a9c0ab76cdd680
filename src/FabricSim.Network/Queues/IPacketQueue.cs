using FabricSim.Engine.Time;
using FabricSim.Network.Packets;

namespace FabricSim.Network.Queues;

/// <summary>
/// An egress queue discipline. It holds only packets waiting for the transmitter: the packet being serialized has
/// already left it. Implementations allocate nothing in steady state.
/// </summary>
internal interface IPacketQueue
{
    /// <summary>Packets waiting.</summary>
    int Count { get; }

    /// <summary>Bytes (frame sizes) waiting.</summary>
    long Bytes { get; }

    /// <summary>Offers a packet; false means the discipline refused it and the caller must drop it.</summary>
    bool Enqueue(Packet packet, SimTime now);

    /// <summary>The next packet to transmit, or null when empty.</summary>
    Packet? Dequeue(SimTime now);
}
