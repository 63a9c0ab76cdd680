namespace FabricSim.Scenarios.Resilience;

/// <summary>
/// One thing in an option that can fail on its own: Takes lists what goes down with it (VXC names, VPN tunnels
/// "vpn/tunnelN", MVE names and MVE transports "mve/transport"); Pop and Metro place it for the shared-risk groups.
/// </summary>
internal sealed record FailureElement(string Name, FailureElementKind Kind, string? Pop, string? Metro, string? DiversityZone, IReadOnlySet<string> Takes)
{
    /// <summary>For a LAG member: its port, how many members it has and what the port takes when all are down.</summary>
    public LagBundle? Lag { get; init; }
}

/// <summary>A LAG port as its members see it: down, with what it carries, only when every member is.</summary>
internal sealed record LagBundle(string Port, int Members, IReadOnlySet<string> PortTakes);
