using FabricSim.Network.Built;
using FabricSim.Engine.Events;
using FabricSim.Engine.Time;
using FabricSim.Network.Topology;
using FabricSim.Network.Traffic;

namespace FabricSim.Network.Building;

/// <summary>
/// Starts an application or a packet source once its client has a route to its server. A simulated network comes up
/// at time zero, while the networks being modelled have long converged: a TCP application whose first window met no
/// route would spend a retransmission timeout, and a slow start from one segment, on an artefact of the start-up, and
/// a packet source would count the packets it sent before BGP converged as lost, which on an intercontinental design
/// is seconds of loss that the real network never shows.
/// </summary>
internal sealed class RouteReadyStart : IEventHandler
{
    /// <summary>How often the route is looked for; BGP sessions establish within a few round trips.</summary>
    private static readonly SimTime Poll = SimTime.FromMilliseconds(5);

    private readonly Fabric _fabric;
    private readonly Node _client;
    private readonly Node _server;
    private readonly Action _activate;
    private readonly SimTime _deadline;
    private bool _activated;

    private RouteReadyStart(Fabric fabric, Node client, Node server, Action activate, SimTime deadline)
    {
        _fabric = fabric;
        _client = client;
        _server = server;
        _activate = activate;
        _deadline = deadline;
    }

    /// <summary>Activates <paramref name="application"/> at <paramref name="start"/>, or later once the route exists.</summary>
    public static void Schedule(Fabric fabric, Node client, Node server, IEndpointApplication application, SimTime start) =>
        Schedule(fabric, client, server, application.Activate, start, SimTime.MaxValue);

    /// <summary>
    /// Activates at <paramref name="start"/>, or later once the route exists, but no later than
    /// <paramref name="deadline"/>: a flow that has no route by then (one the policy makes unreachable, or a control
    /// plane slower than the warm-up) starts anyway, so its loss is measured rather than hidden.
    /// </summary>
    public static void Schedule(Fabric fabric, Node client, Node server, Action activate, SimTime start, SimTime deadline) =>
        fabric.Simulator.ScheduleAt(SimTime.Max(start, fabric.Simulator.Now), new RouteReadyStart(fabric, client, server, activate, deadline));

    public void OnEvent(object? payload, long argument)
    {
        var now = _fabric.Simulator.Now;
        if (_activated)
        {
            // Started at the deadline without a route: keep looking, so the run can say when the route came.
            if (HasRoute())
            {
                _fabric.NoteLateRoute(now);
                return;
            }
            _fabric.Simulator.Schedule(Poll, this);
            return;
        }
        if (HasRoute())
        {
            _activate();
            return;
        }
        if (now >= _deadline)
        {
            _activated = true;
            _activate();
            _fabric.Simulator.Schedule(Poll, this);
            return;
        }
        _fabric.Simulator.Schedule(SimTime.Min(Poll, _deadline - now), this);
    }

    private bool HasRoute()
    {
        var probe = _fabric.Context.Pool.Rent();
        probe.SourceNodeId = _client.Id;
        probe.DestinationNodeId = _server.Id;
        bool routed = _client.Forwarding.SelectEgress(probe) is not null;
        _fabric.Context.Pool.Return(probe);
        return routed;
    }
}
