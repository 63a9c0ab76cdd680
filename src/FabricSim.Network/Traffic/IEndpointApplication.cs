namespace FabricSim.Network.Traffic;

/// <summary>Traffic logic that lives at endpoints beyond a simple source/sink pair (request/response, later TCP).</summary>
internal interface IEndpointApplication
{
    string Name { get; }

    void Activate();

    void ResetStatistics();
}
