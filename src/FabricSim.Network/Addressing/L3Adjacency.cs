using FabricSim.Network.Packets;
using FabricSim.Network.Topology;

namespace FabricSim.Network.Addressing;

/// <summary>
/// A layer-3 neighbour relationship: how <see cref="Local"/> reaches the router <see cref="Remote"/> over one
/// transport (a link, a VXC, a tunnel). Routing protocols send their messages over it and the routing table
/// points routes at it. While the transport is down, whatever is sent is lost, exactly as on a real black hole:
/// routers only find out through their protocol timers.
/// </summary>
internal abstract class L3Adjacency
{
    private readonly PacketLedger _ledger;

    protected L3Adjacency(Node local, Node remote, string name)
    {
        Local = local ?? throw new ArgumentNullException(nameof(local));
        Remote = remote ?? throw new ArgumentNullException(nameof(remote));
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        _ledger = local.Context.Ledger;
    }

    public Node Local { get; }
    public Node Remote { get; }
    public string Name { get; }

    /// <summary>Whether the transport itself carries packets now (not whether any protocol has noticed).</summary>
    public abstract bool IsUp { get; }

    /// <summary>The interface a packet for the remote router leaves by; null when the transport is down or unroutable.</summary>
    public abstract NetworkInterface? Egress();

    /// <summary>Prepares a routed data packet to travel to <see cref="Remote"/> (e.g. marks it for an overlay).</summary>
    internal virtual void Mark(Packet packet)
    {
    }

    /// <summary>
    /// The way into a transport that is not one of the node's interfaces (an IPsec tunnel over the Internet): routed
    /// and control packets are handed to it whole; null when the adjacency leaves by <see cref="Egress"/>.
    /// </summary>
    internal virtual IPacketReceiver? Entrance => null;

    /// <summary>The rate limit routed packets meet before they take this adjacency (a VXC's policer), if any.</summary>
    internal IPacketReceiver? RateLimiter { get; set; }

    /// <summary>Builds the rate limiter for routed packets, passing conforming ones to <paramref name="downstream"/>; null when unlimited.</summary>
    internal virtual IPacketReceiver? CreateRateLimiter(IPacketReceiver downstream) => null;

    /// <summary>Sends a packet addressed to the remote router straight onto the transport, bypassing the routing table.</summary>
    internal void Send(Packet packet)
    {
        if (Entrance is { } entrance && IsUp)
        {
            entrance.Receive(packet);
            return;
        }
        NetworkInterface? egress = IsUp ? Egress() : null;
        if (egress is null)
        {
            _ledger.Drop(packet, DropReason.Failure);
            return;
        }
        Mark(packet);
        egress.Send(packet);
    }

    public override string ToString() => Name;
}
