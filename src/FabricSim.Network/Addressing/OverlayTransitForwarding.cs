using FabricSim.Network.Packets;
using FabricSim.Network.Topology;

namespace FabricSim.Network.Addressing;

/// <summary>
/// Forwarding for a switch on the way of overlay circuits: packets in an overlay head for its exit router (over its
/// last hop, where it names one); all others keep the switch's previous policy.
/// </summary>
internal sealed class OverlayTransitForwarding(Node node, OverlayRegistry overlays, IForwardingPolicy inner) : IForwardingPolicy
{
    private OverlayEgress _overlays = new(node, overlays);

    public IForwardingPolicy Inner => inner;

    public NetworkInterface? SelectEgress(Packet packet) =>
        _overlays.TryGetEgress(packet.TunnelId, out var egress) ? egress : inner.SelectEgress(packet);
}
