using FabricSim.Network.Geography;
using FabricSim.Network.Packets;

namespace FabricSim.Network.Topology;

/// <summary>
/// A forwarding element. A packet handed to it is delivered locally when addressed to it and otherwise forwarded
/// out of the interface its <see cref="Forwarding"/> policy selects (by default the shortest-path table).
/// </summary>
internal class Node : IPacketReceiver
{
    private readonly List<NetworkInterface> _interfaces = [];
    private readonly PacketLedger _ledger;

    public Node(FabricContext context, int id, string name, NodeKind kind, GeoLocation location)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentOutOfRangeException.ThrowIfNegative(id);
        Context = context;
        _ledger = context.Ledger;
        Id = id;
        Name = name;
        Kind = kind;
        Location = location;
        Routes = new ForwardingTable();
        Forwarding = Routes;
        ForwardingStage = new ForwardOnly(this);
    }

    public FabricContext Context { get; }
    public int Id { get; }
    public string Name { get; }
    public NodeKind Kind { get; }
    public GeoLocation Location { get; }
    public IReadOnlyList<NetworkInterface> Interfaces => _interfaces;
    public bool IsUp { get; private set; } = true;

    /// <summary>
    /// Whether the fabric's shortest paths may cross this node. A cloud region reached over several edges joins them,
    /// but the provider's backbone paths (a VXC's, say) never run through a cloud.
    /// </summary>
    public bool CarriesTransit { get; init; } = true;

    /// <summary>The table the shortest-path computation fills in; kept even when another policy is installed.</summary>
    public ForwardingTable Routes { get; }

    /// <summary>How transit packets choose their egress; replace it to install e.g. a BGP-derived table.</summary>
    public IForwardingPolicy Forwarding { get; set; }

    /// <summary>Where packets addressed to this node go (a flow demultiplexer, a protocol stack).</summary>
    public IPacketReceiver? LocalDelivery { get; set; }

    /// <summary>
    /// Applied to every transit packet before forwarding, e.g. a cloud router's aggregate rate limit. It must pass
    /// the packets it lets through to <see cref="ForwardingStage"/>.
    /// </summary>
    public IPacketReceiver? TransitConditioner { get; set; }

    /// <summary>Forwards without local delivery or conditioning: the downstream of a <see cref="TransitConditioner"/>.</summary>
    public IPacketReceiver ForwardingStage { get; }

    /// <summary>Packets this node handed to an egress interface.</summary>
    public long PacketsForwarded { get; private set; }

    /// <summary>Accepts a packet arriving over a link or injected by a local source.</summary>
    public void Receive(Packet packet)
    {
        if (!IsUp)
        {
            _ledger.Drop(packet, DropReason.Failure);
            return;
        }
        if (packet.DestinationNodeId == Id)
        {
            if (LocalDelivery is { } local)
            {
                local.Receive(packet);
            }
            else
            {
                _ledger.Drop(packet, DropReason.NoRoute);
            }
            return;
        }
        if (TransitConditioner is { } conditioner)
        {
            conditioner.Receive(packet);
            return;
        }
        Forward(packet);
    }

    /// <summary>Sends a transit packet on towards its destination, bypassing local delivery and conditioning.</summary>
    public void Forward(Packet packet)
    {
        NetworkInterface? egress = Forwarding.SelectEgress(packet);
        if (egress is null)
        {
            _ledger.Drop(packet, DropReason.NoRoute);
            return;
        }
        PacketsForwarded++;
        egress.Send(packet);
    }

    internal void Attach(NetworkInterface networkInterface) => _interfaces.Add(networkInterface);

    /// <summary>Takes the node down (its interfaces fail with it) or brings it back.</summary>
    internal void SetUp(bool up)
    {
        IsUp = up;
    }

    public override string ToString() => $"{Name} ({Kind})";

    private sealed class ForwardOnly(Node node) : IPacketReceiver
    {
        public void Receive(Packet packet) => node.Forward(packet);
    }
}
