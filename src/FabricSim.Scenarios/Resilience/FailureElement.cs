namespace FabricSim.Scenarios.Resilience;

/// <summary>
/// One thing in an option that can fail on its own: Takes lists what goes down with it (VXC names, VPN tunnels
/// "vpn/tunnelN", MVE names and MVE transports "mve/transport"); Pop and Metro place it for the shared-risk groups.
/// </summary>
internal sealed record FailureElement(string Name, FailureElementKind Kind, string? Pop, string? Metro, string? DiversityZone, IReadOnlySet<string> Takes);
