using FabricSim.Engine.Time;
using FabricSim.Network.Access;
using FabricSim.Network.Built;
using FabricSim.Network.Geography;
using FabricSim.Network.Internet;
using FabricSim.Network.Packets;
using FabricSim.Network.Topology;

namespace FabricSim.Network.Building;

/// <summary>
/// Attaches a fabric's Internet VXCs and IX connections (<see cref="ExternalConnection"/>) to the routers at their
/// ends. At an MCR the connection starts at the MCR; at a Port it starts at the site's router and its paths include
/// the port's access circuit to the PoP. The router hands packets for a connection's destinations to it before
/// forwarding anything else; each destination sends its own traffic back over the first connection that reaches it.
/// </summary>
/// <remarks>
/// The port's access link and the MCR's aggregate limit are not on this path: Megaport offers neither connection
/// faster than the Port or MCR it rides, and the policer at the connection's rate is the limit traffic meets.
/// </remarks>
internal static class ExternalConnectionAssembly
{
    /// <summary>Each router and a destination whose networks it announces, learnt from the Internet or an exchange.</summary>
    public static IEnumerable<(string Router, string Destination)> Announced(FabricDescription description) =>
        description.InternetVxcs.SelectMany(v => v.Destinations.Select(d => (RouterOf(description, v.End), d)))
            .Concat(description.IxConnections.SelectMany(ix => ix.Peers.Select(p => (RouterOf(description, ix.Port), p))));

    public static IReadOnlyList<ExternalConnection> Attach(Fabric fabric, FabricDescription description)
    {
        var connections = new List<ExternalConnection>();
        foreach (var vxc in description.InternetVxcs)
        {
            var (connection, pop, access) = Connect(fabric, description, vxc.Name, vxc.End, vxc.Rate, vxc.BurstBytes);
            foreach (string destination in vxc.Destinations)
            {
                Node node = fabric.Node(destination);
                Receive(node, connection.Reach(node, vxc.Internet, access + vxc.Internet.BaseDelay(pop, node.Location)));
            }
            connections.Add(connection);
        }
        // The exchange switches within the metro: a peer is its own access circuit away, without Internet loss or jitter.
        var exchange = new InternetPathParameters();
        foreach (var ix in description.IxConnections)
        {
            var (connection, pop, access) = Connect(fabric, description, ix.Name, ix.Port, ix.Rate, ix.BurstBytes);
            foreach (string peer in ix.Peers)
            {
                Node node = fabric.Node(peer);
                Receive(node, connection.Reach(node, exchange, access + FabricAssembler.AccessDelay(description, node.Location, pop)));
            }
            connections.Add(connection);
        }
        foreach (var atRouter in connections.GroupBy(c => c.Router))
        {
            Node router = atRouter.Key;
            router.TransitConditioner = new LeavingTheFabric([.. atRouter], router.TransitConditioner ?? router.ForwardingStage);
        }
        return connections;
    }

    private static string RouterOf(FabricDescription description, string end) => description.FindPort(end)?.Site ?? end;

    private static (ExternalConnection Connection, GeoLocation Pop, SimTime Access) Connect(Fabric fabric, FabricDescription description, string name,
        string end, Units.DataRate rate, long? burstBytes)
    {
        Node router = fabric.Node(RouterOf(description, end));
        long burst = burstBytes ?? FabricBuilder.DefaultVxcBurstBytes(rate);
        if (description.FindPort(end) is { } port)
        {
            var pop = description.FindPop(port.Pop)!.Location;
            var onPort = new ExternalConnection(fabric.Context, name, router, rate, burst, fabric.Ports.Single(p => p.Name == port.Name));
            return (onPort, pop, FabricAssembler.AccessDelay(description, router.Location, pop));
        }
        return (new ExternalConnection(fabric.Context, name, router, rate, burst), router.Location, SimTime.Zero);
    }

    /// <summary>A destination sends everything it does not deliver itself back over its first connection.</summary>
    private static void Receive(Node destination, InternetPath back) => destination.TransitConditioner ??= back;

    /// <summary>Packets for a connection's destinations leave through it; all others go on as before.</summary>
    private sealed class LeavingTheFabric(ExternalConnection[] connections, IPacketReceiver next) : IPacketReceiver
    {
        public void Receive(Packet packet)
        {
            foreach (var connection in connections)
            {
                if (connection.Reaches(packet.DestinationNodeId))
                {
                    connection.Outbound.Receive(packet);
                    return;
                }
            }
            next.Receive(packet);
        }
    }
}
