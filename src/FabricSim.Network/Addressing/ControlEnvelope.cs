namespace FabricSim.Network.Addressing;

/// <summary>Receives control-plane messages addressed to it (a BGP session end, a BFD session end, a probe reflector).</summary>
public interface IControlEndpoint
{
    void Deliver(object message);
}

/// <summary>
/// What a control packet carries in <see cref="Packets.Packet.Control"/>: the message and the protocol endpoint at
/// the destination node it is for, like a socket pair.
/// </summary>
public sealed record ControlEnvelope(IControlEndpoint Destination, object Message);
