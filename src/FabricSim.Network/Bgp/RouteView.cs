namespace FabricSim.Network.Bgp;

/// <summary>One candidate route; <see cref="IsBest"/> marks the one forwarding uses.</summary>
public sealed record RouteView(string Prefix, bool IsBest, string NextHop, string From, long? Med, long LocalPreference, string AsPath, RouteSource Source);
