using FabricSim.Engine.Events;
using FabricSim.Network.Packets;

namespace FabricSim.Network.Tests.Internet;

/// <summary>A test receiver that records each arrival's flow sequence and time, then recycles the packet.</summary>
internal sealed class PacketProbe(Simulator simulator, PacketPool pool) : IPacketReceiver
{
    public List<long> Sequences { get; } = [];
    public List<long> ArrivalNanoseconds { get; } = [];
    public List<long> CreatedNanoseconds { get; } = [];

    public void Receive(Packet packet)
    {
        Sequences.Add(packet.FlowSequence);
        ArrivalNanoseconds.Add(simulator.Now.Nanoseconds);
        CreatedNanoseconds.Add(packet.CreatedAt.Nanoseconds);
        pool.Return(packet);
    }
}
