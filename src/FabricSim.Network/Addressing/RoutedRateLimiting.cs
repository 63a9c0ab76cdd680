using FabricSim.Network.Packets;

namespace FabricSim.Network.Addressing;

/// <summary>
/// A router's transit conditioner that makes routed packets meet the rate limit of the adjacency their route
/// uses (a VXC's policer or shaper) before they go on to <paramref name="next"/>: the router's previous conditioner
/// (e.g. a cloud router's aggregate limit) or its forwarding. The route is looked up here and again when
/// forwarding; both see the same table, and a lookup is a few dozen nanoseconds.
/// </summary>
internal sealed class RoutedRateLimiting(RoutedForwarding routing, IPacketReceiver next) : IPacketReceiver
{
    public void Receive(Packet packet)
    {
        var (decision, adjacency) = routing.Resolve(packet);
        if (decision == RouteDecision.Adjacency && adjacency!.RateLimiter is { } limiter)
        {
            limiter.Receive(packet);
            return;
        }
        next.Receive(packet);
    }
}
