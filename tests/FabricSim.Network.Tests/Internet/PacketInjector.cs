using FabricSim.Engine.Events;
using FabricSim.Engine.Time;
using FabricSim.Network.Packets;

namespace FabricSim.Network.Tests.Internet;

/// <summary>Sends fixed-size packets of one flow into a receiver at a constant spacing, from time zero.</summary>
internal sealed class PacketInjector : IEventHandler
{
    private readonly Simulator _simulator;
    private readonly PacketPool _pool;
    private readonly IPacketReceiver _target;
    private readonly SimTime _spacing;
    private readonly long _count;
    private readonly int _sizeBytes;
    private readonly int _flowId;

    public PacketInjector(Simulator simulator, PacketPool pool, IPacketReceiver target, SimTime spacing, long count, int sizeBytes, int flowId = 0,
        SimTime? start = null)
    {
        _simulator = simulator;
        _pool = pool;
        _target = target;
        _spacing = spacing;
        _count = count;
        _sizeBytes = sizeBytes;
        _flowId = flowId;
        simulator.ScheduleAt(start ?? SimTime.Zero, this);
    }

    public long Sent { get; private set; }
    public int SourceNodeId { get; init; }
    public int DestinationNodeId { get; init; }

    public void OnEvent(object? payload, long argument)
    {
        Packet packet = _pool.Rent();
        packet.FlowId = _flowId;
        packet.SizeBytes = _sizeBytes;
        packet.CreatedAt = _simulator.Now;
        packet.FlowSequence = Sent++;
        packet.SourceNodeId = SourceNodeId;
        packet.DestinationNodeId = DestinationNodeId;
        _target.Receive(packet);
        if (Sent < _count)
        {
            _simulator.Schedule(_spacing, this);
        }
    }
}
