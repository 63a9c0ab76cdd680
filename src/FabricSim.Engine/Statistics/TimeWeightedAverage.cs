using FabricSim.Engine.Time;

namespace FabricSim.Engine.Statistics;

/// <summary>
/// The time average of a piecewise-constant quantity (queue length, busy servers, link utilization):
/// ∫ value dt / elapsed, updated whenever the value changes.
/// </summary>
public sealed class TimeWeightedAverage
{
    private double _area;
    private double _value;
    private long _since;
    private long _start;

    public TimeWeightedAverage(SimTime start, double initialValue = 0)
    {
        _start = start.Nanoseconds;
        _since = start.Nanoseconds;
        _value = initialValue;
        Max = initialValue;
    }

    public double Current => _value;
    public double Max { get; private set; }

    /// <summary>Records that the quantity becomes <paramref name="value"/> at <paramref name="now"/>.</summary>
    public void Update(SimTime now, double value)
    {
        Accumulate(now.Nanoseconds);
        _value = value;
        if (value > Max)
        {
            Max = value;
        }
    }

    public void Add(SimTime now, double delta) => Update(now, _value + delta);

    /// <summary>The average from the start (or last reset) up to <paramref name="now"/>.</summary>
    public double Average(SimTime now)
    {
        long end = now.Nanoseconds;
        long elapsed = end - _start;
        if (elapsed <= 0)
        {
            return _value;
        }
        return (_area + _value * (end - _since)) / elapsed;
    }

    /// <summary>Forgets the history before <paramref name="now"/> (end of warm-up) but keeps the current value.</summary>
    public void Reset(SimTime now)
    {
        _area = 0;
        _start = now.Nanoseconds;
        _since = now.Nanoseconds;
        Max = _value;
    }

    private void Accumulate(long now)
    {
        if (now > _since)
        {
            _area += _value * (now - _since);
            _since = now;
        }
    }
}
