using FabricSim.Network.Packets;
using FabricSim.Network.Topology;

namespace FabricSim.Network.Addressing;

/// <summary>Two routers joined directly by a link (a cross-connect, or a VXC modelled as its own link).</summary>
internal sealed class LinkAdjacency : L3Adjacency
{
    private readonly NetworkInterface _egress;

    public LinkAdjacency(Link link, bool fromA)
        : base(Side(link, fromA).Owner, Side(link, fromA).Peer.Owner, link.Name)
    {
        _egress = Side(link, fromA);
    }

    public override bool IsUp => _egress.IsUp && Local.IsUp && Remote.IsUp;

    public override NetworkInterface? Egress() => _egress;

    /// <summary>A packet that came out of an overlay (a VXC into a cloud's edge) goes on over the plain link as itself.</summary>
    internal override void Mark(Packet packet) => packet.TunnelId = 0;

    private static NetworkInterface Side(Link link, bool fromA)
    {
        ArgumentNullException.ThrowIfNull(link);
        return fromA ? link.Forward : link.Reverse;
    }
}
