namespace FabricSim.Scenarios.Resilience;

/// <summary>What kind of thing fails: each kind has its own MTBF and MTTR in the catalog.</summary>
public enum FailureElementKind
{
    Port,
    Vxc,
    Mcr,
    Mve,
    CloudEdge,
    VpnGateway,
    VpnTunnel,
    InternetPath,
    Pop,
}
