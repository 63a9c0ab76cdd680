namespace FabricSim.Scenarios.Model;

public enum CloudProvider
{
    Aws,
    Azure,
    Google,
    Oracle,
    Ibm,
}
