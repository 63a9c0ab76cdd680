using FabricSim.Network.Addressing;
using FabricSim.Network.Topology;
using FabricSim.Network.Packets;

namespace FabricSim.Network.Ipsec;

/// <summary>
/// The two gateways of an IPsec VPN as layer-3 neighbours: BGP runs over the tunnels, and routed packets whose best
/// route is the VPN enter its tunnels at <see cref="L3Adjacency.Local"/> and come out at <see cref="L3Adjacency.Remote"/>,
/// which forwards them on. The VPN is then one more path between its ends, beside any VXC joining them: routing
/// chooses, and moves traffic when either fails.
/// </summary>
internal sealed class IpsecAdjacency : L3Adjacency
{
    private readonly IpsecVpnConnection _vpn;
    private readonly IPacketReceiver _entrance;

    internal IpsecAdjacency(IpsecVpnConnection vpn, Node local)
        : base(local, ReferenceEquals(local, vpn.Site) ? vpn.Cloud : vpn.Site, vpn.Name)
    {
        _vpn = vpn;
        _entrance = vpn.EntranceAt(local);
    }

    /// <summary>Some tunnel's path carries packets and both gateways are up.</summary>
    public override bool IsUp => Local.IsUp && Remote.IsUp && _vpn.AnyTunnelUp;

    /// <summary>The tunnels leave through no interface of the node.</summary>
    public override NetworkInterface? Egress() => null;

    internal override IPacketReceiver? Entrance => _entrance;
}
