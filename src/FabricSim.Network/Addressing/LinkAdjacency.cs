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

    private static NetworkInterface Side(Link link, bool fromA)
    {
        ArgumentNullException.ThrowIfNull(link);
        return fromA ? link.Forward : link.Reverse;
    }
}
