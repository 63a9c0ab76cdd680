using System.Numerics;

namespace FabricSim.Engine.Statistics;

/// <summary>
/// A log-linear histogram of non-negative integer values (nanoseconds), in the manner of HdrHistogram: values
/// below 2^<see cref="SubBucketBits"/> are counted exactly; above, each power-of-two range is cut into
/// 2^<see cref="SubBucketBits"/> equal buckets, so a bucket is at most 1/256 of its values wide. A quantile is read
/// by interpolating the rank inside its bucket, so it is within <see cref="RelativeResolution"/> (0.4%) of the true
/// sample quantile and moves continuously with the data: replications whose quantiles fall in one bucket still
/// differ, instead of all landing on the bucket's midpoint. Memory is bounded (≤ 100 KiB for values up to 1 s,
/// growing by 4 KiB per doubling) whatever the sample count, and histograms of replications merge by adding counts.
/// </summary>
public sealed class LatencyHistogram
{
    public const int SubBucketBits = 8;
    private const int SubBucketCount = 1 << SubBucketBits;

    /// <summary>The largest relative distance between a recorded value and the bound of its bucket (one bucket width).</summary>
    public static readonly double RelativeResolution = 1.0 / SubBucketCount;

    private long[] _counts = new long[4 * SubBucketCount];
    private long _min = long.MaxValue;
    private long _max = long.MinValue;
    private double _sum;

    public long Count { get; private set; }
    public long Min => Count == 0 ? 0 : _min;
    public long Max => Count == 0 ? 0 : _max;
    public double Mean => Count == 0 ? double.NaN : _sum / Count;

    public void Record(long value)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A latency cannot be negative.");
        }
        int index = IndexOf(value);
        if (index >= _counts.Length)
        {
            Array.Resize(ref _counts, Math.Max(index + 1, _counts.Length * 2));
        }
        _counts[index]++;
        Count++;
        _sum += value;
        if (value < _min)
        {
            _min = value;
        }
        if (value > _max)
        {
            _max = value;
        }
    }

    /// <summary>
    /// The q-quantile (0 ≤ q ≤ 1) with the nearest-rank definition: the rank's position among its bucket's counts,
    /// spread evenly across the bucket's width (within [Min, Max]).
    /// </summary>
    public double Quantile(double q)
    {
        Span<double> value = stackalloc double[1];
        Quantiles([q], value);
        return value[0];
    }

    /// <summary>
    /// The quantiles of <paramref name="ascending"/> probabilities in one pass over the buckets, each exactly as
    /// <see cref="Quantile"/> gives it: a report's CDF of a hundred points for each of thousands of flows would
    /// otherwise rescan the buckets from the start for every point.
    /// </summary>
    public void Quantiles(ReadOnlySpan<double> ascending, Span<double> values)
    {
        for (int k = 0; k < ascending.Length; k++)
        {
            double q = ascending[k];
            if (q is < 0 or > 1 || double.IsNaN(q))
            {
                throw new ArgumentOutOfRangeException(nameof(ascending), q, "A quantile lies between 0 and 1.");
            }
            if (k > 0 && q < ascending[k - 1])
            {
                throw new ArgumentException("Quantiles are taken in ascending order.", nameof(ascending));
            }
        }
        if (Count == 0)
        {
            values[..ascending.Length].Fill(double.NaN);
            return;
        }
        int i = 0;
        long before = 0;
        for (int k = 0; k < ascending.Length; k++)
        {
            long rank = Math.Max(1, (long)Math.Ceiling(ascending[k] * Count));
            values[k] = _max;
            // Ranks only grow, so the bucket of the next one is this one or later.
            for (; i < _counts.Length; i++)
            {
                if (before + _counts[i] >= rank)
                {
                    values[k] = ValueAt(i, rank, before);
                    break;
                }
                before += _counts[i];
            }
        }
    }

    private double ValueAt(int bucket, long rank, long before)
    {
        if (bucket < SubBucketCount)
        {
            return Math.Clamp(bucket, _min, _max);
        }
        // The first and last buckets hold values only between the observed extremes, so spread the rank over that part.
        var (lower, width) = Bounds(bucket);
        double from = Math.Max(lower, _min);
        double to = Math.Min(lower + width, _max + 1.0);
        double within = (rank - before - 0.5) / _counts[bucket];
        return Math.Clamp(from + within * (to - from), _min, _max);
    }

    public void Merge(LatencyHistogram other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other._counts.Length > _counts.Length)
        {
            Array.Resize(ref _counts, other._counts.Length);
        }
        for (int i = 0; i < other._counts.Length; i++)
        {
            _counts[i] += other._counts[i];
        }
        Count += other.Count;
        _sum += other._sum;
        _min = Math.Min(_min, other._min);
        _max = Math.Max(_max, other._max);
    }

    /// <summary>
    /// Every figure the histogram holds, for a lossless copy in another process (a shard's raw results): restored with
    /// <see cref="FromState"/>, it answers every quantile and merges exactly as the original.
    /// </summary>
    public LatencyHistogramState State()
    {
        int used = _counts.Length;
        while (used > 0 && _counts[used - 1] == 0)
        {
            used--;
        }
        return new LatencyHistogramState(_counts[..used], Count, _min, _max, _sum);
    }

    public static LatencyHistogram FromState(LatencyHistogramState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var histogram = new LatencyHistogram();
        if (state.Counts.Length > histogram._counts.Length)
        {
            histogram._counts = new long[state.Counts.Length];
        }
        state.Counts.CopyTo(histogram._counts, 0);
        histogram.Count = state.Count;
        histogram._min = state.Min;
        histogram._max = state.Max;
        histogram._sum = state.Sum;
        return histogram;
    }

    public void Reset()
    {
        Array.Clear(_counts);
        Count = 0;
        _sum = 0;
        _min = long.MaxValue;
        _max = long.MinValue;
    }

    /// <summary>(bucket lower bound, count) for every non-empty bucket, in increasing order: the basis of CDF plots.</summary>
    public IEnumerable<(double Value, long Count)> Buckets()
    {
        for (int i = 0; i < _counts.Length; i++)
        {
            if (_counts[i] != 0)
            {
                yield return (BucketMidpoint(i), _counts[i]);
            }
        }
    }

    internal static int IndexOf(long value)
    {
        if (value < SubBucketCount)
        {
            return (int)value;
        }
        int exponent = 63 - BitOperations.LeadingZeroCount((ulong)value);
        int shift = exponent - SubBucketBits;
        int sub = (int)(value >> shift) & (SubBucketCount - 1);
        return SubBucketCount + shift * SubBucketCount + sub;
    }

    internal static double BucketMidpoint(int index)
    {
        if (index < SubBucketCount)
        {
            return index;
        }
        var (lower, width) = Bounds(index);
        return lower + (width - 1) / 2.0;
    }

    /// <summary>The smallest value a bucket holds and how many consecutive values it holds.</summary>
    private static (double Lower, double Width) Bounds(int index)
    {
        int shift = (index - SubBucketCount) / SubBucketCount;
        int sub = (index - SubBucketCount) % SubBucketCount;
        double width = Math.Pow(2, shift);
        return ((SubBucketCount + sub) * width, width);
    }
}
