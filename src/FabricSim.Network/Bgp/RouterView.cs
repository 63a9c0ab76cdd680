using FabricSim.Engine.Time;

namespace FabricSim.Network.Bgp;

/// <summary>One router as the looking glass shows it: its sessions and its routing table.</summary>
public sealed record RouterView(string Node, long Asn, string RouterId, IReadOnlyList<SessionView> Sessions, IReadOnlyList<RouteView> Routes);

/// <summary>
/// One session from the router's side. <see cref="Since"/> is how long it has been in its state (the Up/Down
/// column of router CLIs). Received counts what the peer sent; accepted what passed import policy.
/// </summary>
public sealed record SessionView(string Peer, long PeerAsn, string Via, BgpSessionState State, SimTime Since,
    int PrefixesReceived, int PrefixesAccepted, int PrefixesAdvertised, bool Bfd, string? LastDownReason);

/// <summary>One candidate route; <see cref="IsBest"/> marks the one forwarding uses.</summary>
public sealed record RouteView(string Prefix, bool IsBest, string NextHop, string From, long? Med, long LocalPreference, string AsPath, RouteSource Source);
