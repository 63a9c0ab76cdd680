namespace FabricSim.Network.Traffic;

/// <summary>Traffic logic that lives at endpoints beyond a simple source/sink pair (request/response, later TCP).</summary>
public interface IEndpointApplication
{
    string Name { get; }

    void Activate();

    void ResetStatistics();
}
