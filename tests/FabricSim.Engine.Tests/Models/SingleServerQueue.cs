using FabricSim.Engine.Events;
using FabricSim.Engine.Random;
using FabricSim.Engine.Statistics;
using FabricSim.Engine.Time;

namespace FabricSim.Engine.Tests.Models;

/// <summary>
/// A single-server FIFO queue with an infinite buffer (M/M/1, M/D/1, …) built directly on the kernel: the
/// reference workload for validating the engine against queueing theory and for the kernel benchmark.
/// Allocation-free once its ring buffer has grown to the largest backlog.
/// </summary>
internal sealed class SingleServerQueue : IEventHandler
{
    private const long Arrival = 0;
    private const long Departure = 1;

    private readonly Simulator _simulator;
    private readonly RandomStream _arrivals;
    private readonly RandomStream _service;
    private readonly double _meanInterarrivalNs;
    private readonly double _meanServiceNs;
    private readonly bool _deterministicService;
    private readonly long _warmUpCustomers;
    private long[] _arrivalTimes = new long[1024];
    private int _head;
    private int _count;
    private long _arrivalsSeen;
    private long _departuresSeen;
    private bool _measuring;

    public SingleServerQueue(Simulator simulator, RandomStreams streams, double arrivalRatePerSecond,
        double serviceRatePerSecond, bool deterministicService = false, long warmUpCustomers = 0)
    {
        _simulator = simulator;
        _arrivals = streams.Get("arrivals");
        _service = streams.Get("service");
        _meanInterarrivalNs = SimTime.NanosPerSecond / arrivalRatePerSecond;
        _meanServiceNs = SimTime.NanosPerSecond / serviceRatePerSecond;
        _deterministicService = deterministicService;
        _warmUpCustomers = warmUpCustomers;
        NumberInSystem = new TimeWeightedAverage(SimTime.Zero);
        _measuring = warmUpCustomers == 0;
    }

    /// <summary>Sojourn (waiting + service) times in seconds of customers that arrived after the warm-up.</summary>
    public RunningStatistics SojournSeconds { get; } = new();

    /// <summary>Waiting times in queue, in seconds, of customers that arrived after the warm-up.</summary>
    public RunningStatistics WaitSeconds { get; } = new();

    public TimeWeightedAverage NumberInSystem { get; }

    /// <summary>Arrivals since the warm-up ended.</summary>
    public long MeasuredArrivals { get; private set; }

    public SimTime MeasurementStart { get; private set; }

    public long Departures => _departuresSeen;

    public void Start() => ScheduleNextArrival();

    public void OnEvent(object? payload, long argument)
    {
        if (argument == Arrival)
        {
            OnArrival();
        }
        else
        {
            OnDeparture();
        }
    }

    private void OnArrival()
    {
        long now = _simulator.Now.Nanoseconds;
        _arrivalsSeen++;
        if (!_measuring && _arrivalsSeen > _warmUpCustomers)
        {
            _measuring = true;
            MeasurementStart = _simulator.Now;
            NumberInSystem.Reset(_simulator.Now);
        }
        if (_measuring)
        {
            MeasuredArrivals++;
        }
        Enqueue(_measuring ? now : -now - 1);
        NumberInSystem.Update(_simulator.Now, _count);
        if (_count == 1)
        {
            StartService();
        }
        ScheduleNextArrival();
    }

    private void OnDeparture()
    {
        long now = _simulator.Now.Nanoseconds;
        long tagged = _arrivalTimes[_head];
        _head = (_head + 1) & (_arrivalTimes.Length - 1);
        _count--;
        _departuresSeen++;
        NumberInSystem.Update(_simulator.Now, _count);
        if (tagged >= 0)
        {
            SojournSeconds.Add((now - tagged) / (double)SimTime.NanosPerSecond);
        }
        if (_count > 0)
        {
            StartService();
        }
    }

    private void StartService()
    {
        long arrivedTagged = _arrivalTimes[_head];
        long arrived = arrivedTagged >= 0 ? arrivedTagged : -(arrivedTagged + 1);
        if (arrivedTagged >= 0)
        {
            WaitSeconds.Add((_simulator.Now.Nanoseconds - arrived) / (double)SimTime.NanosPerSecond);
        }
        double service = _deterministicService ? _meanServiceNs : _service.NextExponential(_meanServiceNs);
        _simulator.Schedule(new SimTime((long)Math.Round(service)), this, null, Departure);
    }

    private void ScheduleNextArrival() =>
        _simulator.Schedule(new SimTime((long)Math.Round(_arrivals.NextExponential(_meanInterarrivalNs))), this, null, Arrival);

    // Arrival times of customers that arrived during warm-up are stored negated (−t−1) so they are not measured.
    private void Enqueue(long taggedArrival)
    {
        if (_count == _arrivalTimes.Length)
        {
            var grown = new long[_arrivalTimes.Length * 2];
            for (int i = 0; i < _count; i++)
            {
                grown[i] = _arrivalTimes[(_head + i) & (_arrivalTimes.Length - 1)];
            }
            _arrivalTimes = grown;
            _head = 0;
        }
        _arrivalTimes[(_head + _count) & (_arrivalTimes.Length - 1)] = taggedArrival;
        _count++;
    }
}
