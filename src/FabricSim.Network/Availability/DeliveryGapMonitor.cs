using FabricSim.Network.Built;
using FabricSim.Engine.Events;
using FabricSim.Engine.Time;
using FabricSim.Network.Addressing;
using FabricSim.Network.Metrics;
using FabricSim.Network.Packets;

namespace FabricSim.Network.Availability;

/// <summary>
/// Measures a flow's outages as gaps in its deliveries, in front of the flow's sink. For a constant-bit-rate flow
/// with packet spacing s, a gap longer than <see cref="Threshold"/> counts as an outage of (gap − s): the time the
/// flow would otherwise have been delivering. That is failure detection plus convergence as the user sees it.
/// </summary>
internal sealed class DeliveryGapMonitor : IPacketReceiver
{
    private readonly Simulator _simulator;
    private readonly IPacketReceiver _inner;
    private readonly List<OutageInterval> _outages = [];
    private long _lastArrival = long.MinValue;
    private long _firstArrival = long.MinValue;

    public DeliveryGapMonitor(Simulator simulator, IPacketReceiver inner, SimTime spacing, SimTime threshold)
    {
        _simulator = simulator ?? throw new ArgumentNullException(nameof(simulator));
        _inner = inner ?? throw new ArgumentNullException(nameof(inner));
        ArgumentOutOfRangeException.ThrowIfNegative(spacing.Nanoseconds, nameof(spacing));
        if (threshold < spacing)
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "The gap threshold must be at least the normal spacing.");
        }
        Spacing = spacing;
        Threshold = threshold;
    }

    /// <summary>Normal time between deliveries of the flow.</summary>
    public SimTime Spacing { get; }

    /// <summary>Gaps longer than this are outages; shorter ones are jitter.</summary>
    public SimTime Threshold { get; }
    public IReadOnlyList<OutageInterval> Outages => _outages;
    public long PacketsSeen { get; private set; }
    public SimTime FirstArrival => new(_firstArrival);
    public SimTime LastArrival => new(_lastArrival);

    /// <summary>
    /// Puts a monitor in front of whatever receives <paramref name="flowName"/> at its destination (its sink, or the
    /// application that answers it), so observing a flow never changes what the flow does; its spacing is the flow's constant packet
    /// gap and gaps beyond <paramref name="thresholdSpacings"/> spacings count as outages.
    /// </summary>
    public static DeliveryGapMonitor Attach(Fabric fabric, string flowName, SimTime spacing, double thresholdSpacings = 3)
    {
        ArgumentNullException.ThrowIfNull(fabric);
        var flow = fabric.Flow(flowName);
        var delivery = flow.Destination.LocalDelivery;
        if (delivery is ControlDelivery control)
        {
            delivery = control.Inner;
        }
        if (delivery is not FlowDemultiplexer demultiplexer)
        {
            throw new InvalidOperationException($"Flow '{flowName}' ends at {flow.Destination.Name}, whose deliveries do not go through a flow demultiplexer.");
        }
        var observed = demultiplexer.RegisteredFor(flow.Id) ?? fabric.Sinks[flow.Id];
        var monitor = new DeliveryGapMonitor(fabric.Simulator, observed, spacing,
            SimTime.FromNanoseconds((long)(spacing.Nanoseconds * thresholdSpacings)));
        demultiplexer.Register(flow.Id, monitor);
        return monitor;
    }

    public void Receive(Packet packet)
    {
        long now = _simulator.Now.Nanoseconds;
        if (_lastArrival == long.MinValue)
        {
            _firstArrival = now;
        }
        else if (now - _lastArrival > Threshold.Nanoseconds)
        {
            _outages.Add(new OutageInterval(new SimTime(_lastArrival), new SimTime(now)));
        }
        _lastArrival = now;
        PacketsSeen++;
        _inner.Receive(packet);
    }

    /// <summary>Outage time (gap − spacing per outage) among gaps that closed within [from, to].</summary>
    public SimTime OutageTime(SimTime from, SimTime to)
    {
        long total = 0;
        foreach (var outage in _outages)
        {
            if (outage.LastBefore >= from && outage.FirstAfter <= to)
            {
                total += outage.Gap.Nanoseconds - Spacing.Nanoseconds;
            }
        }
        return new SimTime(total);
    }

    /// <summary>Fraction of [from, to] during which the flow was delivering.</summary>
    public double Availability(SimTime from, SimTime to)
    {
        if (to <= from)
        {
            throw new ArgumentException("The window must have a positive length.", nameof(to));
        }
        return 1.0 - OutageTime(from, to).Nanoseconds / (double)(to - from).Nanoseconds;
    }
}
