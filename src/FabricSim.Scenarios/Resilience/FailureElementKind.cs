namespace FabricSim.Scenarios.Resilience;

/// <summary>What kind of thing fails: each kind has its own MTBF and MTTR in the catalog.</summary>
public enum FailureElementKind
{
    Port,

    /// <summary>One physical member of a LAG port: its failure lowers the port's capacity; all members' cuts it.</summary>
    LagMember,
    Vxc,
    Mcr,
    Mve,
    CloudEdge,
    VpnGateway,
    VpnTunnel,
    InternetPath,
    Pop,
}
