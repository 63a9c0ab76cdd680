namespace FabricSim.Network.Addressing;

/// <summary>Receives control-plane messages addressed to it (a BGP session end, a BFD session end, a probe reflector).</summary>
internal interface IControlEndpoint
{
    void Deliver(object message);
}
