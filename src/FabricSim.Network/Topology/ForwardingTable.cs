using FabricSim.Network.Packets;

namespace FabricSim.Network.Topology;

/// <summary>Next hop by destination node id: an array lookup, so forwarding costs a bounds check and a load.</summary>
internal sealed class ForwardingTable : IForwardingPolicy
{
    private NetworkInterface?[] _nextHop = [];

    public NetworkInterface? SelectEgress(Packet packet)
    {
        int destination = packet.DestinationNodeId;
        var table = _nextHop;
        return (uint)destination < (uint)table.Length ? table[destination] : null;
    }

    public NetworkInterface? NextHop(int destinationNodeId) =>
        (uint)destinationNodeId < (uint)_nextHop.Length ? _nextHop[destinationNodeId] : null;

    /// <summary>Changes with every change of the table, so what is derived from it knows when it went stale.</summary>
    public long Version { get; private set; }

    public void Set(int destinationNodeId, NetworkInterface? egress)
    {
        Version++;
        ArgumentOutOfRangeException.ThrowIfNegative(destinationNodeId);
        if (destinationNodeId >= _nextHop.Length)
        {
            Array.Resize(ref _nextHop, Math.Max(destinationNodeId + 1, _nextHop.Length * 2));
        }
        _nextHop[destinationNodeId] = egress;
    }

    public void Clear()
    {
        Version++;
        Array.Clear(_nextHop);
    }
}
