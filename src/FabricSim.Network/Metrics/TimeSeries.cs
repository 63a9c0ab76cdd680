namespace FabricSim.Network.Metrics;

/// <summary>
/// A sampled series in bounded memory: when full, every other point is discarded and the sampling interval doubles,
/// so a long run keeps an evenly spaced, coarser picture instead of only its beginning or end.
/// </summary>
public sealed class TimeSeries
{
    private readonly double[] _times;
    private readonly double[] _values;
    private int _count;
    private int _stride = 1;
    private long _offered;

    public TimeSeries(string series, string metric, int capacity)
    {
        ArgumentException.ThrowIfNullOrEmpty(series);
        ArgumentException.ThrowIfNullOrEmpty(metric);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 2);
        Series = series;
        Metric = metric;
        // Even, so that halving keeps the points on the new, doubled stride.
        int even = capacity + (capacity & 1);
        _times = new double[even];
        _values = new double[even];
    }

    public string Series { get; }
    public string Metric { get; }
    public int Count => _count;

    /// <summary>How many offered samples each kept point stands for (1, 2, 4, …).</summary>
    public int Stride => _stride;

    public void Add(double timeSeconds, double value)
    {
        if (_offered++ % _stride != 0)
        {
            return;
        }
        if (_count == _times.Length)
        {
            for (int i = 0; i < _count / 2; i++)
            {
                _times[i] = _times[2 * i];
                _values[i] = _values[2 * i];
            }
            _count /= 2;
            _stride *= 2;
        }
        _times[_count] = timeSeconds;
        _values[_count] = value;
        _count++;
    }

    /// <summary>A series holding exactly these points, as a copy from another process reads them back.</summary>
    public static TimeSeries FromPoints(string series, string metric, IReadOnlyList<(double TimeSeconds, double Value)> points, int stride)
    {
        ArgumentNullException.ThrowIfNull(points);
        var copy = new TimeSeries(series, metric, Math.Max(2, points.Count)) { _stride = stride };
        for (int i = 0; i < points.Count; i++)
        {
            copy._times[i] = points[i].TimeSeconds;
            copy._values[i] = points[i].Value;
        }
        copy._count = points.Count;
        return copy;
    }

    public IReadOnlyList<(double TimeSeconds, double Value)> Points()
    {
        var points = new (double, double)[_count];
        for (int i = 0; i < _count; i++)
        {
            points[i] = (_times[i], _values[i]);
        }
        return points;
    }
}
