using FabricSim.Network.Packets;

namespace FabricSim.Network.Mve;

/// <summary>
/// One way out of an SD-WAN edge (a VXC, a plain Internet path, an IPsec tunnel): where its packets go and the
/// probe that measures it. Transports are listed cheapest first; that order is the steering preference.
/// </summary>
internal sealed record MveTransport(string Name, IPacketReceiver Entry, IPathProbe Probe);
