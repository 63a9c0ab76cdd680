using FabricSim.Network.Built;
using FabricSim.Engine.Events;
using FabricSim.Engine.Time;
using FabricSim.Network.Topology;
using FabricSim.Network.Traffic;

namespace FabricSim.Network.Building;

/// <summary>
/// Starts an application once its client has a route to its server. A simulated network comes up at time zero,
/// while the networks being modelled have long converged; an application whose first window met no route would
/// spend a retransmission timeout, and a slow-start from one segment, on an artefact of the start-up.
/// </summary>
internal sealed class RouteReadyStart : IEventHandler
{
    /// <summary>How often the route is looked for; BGP sessions establish within a few round trips.</summary>
    private static readonly SimTime Poll = SimTime.FromMilliseconds(5);

    private readonly Fabric _fabric;
    private readonly Node _client;
    private readonly Node _server;
    private readonly IEndpointApplication _application;

    private RouteReadyStart(Fabric fabric, Node client, Node server, IEndpointApplication application)
    {
        _fabric = fabric;
        _client = client;
        _server = server;
        _application = application;
    }

    /// <summary>Activates <paramref name="application"/> at <paramref name="start"/>, or later once the route exists.</summary>
    public static void Schedule(Fabric fabric, Node client, Node server, IEndpointApplication application, SimTime start) =>
        fabric.Simulator.ScheduleAt(SimTime.Max(start, fabric.Simulator.Now), new RouteReadyStart(fabric, client, server, application));

    public void OnEvent(object? payload, long argument)
    {
        if (HasRoute())
        {
            _application.Activate();
            return;
        }
        _fabric.Simulator.Schedule(Poll, this);
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
