namespace FabricSim.Network.Topology;

/// <summary>
/// Hands out every number a fabric's parts are known by, so no two parts can collide: nodes and links (dense from 0,
/// they index arrays), flows (dense from 0; traffic flows first, then the control-plane flow, then TCP connections),
/// and the circuit ids packets carry in <see cref="Packets.Packet.TunnelId"/>: VXCs from 1, IPsec tunnels from
/// <see cref="FirstTunnelId"/>, routed overlays from <see cref="FirstOverlayId"/> (0 means "no circuit").
/// </summary>
internal sealed class IdAllocator
{
    public const int FirstVxcId = 1;
    public const int FirstTunnelId = 100_000;
    public const int FirstOverlayId = 1 << 24;

    private int _nextNode;
    private int _nextLink;
    private int _nextFlow;
    private int _nextVxc = FirstVxcId;
    private int _nextTunnel = FirstTunnelId;
    private int _nextOverlay = FirstOverlayId;

    public int Nodes => _nextNode;
    public int Flows => _nextFlow;

    public int NextNode() => _nextNode++;

    public int NextLink() => _nextLink++;

    public int NextFlow() => _nextFlow++;

    public int NextVxc() => Next(ref _nextVxc, 1, FirstTunnelId, "VXC");

    /// <summary>The first of <paramref name="count"/> consecutive tunnel ids (one VPN's tunnels).</summary>
    public int NextTunnels(int count) => Next(ref _nextTunnel, count, FirstOverlayId, "IPsec tunnel");

    public int NextOverlay() => Next(ref _nextOverlay, 1, int.MaxValue, "overlay");

    private static int Next(ref int next, int count, int limit, string what)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        if (next > limit - count)
        {
            throw new InvalidOperationException($"A fabric has room for no more {what} ids.");
        }
        int first = next;
        next += count;
        return first;
    }
}
