using FabricSim.Network.Addressing;

namespace FabricSim.Network.Bgp;

/// <summary>One reachable prefix with its attributes.</summary>
internal sealed record BgpAnnouncement(Ipv4Prefix Prefix, BgpPathAttributes Attributes);
