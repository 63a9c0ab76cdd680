namespace FabricSim.Scenarios.Results;

/// <summary>What a node of a topology diagram stands for, in the product's own terms.</summary>
public enum TopologyNodeKind
{
    Site,
    Pop,
    Mcr,
    Mve,
    Cloud,
}
