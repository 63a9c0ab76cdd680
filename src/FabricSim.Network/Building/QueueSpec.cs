using FabricSim.Network.Qos;
using FabricSim.Network.Queues;
using FabricSim.Network.Topology;

namespace FabricSim.Network.Building;

/// <summary>
/// A recipe for an egress queue, so one description can equip every interface of a link or a fabric with its own
/// instance. RED draws from the stream "red/&lt;interface&gt;".
/// </summary>
public abstract record QueueSpec
{
    internal abstract IPacketQueue Create(FabricContext context, string interfaceName);

    public static QueueSpec DropTail(QueueLimit limit) => new DropTailSpec(limit);

    public static QueueSpec DropTailPackets(int maxWaitingPackets) => new DropTailSpec(QueueLimit.Packets(maxWaitingPackets));

    public static QueueSpec Red(RedParameters parameters) => new RedSpec(parameters);

    public static QueueSpec StrictPriority(QueueLimit limitPerClass) => new StrictPrioritySpec(limitPerClass);

    public static QueueSpec DeficitRoundRobin(IReadOnlyList<double> weights, long baseQuantumBytes, QueueLimit limitPerClass) =>
        new DeficitRoundRobinSpec(weights, baseQuantumBytes, limitPerClass);

    private sealed record DropTailSpec(QueueLimit Limit) : QueueSpec
    {
        internal override IPacketQueue Create(FabricContext context, string interfaceName) => new DropTailQueue(Limit);
    }

    private sealed record RedSpec(RedParameters Parameters) : QueueSpec
    {
        internal override IPacketQueue Create(FabricContext context, string interfaceName)
        {
            ArgumentNullException.ThrowIfNull(context);
            return new RedQueue(Parameters, context.Random.Get("red/" + interfaceName));
        }
    }

    private sealed record StrictPrioritySpec(QueueLimit LimitPerClass) : QueueSpec
    {
        internal override IPacketQueue Create(FabricContext context, string interfaceName) => new StrictPriorityQueue(LimitPerClass);
    }

    private sealed record DeficitRoundRobinSpec(IReadOnlyList<double> Weights, long BaseQuantumBytes, QueueLimit LimitPerClass) : QueueSpec
    {
        internal override IPacketQueue Create(FabricContext context, string interfaceName) =>
            new DeficitRoundRobinQueue(Weights, BaseQuantumBytes, LimitPerClass);
    }
}
