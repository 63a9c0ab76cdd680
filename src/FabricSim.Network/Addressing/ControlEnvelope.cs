namespace FabricSim.Network.Addressing;

/// <summary>
/// What a control packet carries in <see cref="Packets.Packet.Control"/>: the message and the protocol endpoint at
/// the destination node it is for, like a socket pair.
/// </summary>
internal sealed record ControlEnvelope(IControlEndpoint Destination, object Message);
