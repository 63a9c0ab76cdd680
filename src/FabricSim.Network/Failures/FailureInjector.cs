using FabricSim.Engine.Events;
using FabricSim.Engine.Time;
using FabricSim.Network.Access;
using FabricSim.Network.Routing;
using FabricSim.Network.Topology;

namespace FabricSim.Network.Failures;

/// <summary>
/// Takes links and nodes down and back up at scheduled times and has routing recompute after each change. A link is
/// usable only while it is not failed itself and both its end nodes are up; failing a node fails its links.
/// Anything that needs to react (a VXC, a BGP session) can subscribe to <see cref="TopologyChanged"/>.
/// </summary>
internal sealed class FailureInjector
{
    private readonly Simulator _simulator;
    private readonly ShortestPathRouting _routing;
    private readonly HashSet<Link> _failedLinks = [];
    private readonly List<FailureRecord> _history = [];

    public FailureInjector(Simulator simulator, ShortestPathRouting routing)
    {
        _simulator = simulator ?? throw new ArgumentNullException(nameof(simulator));
        _routing = routing ?? throw new ArgumentNullException(nameof(routing));
    }

    /// <summary>Raised after each failure or recovery, once routing has been recomputed.</summary>
    public event Action? TopologyChanged;

    /// <summary>Every failure and recovery applied so far, with the packets lost at each instant.</summary>
    public IReadOnlyList<FailureRecord> History => _history;

    public void ScheduleLinkFailure(Link link, SimTime at, SimTime duration)
    {
        ArgumentNullException.ThrowIfNull(link);
        ScheduleOutage(at, duration, () => FailLink(link), () => RecoverLink(link));
    }

    public void ScheduleNodeFailure(Node node, SimTime at, SimTime duration)
    {
        ArgumentNullException.ThrowIfNull(node);
        ScheduleOutage(at, duration, () => FailNode(node), () => RecoverNode(node));
    }

    public void ScheduleVxcFailure(Vxc vxc, SimTime at, SimTime duration)
    {
        ArgumentNullException.ThrowIfNull(vxc);
        ScheduleOutage(at, duration, () => SetVxc(vxc, up: false), () => SetVxc(vxc, up: true));
    }

    /// <summary>Member <paramref name="member"/> (1-based) of a LAG port fails at <paramref name="at"/> for <paramref name="duration"/>.</summary>
    public void ScheduleLagMemberFailure(AccessPort port, int member, SimTime at, SimTime duration)
    {
        ArgumentNullException.ThrowIfNull(port);
        ArgumentOutOfRangeException.ThrowIfLessThan(member, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(member, port.LagMembers);
        ScheduleOutage(at, duration, () => SetLagMember(port, member, up: false), () => SetLagMember(port, member, up: true));
    }

    /// <summary>The failure at <paramref name="at"/> and, unless it lasts past the end of time, the repair after <paramref name="duration"/>.</summary>
    private void ScheduleOutage(SimTime at, SimTime duration, Action fail, Action recover)
    {
        _simulator.ScheduleAt(at, fail);
        if (duration < SimTime.MaxValue - at)
        {
            _simulator.ScheduleAt(at + duration, recover);
        }
    }

    /// <summary>
    /// A member's failure or repair changes the port's rate, not its paths: no routing is recomputed while one
    /// member is up. The last member's failure fails the link; the first repair after it restores the link.
    /// </summary>
    private void SetLagMember(AccessPort port, int member, bool up)
    {
        bool wasDown = port.FailedMembers == port.LagMembers;
        if (!port.SetMemberUp(member, up))
        {
            return;
        }
        string name = AccessPort.MemberName(port.Name, member);
        _history.Add(new FailureRecord(_simulator.Now, name, IsFailure: !up, 0));
        bool isDown = port.FailedMembers == port.LagMembers;
        if (!isDown)
        {
            port.Link.SetRate(port.RateOfMembersUp());
        }
        if (isDown && !wasDown)
        {
            FailLink(port.Link);
        }
        else if (wasDown && !isDown)
        {
            RecoverLink(port.Link);
        }
    }

    public void FailLink(Link link)
    {
        ArgumentNullException.ThrowIfNull(link);
        _failedLinks.Add(link);
        int lost = link.Fail();
        _history.Add(new FailureRecord(_simulator.Now, link.Name, IsFailure: true, lost));
        Changed();
    }

    public void RecoverLink(Link link)
    {
        ArgumentNullException.ThrowIfNull(link);
        _failedLinks.Remove(link);
        if (link.A.IsUp && link.B.IsUp)
        {
            link.Recover();
        }
        _history.Add(new FailureRecord(_simulator.Now, link.Name, IsFailure: false, 0));
        Changed();
    }

    public void FailNode(Node node)
    {
        ArgumentNullException.ThrowIfNull(node);
        node.SetUp(false);
        int lost = 0;
        foreach (var nic in node.Interfaces)
        {
            lost += nic.Link.Fail();
        }
        _history.Add(new FailureRecord(_simulator.Now, node.Name, IsFailure: true, lost));
        Changed();
    }

    public void RecoverNode(Node node)
    {
        ArgumentNullException.ThrowIfNull(node);
        node.SetUp(true);
        foreach (var nic in node.Interfaces)
        {
            var link = nic.Link;
            if (!_failedLinks.Contains(link) && link.A.IsUp && link.B.IsUp)
            {
                link.Recover();
            }
        }
        _history.Add(new FailureRecord(_simulator.Now, node.Name, IsFailure: false, 0));
        Changed();
    }

    private void SetVxc(Vxc vxc, bool up)
    {
        vxc.SetUp(up);
        _history.Add(new FailureRecord(_simulator.Now, vxc.Name, IsFailure: !up, 0));
        TopologyChanged?.Invoke();
    }

    private void Changed()
    {
        _routing.Recompute();
        TopologyChanged?.Invoke();
    }
}
