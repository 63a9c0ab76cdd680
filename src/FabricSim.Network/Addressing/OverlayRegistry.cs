using FabricSim.Network.Topology;

namespace FabricSim.Network.Addressing;

/// <summary>
/// Remembers where each overlay circuit ends. Overlay ids come from the fabric's <see cref="IdAllocator"/>, in a
/// range of their own, so they never collide with VXC or tunnel ids in <see cref="Packets.Packet.TunnelId"/>.
/// A circuit that must arrive over one particular link (a VXC's VLAN on its port) names that link's direction as its
/// last hop: switches then head for the near end of that link rather than for the exit itself.
/// </summary>
internal sealed class OverlayRegistry
{
    public const int FirstOverlayId = IdAllocator.FirstOverlayId;
    private readonly IdAllocator _ids;
    private int[] _exitNode = new int[16];
    private NetworkInterface?[] _lastHop = new NetworkInterface?[16];
    private int _count;

    public OverlayRegistry(IdAllocator ids)
    {
        _ids = ids ?? throw new ArgumentNullException(nameof(ids));
    }

    /// <summary>Overlays registered so far.</summary>
    public int Count => _count;

    /// <summary>Registers a circuit ending at <paramref name="exitNodeId"/>, arriving over <paramref name="lastHop"/> if given, and returns its id.</summary>
    public int Register(int exitNodeId, NetworkInterface? lastHop = null)
    {
        if (lastHop is not null && lastHop.Peer.Owner.Id != exitNodeId)
        {
            throw new ArgumentException($"{lastHop.Name} does not arrive at node {exitNodeId}.", nameof(lastHop));
        }
        ArgumentOutOfRangeException.ThrowIfNegative(exitNodeId);
        int id = _ids.NextOverlay();
        int index = id - FirstOverlayId;
        if (index != _count)
        {
            throw new InvalidOperationException("One fabric has one overlay registry: its routed layer's.");
        }
        if (_count == _exitNode.Length)
        {
            Array.Resize(ref _exitNode, _count * 2);
            Array.Resize(ref _lastHop, _count * 2);
        }
        _lastHop[_count] = lastHop;
        _exitNode[_count++] = exitNodeId;
        return id;
    }

    /// <summary>
    /// Where <paramref name="node"/> sends a packet of overlay <paramref name="tunnelId"/>: its last hop when the node
    /// is that hop's near end, else the next hop towards that near end or, without a last hop, towards the exit.
    /// False when the id is no overlay or the node is its exit.
    /// </summary>
    public bool TryGetEgress(Node node, int tunnelId, out NetworkInterface? egress)
    {
        uint index = (uint)(tunnelId - FirstOverlayId);
        if (index >= (uint)_count || _exitNode[index] == node.Id)
        {
            egress = null;
            return false;
        }
        egress = _lastHop[index] is { } last
            ? ReferenceEquals(last.Owner, node) ? last : node.Routes.NextHop(last.Owner.Id)
            : node.Routes.NextHop(_exitNode[index]);
        return true;
    }
}
