using FabricSim.Engine.Time;
using FabricSim.Network.Access;
using FabricSim.Network.Failures;
using FabricSim.Network.Topology;

namespace FabricSim.Network.Availability;

/// <summary>An element that can fail: a link or port, a node (a whole PoP, a router) or a VXC.</summary>
internal abstract class FailureTarget
{
    private FailureTarget(string name) => Name = name;

    public string Name { get; }

    internal abstract void Schedule(FailureInjector injector, SimTime at, SimTime duration);

    public static FailureTarget Of(Link link) => new LinkTarget(link ?? throw new ArgumentNullException(nameof(link)));

    public static FailureTarget Of(AccessPort port) => Of((port ?? throw new ArgumentNullException(nameof(port))).Link);

    /// <summary>Member <paramref name="member"/> (1-based) of a LAG port: its failure lowers the port's rate.</summary>
    public static FailureTarget OfMember(AccessPort port, int member) =>
        new LagMemberTarget(port ?? throw new ArgumentNullException(nameof(port)), member);

    public static FailureTarget Of(Node node) => new NodeTarget(node ?? throw new ArgumentNullException(nameof(node)));

    public static FailureTarget Of(Vxc vxc) => new VxcTarget(vxc ?? throw new ArgumentNullException(nameof(vxc)));

    public override string ToString() => Name;

    private sealed class LinkTarget(Link link) : FailureTarget(link.Name)
    {
        internal override void Schedule(FailureInjector injector, SimTime at, SimTime duration) => injector.ScheduleLinkFailure(link, at, duration);
    }

    private sealed class NodeTarget(Node node) : FailureTarget(node.Name)
    {
        internal override void Schedule(FailureInjector injector, SimTime at, SimTime duration) => injector.ScheduleNodeFailure(node, at, duration);
    }

    private sealed class LagMemberTarget(AccessPort port, int member) : FailureTarget(AccessPort.MemberName(port.Name, member))
    {
        internal override void Schedule(FailureInjector injector, SimTime at, SimTime duration) => injector.ScheduleLagMemberFailure(port, member, at, duration);
    }

    private sealed class VxcTarget(Vxc vxc) : FailureTarget(vxc.Name)
    {
        internal override void Schedule(FailureInjector injector, SimTime at, SimTime duration) => injector.ScheduleVxcFailure(vxc, at, duration);
    }
}
