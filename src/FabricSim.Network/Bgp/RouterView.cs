namespace FabricSim.Network.Bgp;

/// <summary>One router as the looking glass shows it: its sessions and its routing table.</summary>
public sealed record RouterView(string Node, long Asn, string RouterId, IReadOnlyList<SessionView> Sessions, IReadOnlyList<RouteView> Routes);
