using FabricSim.Network.Units;

namespace FabricSim.Scenarios.Model;

/// <summary>Whether a VPN gateway's limits bind each tunnel or the gateway as a whole.</summary>
public enum VpnLimitScope
{
    Tunnel,
    Gateway,
}

/// <summary>
/// What one kind of cloud VPN gateway forwards, per direction: a bit rate and, where published, a packet rate, per
/// tunnel or for the gateway; and whether it spreads flows over several tunnels (ECMP) or keeps one active.
/// </summary>
public sealed record VpnGatewayLimits(
    CloudProvider Provider,
    string Type,
    string Sku,
    DataRate Rate,
    double? PacketsPerSecond,
    VpnLimitScope Scope,
    bool Ecmp,
    string Source,
    string Date)
{
    /// <summary>"aws transit_gateway large" and the like, for messages and reports.</summary>
    public string Label => $"{Provider.ToString().ToLowerInvariant()} {Type} {Sku}";

    /// <summary>The most a connection with <paramref name="tunnels"/> tunnels carries each way: one tunnel's limit unless ECMP spreads flows.</summary>
    public DataRate ConnectionRate(int tunnels) =>
        Ecmp && Scope == VpnLimitScope.Tunnel ? new DataRate(checked(Rate.BitsPerSecond * tunnels)) : Rate;
}
