using FabricSim.Engine.Time;

namespace FabricSim.Network.Bgp;

/// <summary>
/// One session from the router's side. <see cref="Since"/> is how long it has been in its state (the Up/Down
/// column of router CLIs). Received counts what the peer sent; accepted what passed import policy.
/// </summary>
public sealed record SessionView(string Peer, long PeerAsn, string Via, BgpSessionState State, SimTime Since,
    int PrefixesReceived, int PrefixesAccepted, int PrefixesAdvertised, bool Bfd, string? LastDownReason);
