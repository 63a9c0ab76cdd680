using FabricSim.Network.Packets;
using FabricSim.Network.Topology;

namespace FabricSim.Network.Addressing;

/// <summary>
/// A routing-table entry with several equal-cost next hops (ECMP). Each packet takes the member its flow hashes to,
/// so one flow keeps one path (no reordering) while different flows spread over all members, as routers and the
/// clouds' edges balance flows over equal BGP paths. The hash mixes in the router's own node id so that routers in
/// series do not all make the same choice (hash polarisation). A member that is down but not yet detected still
/// receives its flows, which are lost: the failover outage of those flows only.
/// </summary>
internal sealed class MultipathAdjacency : L3Adjacency
{
    private readonly L3Adjacency[] _members;
    private readonly ulong _routerSalt;

    public MultipathAdjacency(IReadOnlyList<L3Adjacency> members)
        : base(First(members).Local, First(members).Remote, string.Join("+", members.Select(m => m.Name)))
    {
        _members = [.. members];
        _routerSalt = Salt(Local.Id);
    }

    public IReadOnlyList<L3Adjacency> Members => _members;

    public override bool IsUp => Array.Exists(_members, m => m.IsUp);

    /// <summary>Never used: forwarding resolves a member with <see cref="Pick"/> first.</summary>
    public override NetworkInterface? Egress() => null;

    /// <summary>The member that carries <paramref name="packet"/>'s flow.</summary>
    public L3Adjacency Pick(Packet packet) => _members[Bucket(packet.FlowId, packet.SourceNodeId, packet.DestinationNodeId)];

    /// <summary>The member index of a flow at this router.</summary>
    internal int Bucket(int flowId, int sourceNodeId, int destinationNodeId) =>
        Bucket(flowId, sourceNodeId, destinationNodeId, _routerSalt, _members.Length);

    /// <summary>
    /// The member a flow takes at router <paramref name="routerNodeId"/> among <paramref name="members"/>: what the
    /// flow-level model asks to place each flow where the packets go.
    /// </summary>
    internal static int Bucket(int flowId, int sourceNodeId, int destinationNodeId, int routerNodeId, int members)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(members, 1);
        return Bucket(flowId, sourceNodeId, destinationNodeId, Salt(routerNodeId), members);
    }

    /// <summary>A SplitMix64 finaliser over flow id, ends and router, so no shared RNG is drawn.</summary>
    private static int Bucket(int flowId, int sourceNodeId, int destinationNodeId, ulong routerSalt, int members)
    {
        ulong x = ((ulong)(uint)flowId << 32 | (uint)sourceNodeId) ^ ((ulong)(uint)destinationNodeId << 16) ^ routerSalt;
        x = (x ^ (x >> 30)) * 0xBF58_476D_1CE4_E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D0_49BB_1331_11EBUL;
        x ^= x >> 31;
        return (int)(x % (ulong)members);
    }

    private static ulong Salt(int routerNodeId) => (ulong)(uint)routerNodeId * 0x9E37_79B9_7F4A_7C15UL;

    private static L3Adjacency First(IReadOnlyList<L3Adjacency> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        if (members.Count < 2)
        {
            throw new ArgumentException("A multipath entry has at least two members.", nameof(members));
        }
        return members[0];
    }
}
