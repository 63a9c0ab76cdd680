using FabricSim.Engine.Time;
using FabricSim.Network.Queues;
using FabricSim.Network.Units;

namespace FabricSim.Network.Topology;

/// <summary>A full-duplex point-to-point link: two interfaces, one per direction, each with its own queue.</summary>
internal sealed class Link
{
    public const int EthernetMtuBytes = 1500;
    public const int JumboMtuBytes = 9100;

    private Link(int id, string name, NetworkInterface forward, NetworkInterface reverse)
    {
        Id = id;
        Name = name;
        Forward = forward;
        Reverse = reverse;
    }

    public int Id { get; }
    public string Name { get; }

    /// <summary>The direction from the first node to the second.</summary>
    public NetworkInterface Forward { get; }

    /// <summary>The direction from the second node to the first.</summary>
    public NetworkInterface Reverse { get; }

    public Node A => Forward.Owner;
    public Node B => Reverse.Owner;
    public DataRate Rate => Forward.Rate;
    public SimTime PropagationDelay => Forward.PropagationDelay;
    public bool IsUp => Forward.IsUp;

    /// <summary>Joins <paramref name="a"/> and <paramref name="b"/>; <paramref name="queueFactory"/> makes one queue per direction.</summary>
    public static Link Connect(int id, string name, Node a, Node b, DataRate rate, SimTime propagationDelay, int mtuBytes, Func<IPacketQueue> queueFactory)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(queueFactory);
        if (ReferenceEquals(a, b))
        {
            throw new ArgumentException($"A link cannot join {a.Name} to itself.", nameof(b));
        }
        var forward = new NetworkInterface(a, $"{name}:{a.Name}>{b.Name}", rate, propagationDelay, mtuBytes, queueFactory());
        var reverse = new NetworkInterface(b, $"{name}:{b.Name}>{a.Name}", rate, propagationDelay, mtuBytes, queueFactory());
        forward.Peer = reverse;
        reverse.Peer = forward;
        var link = new Link(id, name, forward, reverse);
        forward.Link = link;
        reverse.Link = link;
        return link;
    }

    /// <summary>Fails both directions; returns the packets lost at this instant.</summary>
    internal int Fail() => Forward.Fail() + Reverse.Fail();

    internal void Recover()
    {
        Forward.Recover();
        Reverse.Recover();
    }

    /// <summary>Both directions run at <paramref name="rate"/> from now on.</summary>
    internal void SetRate(DataRate rate)
    {
        Forward.SetRate(rate);
        Reverse.SetRate(rate);
    }

    public override string ToString() => Name;
}
