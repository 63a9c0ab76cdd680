using FabricSim.Engine.Events;
using FabricSim.Engine.Random;
using FabricSim.Engine.Time;
using FabricSim.Network.Packets;
using FabricSim.Network.Topology;

namespace FabricSim.Network.Internet;

/// <summary>
/// One direction across the Internet core: each packet is lost or delayed by base delay plus a random addition, then
/// handed to <see cref="Next"/>. Unless reordering is allowed a packet never overtakes the one before it: it leaves
/// at max(previous departure, now + delay), as behind a FIFO router queue. One event per delivered packet.
/// </summary>
/// <remarks>Losses are reported as <see cref="DropReason.Queue"/>: Internet loss is overwhelmingly congestion drops in router queues we do not model one by one.</remarks>
public sealed class InternetPath : IPacketReceiver, IEventHandler
{
    private readonly Simulator _simulator;
    private readonly IDropSink _drops;
    private readonly RandomStream _random;
    private readonly ILossModel? _loss;
    private readonly IJitterDistribution? _jitter;
    private readonly DiurnalProfile? _diurnal;
    private readonly long _baseDelayNs;
    private readonly bool _allowReordering;
    private readonly long _coherenceNs;
    private long _lastDepartureNs = long.MinValue;
    private long _jitterSampleNs;
    private long _jitterValidUntilNs = long.MinValue;

    /// <summary>A path whose losses are recorded in the run's ledger.</summary>
    public InternetPath(string name, FabricContext context, InternetPathParameters parameters, SimTime baseDelay, RandomStream random,
        IPacketReceiver next)
        : this(name, (context ?? throw new ArgumentNullException(nameof(context))).Simulator, new LedgerDropSink(context.Ledger), parameters,
            baseDelay, random, next)
    {
    }

    internal InternetPath(string name, Simulator simulator, IDropSink drops, InternetPathParameters parameters, SimTime baseDelay,
        RandomStream random, IPacketReceiver next)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentOutOfRangeException.ThrowIfNegative(baseDelay.Nanoseconds, nameof(baseDelay));
        Name = name;
        _simulator = simulator ?? throw new ArgumentNullException(nameof(simulator));
        _drops = drops ?? throw new ArgumentNullException(nameof(drops));
        _random = random ?? throw new ArgumentNullException(nameof(random));
        Next = next ?? throw new ArgumentNullException(nameof(next));
        Parameters = parameters;
        BaseDelay = baseDelay;
        _baseDelayNs = baseDelay.Nanoseconds;
        _loss = parameters.CreateLossModel(random);
        _jitter = parameters.Jitter;
        _diurnal = parameters.Diurnal;
        _allowReordering = parameters.AllowReordering;
        _coherenceNs = parameters.JitterCoherence.Nanoseconds;
    }

    public string Name { get; }
    public InternetPathParameters Parameters { get; }
    public SimTime BaseDelay { get; }
    public IPacketReceiver Next { get; }

    public long PacketsOffered { get; private set; }
    public long PacketsLost { get; private set; }
    public long PacketsDelivered { get; private set; }

    /// <summary>Sum of the random delay added to packets (jitter and the FIFO hold-back), in nanoseconds.</summary>
    public double AddedDelayNanosecondsTotal { get; private set; }

    public void Receive(Packet packet)
    {
        ArgumentNullException.ThrowIfNull(packet);
        PacketsOffered++;
        SimTime now = _simulator.Now;
        if (_loss is not null && _loss.NextIsLost(_diurnal?.LossMultiplier(now) ?? 1.0))
        {
            PacketsLost++;
            _drops.Drop(packet, DropReason.Queue);
            return;
        }
        long added = 0;
        if (_jitter is not null)
        {
            if (_coherenceNs == 0 || now.Nanoseconds >= _jitterValidUntilNs)
            {
                _jitterSampleNs = (long)Math.Round(_jitter.NextNanoseconds(_random));
                _jitterValidUntilNs = now.Nanoseconds + _coherenceNs;
            }
            added = (long)Math.Round(_jitterSampleNs * (_diurnal?.DelayMultiplier(now) ?? 1.0));
        }
        long departure = now.Nanoseconds + _baseDelayNs + added;
        if (!_allowReordering && departure < _lastDepartureNs)
        {
            departure = _lastDepartureNs;
        }
        _lastDepartureNs = Math.Max(_lastDepartureNs, departure);
        AddedDelayNanosecondsTotal += departure - now.Nanoseconds - _baseDelayNs;
        _simulator.ScheduleAt(new SimTime(departure), this, packet);
    }

    public void OnEvent(object? payload, long argument)
    {
        PacketsDelivered++;
        Next.Receive((Packet)payload!);
    }

    public override string ToString() => Name;
}
