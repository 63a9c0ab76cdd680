using FabricSim.Engine.Time;
using FabricSim.Network.Addressing;

namespace FabricSim.Network.Bgp;

/// <summary>
/// Opens a session: who the sender is and the hold time it proposes. An OPEN stands for the TCP connection and the
/// OPEN sent on it; <paramref name="IsReply"/> marks the one sent back on a connection the peer opened, which is
/// never answered with another OPEN, so two ends that open at once settle instead of answering each other forever.
/// </summary>
internal sealed record BgpOpen(long Asn, Ipv4Address RouterId, SimTime HoldTime, bool IsReply = false) : BgpMessage
{
    public override int SizeBytes => HeaderBytes + 10;
}
