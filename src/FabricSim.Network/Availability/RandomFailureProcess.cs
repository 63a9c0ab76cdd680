using FabricSim.Network.Built;
using FabricSim.Engine.Events;
using FabricSim.Engine.Random;
using FabricSim.Engine.Time;

namespace FabricSim.Network.Availability;

/// <summary>
/// Alternating up and down times of one element, exponential with means MTBF and MTTR, drawn from the element's own
/// stream ("availability/&lt;element&gt;") so adding another failing element leaves these samples unchanged. Over a long
/// run the element is up a fraction MTBF / (MTBF + MTTR) of the time.
/// </summary>
internal sealed class RandomFailureProcess : IEventHandler
{
    private const long FailEvent = 0;
    private const long RepairedEvent = 1;

    private readonly Fabric _fabric;
    private readonly RandomStream _random;
    private SimTime _startedAt;
    private SimTime _downSince;
    private long _downNanoseconds;

    public RandomFailureProcess(Fabric fabric, FailureTarget target, SimTime meanTimeBetweenFailures, SimTime meanTimeToRepair)
    {
        _fabric = fabric ?? throw new ArgumentNullException(nameof(fabric));
        Target = target ?? throw new ArgumentNullException(nameof(target));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(meanTimeBetweenFailures.Nanoseconds, 0L, nameof(meanTimeBetweenFailures));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(meanTimeToRepair.Nanoseconds, 0L, nameof(meanTimeToRepair));
        MeanTimeBetweenFailures = meanTimeBetweenFailures;
        MeanTimeToRepair = meanTimeToRepair;
        _random = fabric.Context.Random.Get("availability/" + target.Name);
    }

    public FailureTarget Target { get; }
    public SimTime MeanTimeBetweenFailures { get; }
    public SimTime MeanTimeToRepair { get; }
    public bool IsDown { get; private set; }
    public int Failures { get; private set; }

    /// <summary>MTBF / (MTBF + MTTR).</summary>
    public double ExpectedAvailability =>
        MeanTimeBetweenFailures.TotalSeconds / (MeanTimeBetweenFailures.TotalSeconds + MeanTimeToRepair.TotalSeconds);

    /// <summary>Begins with the element up; the first failure comes after an exponential up time.</summary>
    public void Start()
    {
        _startedAt = _fabric.Simulator.Now;
        ScheduleNextFailure();
    }

    public void OnEvent(object? payload, long argument)
    {
        SimTime now = _fabric.Simulator.Now;
        if (argument == FailEvent)
        {
            SimTime repair = Draw(MeanTimeToRepair);
            IsDown = true;
            Failures++;
            _downSince = now;
            Target.Schedule(_fabric.Failures, now, repair);
            // Scheduled after the injector's repair at the same instant, so it runs once the element is back.
            _fabric.Simulator.Schedule(repair, this, null, RepairedEvent);
            return;
        }
        IsDown = false;
        _downNanoseconds += (now - _downSince).Nanoseconds;
        ScheduleNextFailure();
    }

    /// <summary>Fraction of the time since <see cref="Start"/> the element has been up.</summary>
    public double MeasuredAvailability()
    {
        SimTime now = _fabric.Simulator.Now;
        long elapsed = (now - _startedAt).Nanoseconds;
        long down = _downNanoseconds + (IsDown ? (now - _downSince).Nanoseconds : 0);
        return elapsed <= 0 ? 1.0 : 1.0 - down / (double)elapsed;
    }

    private void ScheduleNextFailure() => _fabric.Simulator.Schedule(Draw(MeanTimeBetweenFailures), this, null, FailEvent);

    // At least 1 ns so a draw never lands at the current instant, ahead of the event that scheduled it.
    private SimTime Draw(SimTime mean) => new(Math.Max(1L, (long)Math.Round(_random.NextExponential(mean.Nanoseconds))));
}
