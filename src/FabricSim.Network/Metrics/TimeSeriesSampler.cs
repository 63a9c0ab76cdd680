using FabricSim.Engine.Events;
using FabricSim.Engine.Time;
using FabricSim.Network.Topology;

namespace FabricSim.Network.Metrics;

/// <summary>
/// Every interval, samples each flow's throughput, each link direction's utilization and waiting queue, and each rate
/// limit's utilization and drops (VXC directions, MCRs, VPN gateways and tunnels) over the interval just ended into bounded <see cref="TimeSeries"/>.
/// </summary>
internal sealed class TimeSeriesSampler : IEventHandler
{
    private readonly Simulator _simulator;
    private readonly SimTime _interval;
    private readonly (FlowSink Sink, TimeSeries Series, long LastBytes)[] _flows;
    private readonly (NetworkInterface Interface, TimeSeries Utilization, TimeSeries Queue, long LastBusy)[] _links;
    private (ILimiterCounters Counters, TimeSeries Utilization, TimeSeries Drops, long LastBytes, long LastDrops)[] _limiters = [];
    private (Func<long> Delivered, TimeSeries Series, long LastBytes)[] _deliveries = [];
    private readonly int _capacity;

    public TimeSeriesSampler(Simulator simulator, SimTime interval, IReadOnlyList<(string Name, FlowSink Sink)> flows, IReadOnlyList<NetworkInterface> interfaces, int capacity = 4096)
    {
        _simulator = simulator ?? throw new ArgumentNullException(nameof(simulator));
        ArgumentNullException.ThrowIfNull(flows);
        ArgumentNullException.ThrowIfNull(interfaces);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(interval.Nanoseconds, 0, nameof(interval));
        _interval = interval;
        _capacity = capacity;
        _flows = new (FlowSink, TimeSeries, long)[flows.Count];
        for (int i = 0; i < flows.Count; i++)
        {
            _flows[i] = (flows[i].Sink, new TimeSeries(flows[i].Name, "throughput_bps", capacity), 0);
        }
        _links = new (NetworkInterface, TimeSeries, TimeSeries, long)[interfaces.Count];
        for (int i = 0; i < interfaces.Count; i++)
        {
            var nic = interfaces[i];
            _links[i] = (nic, new TimeSeries(nic.Name, "utilization", capacity), new TimeSeries(nic.Name, "queue_packets", capacity), 0);
        }
    }

    public SimTime Interval => _interval;

    /// <summary>Also samples these rate limits: utilization against their rate and packets dropped per interval.</summary>
    internal void AddLimiters(IEnumerable<ILimiterCounters> limiters)
    {
        ArgumentNullException.ThrowIfNull(limiters);
        _limiters = [.. _limiters, .. limiters.Select(l =>
            (l, new TimeSeries(l.SeriesName, "utilization", _capacity), new TimeSeries(l.SeriesName, "drops_packets", _capacity), 0L, 0L))];
    }

    /// <summary>
    /// Also samples the throughput of a flow that is not a packet source, such as a TCP connection, from the bytes its
    /// receiver has delivered in order (a count that only grows, so the warm-up's reset does not touch it).
    /// </summary>
    internal void AddDeliveries(string flowName, Func<long> delivered)
    {
        ArgumentException.ThrowIfNullOrEmpty(flowName);
        ArgumentNullException.ThrowIfNull(delivered);
        _deliveries = [.. _deliveries, (delivered, new TimeSeries(flowName, "throughput_bps", _capacity), 0L)];
    }

    public IReadOnlyList<TimeSeries> AllSeries()
    {
        var all = new List<TimeSeries>(_flows.Length + _deliveries.Length + 2 * _links.Length);
        foreach (var flow in _flows)
        {
            all.Add(flow.Series);
        }
        foreach (var delivery in _deliveries)
        {
            all.Add(delivery.Series);
        }
        foreach (var link in _links)
        {
            all.Add(link.Utilization);
            all.Add(link.Queue);
        }
        foreach (var limiter in _limiters)
        {
            all.Add(limiter.Utilization);
            all.Add(limiter.Drops);
        }
        return all;
    }

    public void Activate()
    {
        // Counters may have been reset since; start from their current readings.
        for (int i = 0; i < _flows.Length; i++)
        {
            _flows[i].LastBytes = _flows[i].Sink.BytesArrivedInWindow;
        }
        for (int i = 0; i < _links.Length; i++)
        {
            _links[i].LastBusy = _links[i].Interface.BusyNanoseconds();
        }
        for (int i = 0; i < _limiters.Length; i++)
        {
            _limiters[i].LastBytes = _limiters[i].Counters.CarriedBytes;
            _limiters[i].LastDrops = _limiters[i].Counters.DroppedPackets;
        }
        for (int i = 0; i < _deliveries.Length; i++)
        {
            _deliveries[i].LastBytes = _deliveries[i].Delivered();
        }
        _simulator.Schedule(_interval, this);
    }

    /// <summary>
    /// Called just before the counters are zeroed at the end of warm-up: what the current interval had counted so far
    /// is carried over, so the sample spanning the reset is neither lost nor doubled.
    /// </summary>
    public void BeforeCountersReset()
    {
        for (int i = 0; i < _flows.Length; i++)
        {
            _flows[i].LastBytes -= _flows[i].Sink.BytesArrivedInWindow;
        }
        for (int i = 0; i < _links.Length; i++)
        {
            _links[i].LastBusy -= _links[i].Interface.BusyNanoseconds();
        }
        for (int i = 0; i < _limiters.Length; i++)
        {
            _limiters[i].LastBytes -= _limiters[i].Counters.CarriedBytes;
            _limiters[i].LastDrops -= _limiters[i].Counters.DroppedPackets;
        }
    }

    public void OnEvent(object? payload, long argument)
    {
        double t = _simulator.Now.TotalSeconds;
        double seconds = _interval.TotalSeconds;
        for (int i = 0; i < _flows.Length; i++)
        {
            ref var flow = ref _flows[i];
            long bytes = flow.Sink.BytesArrivedInWindow;
            long delta = bytes - flow.LastBytes;
            flow.Series.Add(t, delta * 8.0 / seconds);
            flow.LastBytes = bytes;
        }
        for (int i = 0; i < _deliveries.Length; i++)
        {
            ref var delivery = ref _deliveries[i];
            long bytes = delivery.Delivered();
            delivery.Series.Add(t, (bytes - delivery.LastBytes) * 8.0 / seconds);
            delivery.LastBytes = bytes;
        }
        for (int i = 0; i < _links.Length; i++)
        {
            ref var link = ref _links[i];
            long busy = link.Interface.BusyNanoseconds();
            long delta = busy - link.LastBusy;
            link.Utilization.Add(t, delta / (double)_interval.Nanoseconds);
            link.Queue.Add(t, link.Interface.WaitingPackets);
            link.LastBusy = busy;
        }
        for (int i = 0; i < _limiters.Length; i++)
        {
            ref var limiter = ref _limiters[i];
            long bytes = limiter.Counters.CarriedBytes;
            long drops = limiter.Counters.DroppedPackets;
            limiter.Utilization.Add(t, (bytes - limiter.LastBytes) * 8.0 / seconds / limiter.Counters.RateBitsPerSecond);
            limiter.Drops.Add(t, drops - limiter.LastDrops);
            limiter.LastBytes = bytes;
            limiter.LastDrops = drops;
        }
        _simulator.Schedule(_interval, this);
    }
}
