using FabricSim.Network.Addressing;

namespace FabricSim.Network.Bgp;

/// <summary>One reachable prefix with its attributes; a value, so an UPDATE's routes are one array, not an object each.</summary>
internal readonly record struct BgpAnnouncement(Ipv4Prefix Prefix, BgpPathAttributes Attributes);
