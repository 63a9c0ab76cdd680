using FabricSim.Network.Packets;

namespace FabricSim.Network.Addressing;

/// <summary>
/// A router's transit conditioner, ahead of <paramref name="next"/> (its previous conditioner, e.g. a cloud
/// router's aggregate limit, or its forwarding). Packets whose route uses an adjacency that is down but not yet
/// detected are lost to the failure (a black hole, not a missing route); packets whose adjacency has a rate limit
/// (a VXC's policer or shaper) meet it; packets whose adjacency is a tunnel enter it here. The route is looked up here and again when forwarding; both see the same
/// table, and a lookup is a few dozen nanoseconds.
/// </summary>
internal sealed class RoutedIngress(RoutedForwarding routing, IPacketReceiver next, PacketLedger ledger) : IPacketReceiver
{
    public void Receive(Packet packet)
    {
        var (decision, adjacency) = routing.Resolve(packet);
        if (decision == RouteDecision.Adjacency)
        {
            if (!adjacency!.IsUp)
            {
                ledger.Drop(packet, DropReason.Failure);
                return;
            }
            if (adjacency.Entrance is { } tunnel)
            {
                tunnel.Receive(packet);
                return;
            }
            if (adjacency.RateLimiter is { } limiter)
            {
                limiter.Receive(packet);
                return;
            }
        }
        next.Receive(packet);
    }
}
