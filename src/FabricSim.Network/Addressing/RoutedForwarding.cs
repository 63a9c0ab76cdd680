using FabricSim.Network.Packets;
using FabricSim.Network.Topology;

namespace FabricSim.Network.Addressing;

/// <summary>
/// A router's forwarding: the destination node's address is matched in the routing table (longest prefix) and the
/// packet leaves over the adjacency of the best route (with equal-cost paths, the one its flow hashes to). Destinations without an address, and prefixes the router
/// reaches directly (its connected networks), keep the previous policy. A route over an adjacency that is down
/// but not yet detected drops the packet: that loss is the failover outage.
/// </summary>
internal sealed class RoutedForwarding : IForwardingPolicy
{
    private readonly AddressPlan _addresses;
    private OverlayEgress _overlays;
    private readonly PrefixTrie<L3Adjacency> _table;
    private readonly L3Adjacency _connected;
    private NetworkInterface? _overlayEgress;
    private L3Adjacency?[] _routeByDestination = [];
    private long _tableVersion = -1;
    private long _addressesVersion = -1;

    public RoutedForwarding(Node node, AddressPlan addresses, OverlayRegistry overlays, PrefixTrie<L3Adjacency> table,
        L3Adjacency connected, IForwardingPolicy inner)
    {
        _addresses = addresses;
        _overlays = new OverlayEgress(node, overlays);
        _table = table;
        _connected = connected;
        Inner = inner;
    }

    public IForwardingPolicy Inner { get; }

    public NetworkInterface? SelectEgress(Packet packet)
    {
        var (decision, adjacency) = Resolve(packet);
        switch (decision)
        {
            case RouteDecision.OverlayTransit:
                return _overlayEgress;
            case RouteDecision.Fallback:
                return Inner.SelectEgress(packet);
            case RouteDecision.NoRoute:
                return null;
        }
        NetworkInterface? egress = adjacency!.IsUp ? adjacency.Egress() : null;
        if (egress is not null)
        {
            adjacency.Mark(packet);
        }
        return egress;
    }

    /// <summary>Where the routing table sends <paramref name="packet"/>; the adjacency is set for <see cref="RouteDecision.Adjacency"/>.</summary>
    internal (RouteDecision Decision, L3Adjacency? Adjacency) Resolve(Packet packet)
    {
        if (_overlays.TryGetEgress(packet.TunnelId, out var overlayEgress))
        {
            _overlayEgress = overlayEgress;
            return (RouteDecision.OverlayTransit, null);
        }
        if (!_addresses.TryGetAddress(packet.DestinationNodeId, out var address))
        {
            return (RouteDecision.Fallback, null);
        }
        L3Adjacency? adjacency = Route(packet.DestinationNodeId, address);
        if (adjacency is null)
        {
            return (RouteDecision.NoRoute, null);
        }
        if (adjacency is MultipathAdjacency multipath)
        {
            adjacency = multipath.Pick(packet);
        }
        return ReferenceEquals(adjacency, _connected) ? (RouteDecision.Fallback, null) : (RouteDecision.Adjacency, adjacency);
    }

    /// <summary>
    /// The table's entry for the destination node's address, remembered per node until the table or the address plan
    /// changes: a longest-prefix match walks up to 32 trie levels, whose cost grew with the fabric's address plan, while
    /// the tables stay put between routing events and every packet to one node matches the same entry.
    /// </summary>
    private L3Adjacency? Route(int destinationNodeId, Ipv4Address address)
    {
        if (_table.Version != _tableVersion || _addresses.Version != _addressesVersion)
        {
            Array.Clear(_routeByDestination);
            _tableVersion = _table.Version;
            _addressesVersion = _addresses.Version;
        }
        if ((uint)destinationNodeId < (uint)_routeByDestination.Length && _routeByDestination[destinationNodeId] is { } known)
        {
            return known;
        }
        var found = _table.Lookup(address);
        if (found is not null)
        {
            if (destinationNodeId >= _routeByDestination.Length)
            {
                Array.Resize(ref _routeByDestination, Math.Max(destinationNodeId + 1, 2 * _routeByDestination.Length));
            }
            _routeByDestination[destinationNodeId] = found;
        }
        return found;
    }
}
