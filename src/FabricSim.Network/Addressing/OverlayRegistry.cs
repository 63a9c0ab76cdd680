using FabricSim.Network.Topology;

namespace FabricSim.Network.Addressing;

/// <summary>
/// Remembers where each overlay circuit ends. Overlay ids come from the fabric's <see cref="IdAllocator"/>, in a
/// range of their own, so they never collide with VXC or tunnel ids in <see cref="Packets.Packet.TunnelId"/>.
/// </summary>
internal sealed class OverlayRegistry
{
    public const int FirstOverlayId = IdAllocator.FirstOverlayId;
    private readonly IdAllocator _ids;
    private int[] _exitNode = new int[16];
    private int _count;

    public OverlayRegistry(IdAllocator ids)
    {
        _ids = ids ?? throw new ArgumentNullException(nameof(ids));
    }

    /// <summary>Registers a circuit ending at <paramref name="exitNodeId"/> and returns its id.</summary>
    public int Register(int exitNodeId)
    {
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
        }
        _exitNode[_count++] = exitNodeId;
        return id;
    }

    /// <summary>The node where overlay <paramref name="tunnelId"/> ends; false for ids that are not overlays.</summary>
    public bool TryGetExit(int tunnelId, out int exitNodeId)
    {
        uint index = (uint)(tunnelId - FirstOverlayId);
        if (index < (uint)_count)
        {
            exitNodeId = _exitNode[index];
            return true;
        }
        exitNodeId = -1;
        return false;
    }
}
