using FabricSim.Engine.Events;
using FabricSim.Engine.Random;
using FabricSim.Engine.Time;
using FabricSim.Network.Packets;

namespace FabricSim.Network.Traffic;

/// <summary>
/// Emits a flow's packets between a start and a stop time, scheduling itself one emission ahead. Each source draws
/// from its own named random stream ("traffic/&lt;flow&gt;"), so adding a source leaves the others' samples unchanged.
/// </summary>
internal abstract class TrafficSource : IEventHandler
{
    private readonly Simulator _simulator;
    private readonly PacketPool _pool;

    protected TrafficSource(Simulator simulator, PacketPool pool, TrafficFlow flow, IPacketSizeDistribution sizes, RandomStream random, SimTime start, SimTime stop)
    {
        _simulator = simulator ?? throw new ArgumentNullException(nameof(simulator));
        _pool = pool ?? throw new ArgumentNullException(nameof(pool));
        Flow = flow ?? throw new ArgumentNullException(nameof(flow));
        Sizes = sizes ?? throw new ArgumentNullException(nameof(sizes));
        Random = random ?? throw new ArgumentNullException(nameof(random));
        if (stop < start)
        {
            throw new ArgumentException($"Flow '{flow.Name}' stops ({stop}) before it starts ({start}).", nameof(stop));
        }
        Start = start;
        Stop = stop;
    }

    public TrafficFlow Flow { get; }
    public IPacketSizeDistribution Sizes { get; }
    public SimTime Start { get; }
    public SimTime Stop { get; }
    protected RandomStream Random { get; }

    /// <summary>Varies the rate over time (a diurnal profile); null keeps it constant. Set before activation.</summary>
    public RateProfile? Profile { get; set; }
    protected Simulator Simulator => _simulator;

    /// <summary>Schedules the first emission; call once after the fabric is wired.</summary>
    public void Activate()
    {
        SimTime begin = SimTime.Max(Start, _simulator.Now);
        _simulator.ScheduleAt(begin + Shaped(begin, FirstGap()), this);
    }

    public void OnEvent(object? payload, long argument)
    {
        SimTime now = _simulator.Now;
        if (now >= Stop)
        {
            return;
        }
        SimTime gap = Shaped(now, EmitAndGetNextGap(now));
        if (now + gap < Stop)
        {
            _simulator.Schedule(gap, this);
        }
    }

    private SimTime Shaped(SimTime now, SimTime gap) => Profile is null ? gap : Profile.Stretch(now, gap);

    /// <summary>Delay from the start time to the first packet (0 for CBR, one exponential gap for Poisson).</summary>
    protected abstract SimTime FirstGap();

    /// <summary>Emits what is due now and returns the time until the next emission.</summary>
    protected abstract SimTime EmitAndGetNextGap(SimTime now);

    protected int EmitPacket(SimTime now)
    {
        int size = Sizes.NextSizeBytes(Random);
        Packet packet = Flow.Emit(_pool, now, size);
        Flow.Entry.Receive(packet);
        return size;
    }
}
