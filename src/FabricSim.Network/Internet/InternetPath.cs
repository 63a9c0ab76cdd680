using FabricSim.Engine.Events;
using FabricSim.Engine.Random;
using FabricSim.Engine.Time;
using FabricSim.Network.Packets;
using FabricSim.Network.Topology;

namespace FabricSim.Network.Internet;

/// <summary>
/// One direction across the Internet core: each packet is lost with the path's loss rate (plus the congestion cycle's
/// extra at that moment), or else delayed by the base delay, the queueing delay the path has at that moment
/// (<see cref="QueueingDelayProcess"/>) and the congestion cycle's extra delay, then handed to <see cref="Next"/>.
/// Packets keep their order (one path is one FIFO chain of router queues): a packet leaves at
/// max(previous departure, now + delay), and because the delay falls slower than time passes the max binds only
/// when a congestion cycle is configured to swing faster than a queue can drain. One event per delivered packet.
/// </summary>
/// <remarks>Losses are reported as <see cref="DropReason.Queue"/>: Internet loss is overwhelmingly congestion drops in router queues we do not model one by one.</remarks>
internal sealed class InternetPath : IPacketReceiver, IEventHandler
{
    private readonly Simulator _simulator;
    private readonly IDropSink _drops;
    private readonly RandomStream _random;
    private readonly ILossModel? _loss;
    private readonly QueueingDelayProcess? _queueing;
    private readonly CongestionCycle? _congestion;
    private readonly long _baseDelayNs;
    private long _lastDepartureNs = long.MinValue;

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
        _queueing = parameters.Jitter is { } jitter ? new QueueingDelayProcess(jitter, random) : null;
        _congestion = parameters.Congestion;
    }

    public string Name { get; }
    public InternetPathParameters Parameters { get; }
    public SimTime BaseDelay { get; }
    public IPacketReceiver Next { get; }

    public long PacketsOffered { get; private set; }
    public long PacketsLost { get; private set; }
    public long PacketsDelivered { get; private set; }

    /// <summary>Sum of the delay added to delivered packets beyond the base delay (queueing, congestion, FIFO hold-back), in nanoseconds.</summary>
    public double AddedDelayNanosecondsTotal { get; private set; }

    public void Receive(Packet packet)
    {
        ArgumentNullException.ThrowIfNull(packet);
        PacketsOffered++;
        SimTime now = _simulator.Now;
        if (_loss is not null && _loss.NextIsLost(_congestion?.ExtraLossRateAt(now) ?? 0.0))
        {
            PacketsLost++;
            _drops.Drop(packet, DropReason.Queue);
            return;
        }
        double added = (_queueing?.At(now.Nanoseconds) ?? 0.0) + (_congestion?.ExtraDelayNanoseconds(now) ?? 0.0);
        long departure = Math.Max(_lastDepartureNs, now.Nanoseconds + _baseDelayNs + (long)Math.Round(added));
        _lastDepartureNs = departure;
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
