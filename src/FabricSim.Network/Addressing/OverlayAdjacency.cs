using FabricSim.Network.Access;
using FabricSim.Network.Packets;
using FabricSim.Network.Topology;

namespace FabricSim.Network.Addressing;

/// <summary>
/// Two routers joined by a virtual circuit across switches that know nothing of routed prefixes (a VXC over the
/// provider backbone). Routed packets are marked with the overlay's id so the switches on the way carry them to
/// <see cref="L3Adjacency.Remote"/> rather than along their own shortest path to the final destination, which
/// could bypass the router. The circuit follows the backbone's current shortest path to the remote router and,
/// for a VXC, enforces the VXC's rate limit on the routed packets it carries with the VXC's own limiter. A VXC end on
/// a port leaves and arrives over that port's link, never over another port of the same site.
/// </summary>
internal sealed class OverlayAdjacency : L3Adjacency
{
    private readonly Func<bool> _circuitUp;
    private readonly Vxc? _vxc;

    /// <summary>The port link a VXC leaves by at this end, if it rides one.</summary>
    private readonly NetworkInterface? _portOut;

    /// <summary>Where the circuit heads through the backbone: the far end, or the PoP of the far end's port.</summary>
    private readonly Node? _towards;

    internal OverlayAdjacency(Node local, Node remote, string name, int overlayId, Func<bool> circuitUp)
        : base(local, remote, name)
    {
        OverlayId = overlayId;
        _circuitUp = circuitUp ?? throw new ArgumentNullException(nameof(circuitUp));
    }

    internal OverlayAdjacency(Vxc vxc, Node local, int overlayId)
        : this(local, ReferenceEquals(local, vxc.EndpointA) ? vxc.EndpointB : vxc.EndpointA, vxc.Name, overlayId, () => vxc.IsUp)
    {
        _vxc = vxc;
        _portOut = vxc.PortOut(local);
        _towards = vxc.PortInto(Remote)?.Owner ?? Remote;
    }

    public int OverlayId { get; }

    public override bool IsUp => _circuitUp() && Local.IsUp && Remote.IsUp;

    public override NetworkInterface? Egress() => _portOut ?? Local.Routes.NextHop((_towards ?? Remote).Id);

    internal override void Mark(Packet packet) => packet.TunnelId = OverlayId;

    internal override IPacketReceiver? CreateRateLimiter(IPacketReceiver downstream) => _vxc?.CreateLimiter(Local, downstream);
}
