namespace FabricSim.Scenarios.Generation;

internal enum GeneratedElementKind
{
    Port,
    Mcr,
    Vxc,
}
