using FabricSim.Engine.Time;
using FabricSim.Network.Internet;
using FabricSim.Network.Packets;
using FabricSim.Network.Policing;
using FabricSim.Network.Topology;
using FabricSim.Network.Units;

namespace FabricSim.Network.Access;

/// <summary>
/// A connection from a router on the fabric to networks outside it: a Megaport Internet VXC (the public Internet) or
/// an IX connection (the peers at an exchange). Like a VXC it is policed at its rate limit in each direction; beyond
/// the policer each destination has its own path (<see cref="InternetPath"/>: base delay, jitter, loss), at whose
/// end the packet is handed to the destination's node. The way back crosses the destination's own path towards the
/// connection, then the inbound policer, then the router.
/// </summary>
internal sealed class ExternalConnection
{
    private readonly FabricContext _context;
    private readonly Dictionary<int, InternetPath> _outboundPaths = [];
    private readonly Policer _inbound;

    /// <param name="port">The port it rides when it starts at a site's router: it carries nothing while the port's link or PoP is down.</param>
    public ExternalConnection(FabricContext context, string name, Node router, DataRate rate, long burstBytes, AccessPort? port = null)
    {
        _context = context ?? throw new ArgumentNullException(nameof(context));
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Router = router ?? throw new ArgumentNullException(nameof(router));
        Rate = rate;
        IPacketReceiver toDestinations = new ByDestination(_outboundPaths);
        IPacketReceiver toRouter = router;
        if (port is not null)
        {
            toDestinations = new PortGate(port, context.Ledger, toDestinations);
            toRouter = new PortGate(port, context.Ledger, toRouter);
        }
        Outbound = new Policer(context.Simulator, context.Ledger, new TokenBucket(rate, burstBytes, context.Simulator.Now), toDestinations);
        _inbound = new Policer(context.Simulator, context.Ledger, new TokenBucket(rate, burstBytes, context.Simulator.Now), toRouter);
    }

    public string Name { get; }
    public Node Router { get; }
    public DataRate Rate { get; }

    /// <summary>Where the router hands packets for the connection's destinations: the outbound policer.</summary>
    public Policer Outbound { get; }

    /// <summary>Packets towards the router that the inbound policer dropped.</summary>
    public long InboundDropped => _inbound.PacketsDropped;

    /// <summary>
    /// Adds a destination reached over <paramref name="parameters"/>' path of <paramref name="baseDelay"/> each way, and
    /// returns the path back from it, which the destination's traffic towards the fabric enters. Random streams are
    /// named by connection and destination, so the order destinations are added in does not change the draws.
    /// </summary>
    public InternetPath Reach(Node destination, InternetPathParameters parameters, SimTime baseDelay)
    {
        ArgumentNullException.ThrowIfNull(destination);
        string to = $"{Name}/to-{destination.Name}";
        string from = $"{Name}/from-{destination.Name}";
        _outboundPaths[destination.Id] = new InternetPath(to, _context, parameters, baseDelay, _context.Random.Get("internet/" + to), destination);
        return new InternetPath(from, _context, parameters, baseDelay, _context.Random.Get("internet/" + from), _inbound);
    }

    /// <summary>Whether packets for this node leave through the connection.</summary>
    public bool Reaches(int nodeId) => _outboundPaths.ContainsKey(nodeId);

    /// <summary>A connection on a port is down with the port's link or its PoP: its packets are lost to the failure.</summary>
    private sealed class PortGate(AccessPort port, PacketLedger ledger, IPacketReceiver next) : IPacketReceiver
    {
        public void Receive(Packet packet)
        {
            if (port.Link.IsUp && port.Pop.IsUp)
            {
                next.Receive(packet);
                return;
            }
            ledger.Drop(packet, DropReason.Failure);
        }
    }

    private sealed class ByDestination(Dictionary<int, InternetPath> paths) : IPacketReceiver
    {
        public void Receive(Packet packet) => paths[packet.DestinationNodeId].Receive(packet);
    }
}
