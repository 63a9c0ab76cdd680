using FabricSim.Engine.Events;
using FabricSim.Engine.Random;
using FabricSim.Engine.Time;

namespace FabricSim.Network.Mve;

/// <summary>
/// Probes a transport described by its current conditions (one-way latency, exponential jitter, independent loss
/// probability) rather than by packets in the fabric: each probe, sent every <see cref="ProbeSpacing"/>, is lost
/// with the loss probability and otherwise returns a latency sample. Conditions can be changed at scheduled times,
/// e.g. an Internet congestion episode. Draws come from the stream "mve-probe/&lt;name&gt;".
/// </summary>
internal sealed class EmulatedPathProbe : IPathProbe, IEventHandler
{
    private readonly Simulator _simulator;
    private readonly RandomStream _random;
    private int _sent;
    private int _lost;
    private long _latencySum;

    public EmulatedPathProbe(Simulator simulator, RandomStreams streams, string name, SimTime probeSpacing, SimTime latency, SimTime meanJitter, double lossProbability)
    {
        _simulator = simulator ?? throw new ArgumentNullException(nameof(simulator));
        ArgumentNullException.ThrowIfNull(streams);
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(probeSpacing.Nanoseconds, 0L, nameof(probeSpacing));
        _random = streams.Get("mve-probe/" + name);
        Name = name;
        ProbeSpacing = probeSpacing;
        SetConditions(latency, meanJitter, lossProbability);
    }

    public string Name { get; }
    public SimTime ProbeSpacing { get; }
    public SimTime Latency { get; private set; }
    public SimTime MeanJitter { get; private set; }
    public double LossProbability { get; private set; }

    public void SetConditions(SimTime latency, SimTime meanJitter, double lossProbability)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(latency.Nanoseconds, nameof(latency));
        ArgumentOutOfRangeException.ThrowIfNegative(meanJitter.Nanoseconds, nameof(meanJitter));
        if (lossProbability is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(lossProbability), lossProbability, "A probability lies in [0, 1].");
        }
        Latency = latency;
        MeanJitter = meanJitter;
        LossProbability = lossProbability;
    }

    public void ScheduleConditions(SimTime at, SimTime latency, SimTime meanJitter, double lossProbability) =>
        _simulator.ScheduleAt(at, () => SetConditions(latency, meanJitter, lossProbability));

    public void Start() => _simulator.Schedule(ProbeSpacing, this);

    public void OnEvent(object? payload, long argument)
    {
        _sent++;
        if (_random.NextBernoulli(LossProbability))
        {
            _lost++;
        }
        else
        {
            _latencySum += Latency.Nanoseconds + (long)_random.NextExponential(MeanJitter.Nanoseconds);
        }
        _simulator.Schedule(ProbeSpacing, this);
    }

    public PathQuality Collect()
    {
        int returned = _sent - _lost;
        var quality = new PathQuality(_sent, _lost, returned == 0 ? SimTime.MaxValue : new SimTime(_latencySum / returned));
        _sent = 0;
        _lost = 0;
        _latencySum = 0;
        return quality;
    }
}
