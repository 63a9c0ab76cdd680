using FabricSim.Engine.Time;
using FabricSim.Network.Addressing;

namespace FabricSim.Network.Bgp;

/// <summary>Opens a session: who the sender is and the hold time it proposes.</summary>
internal sealed record BgpOpen(long Asn, Ipv4Address RouterId, SimTime HoldTime) : BgpMessage
{
    public override int SizeBytes => HeaderBytes + 10;
}
