namespace FabricSim.Network.Addressing;

/// <summary>
/// Numbers overlay circuits and remembers where each ends. Overlay ids start high above VXC ids (which count from
/// 1) so the two never collide in <see cref="Packets.Packet.TunnelId"/>.
/// </summary>
public sealed class OverlayRegistry
{
    public const int FirstOverlayId = 1 << 24;
    private int[] _exitNode = new int[16];
    private int _count;

    /// <summary>Registers a circuit ending at <paramref name="exitNodeId"/> and returns its id.</summary>
    public int Register(int exitNodeId)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(exitNodeId);
        if (_count == _exitNode.Length)
        {
            Array.Resize(ref _exitNode, _count * 2);
        }
        _exitNode[_count] = exitNodeId;
        return FirstOverlayId + _count++;
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
