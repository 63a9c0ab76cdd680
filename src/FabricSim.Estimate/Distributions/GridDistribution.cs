namespace FabricSim.Estimate.Distributions;

/// <summary>
/// A delay distribution as probability masses on a uniform grid: cell k stands for the value k × <see cref="Step"/>
/// nanoseconds, and the last cell also holds whatever lies beyond the grid, so masses always sum to one. Sums of
/// independent delays are convolutions on a common step.
/// </summary>
internal sealed class GridDistribution
{
    /// <summary>Cells a convolution keeps: beyond this the tail is folded into the last cell, whose weight stays counted.</summary>
    public const int MaxCells = 1 << 16;

    /// <summary>Products of lengths above which a convolution goes by FFT rather than term by term.</summary>
    private const long DirectLimit = 1 << 20;

    [ThreadStatic]
    private static System.Numerics.Complex[]? _product;

    [ThreadStatic]
    private static System.Numerics.Complex[]? _transform;

    private readonly double[] _mass;

    public GridDistribution(double stepNs, double[] mass)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(stepNs);
        ArgumentNullException.ThrowIfNull(mass);
        if (mass.Length == 0)
        {
            throw new ArgumentException("A distribution needs at least one cell.", nameof(mass));
        }
        Step = stepNs;
        _mass = mass;
    }

    /// <summary>Nanoseconds between cells.</summary>
    public double Step { get; }

    public int Length => _mass.Length;

    public double this[int cell] => _mass[cell];

    /// <summary>All mass at zero: a delay that never happens.</summary>
    public static GridDistribution Zero(double stepNs) => new(stepNs, [1.0]);

    /// <summary>All mass at <paramref name="valueNs"/>, split between the two nearest cells so the mean stays exact.</summary>
    public static GridDistribution Constant(double stepNs, double valueNs)
    {
        double position = valueNs / stepNs;
        int low = (int)Math.Floor(position);
        double fraction = position - low;
        var mass = new double[low + 2];
        mass[low] = 1 - fraction;
        mass[low + 1] = fraction;
        return new GridDistribution(stepNs, mass);
    }

    /// <summary>The uniform distribution on [0, <paramref name="widthNs"/>]: each cell takes the share of the interval nearest to it.</summary>
    public static GridDistribution Uniform(double stepNs, double widthNs)
    {
        if (widthNs <= 0)
        {
            return Zero(stepNs);
        }
        int cells = (int)Math.Ceiling(widthNs / stepNs + 0.5) + 1;
        var mass = new double[cells];
        for (int k = 0; k < cells; k++)
        {
            double low = Math.Max(0, (k - 0.5) * stepNs);
            double high = Math.Min(widthNs, (k + 0.5) * stepNs);
            mass[k] = Math.Max(0, high - low) / widthNs;
        }
        return new GridDistribution(stepNs, mass);
    }

    public double Mean()
    {
        double sum = 0;
        for (int k = 0; k < _mass.Length; k++)
        {
            sum += _mass[k] * k;
        }
        return sum * Step;
    }

    /// <summary>The q-quantile, interpolated linearly inside the cell where the cumulative mass reaches q.</summary>
    public double Quantile(double q)
    {
        Span<double> value = stackalloc double[1];
        Quantiles([q], value);
        return value[0];
    }

    /// <summary>
    /// The quantiles of <paramref name="ascending"/> probabilities in one pass over the grid (a histogram filled from
    /// thousands of quantiles would otherwise rescan the grid for each), each exactly as <see cref="Quantile"/> gives it.
    /// </summary>
    public void Quantiles(ReadOnlySpan<double> ascending, Span<double> values)
    {
        double cumulative = 0;
        int k = 0;
        for (int i = 0; i < ascending.Length; i++)
        {
            double q = ascending[i];
            ArgumentOutOfRangeException.ThrowIfLessThan(q, i == 0 ? 0 : ascending[i - 1]);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(q, 1);
            values[i] = (_mass.Length - 1) * Step;
            for (; k < _mass.Length; k++)
            {
                double next = cumulative + _mass[k];
                if (next >= q && _mass[k] > 0)
                {
                    // Cell k spreads its mass over [k - 1/2, k + 1/2] steps; a point mass at zero stays at zero.
                    double within = (q - cumulative) / _mass[k];
                    values[i] = Math.Max(0, k == 0 ? 0 : (k - 0.5 + within) * Step);
                    break;
                }
                cumulative = next;
            }
        }
    }

    /// <summary>P(X &gt; x).</summary>
    public double Exceeds(double valueNs)
    {
        int from = (int)Math.Floor(valueNs / Step) + 1;
        double tail = 0;
        for (int k = Math.Max(0, from); k < _mass.Length; k++)
        {
            tail += _mass[k];
        }
        return tail;
    }

    /// <summary>The same distribution on another step, each cell's mass split between the two nearest new cells.</summary>
    public GridDistribution Resample(double stepNs)
    {
        if (stepNs == Step)
        {
            return this;
        }
        double scale = Step / stepNs;
        int cells = Math.Min(MaxCells, (int)Math.Ceiling((_mass.Length - 1) * scale) + 2);
        var mass = new double[cells];
        for (int k = 0; k < _mass.Length; k++)
        {
            double position = k * scale;
            int low = (int)Math.Floor(position);
            double fraction = position - low;
            Add(mass, low, _mass[k] * (1 - fraction));
            Add(mass, low + 1, _mass[k] * fraction);
        }
        return new GridDistribution(stepNs, mass);
    }

    /// <summary>max(0, X − <paramref name="ns"/>): what is left of a delay after a credit of <paramref name="ns"/>.</summary>
    public GridDistribution LessCredit(double ns)
    {
        int cells = (int)Math.Round(ns / Step);
        if (cells <= 0)
        {
            return this;
        }
        if (cells >= _mass.Length)
        {
            return Zero(Step);
        }
        var mass = new double[_mass.Length - cells];
        for (int k = 0; k < _mass.Length; k++)
        {
            mass[Math.Max(0, k - cells)] += _mass[k];
        }
        return new GridDistribution(Step, mass);
    }

    /// <summary>The distribution of the sum of two independent delays (both on this step).</summary>
    public GridDistribution Convolve(GridDistribution other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Step != Step)
        {
            throw new ArgumentException("Convolve distributions on the same step; resample one first.", nameof(other));
        }
        int cells = Math.Min(MaxCells, _mass.Length + other._mass.Length - 1);
        if ((long)_mass.Length * other._mass.Length > DirectLimit)
        {
            return new GridDistribution(Step, FourierConvolution(_mass, other._mass, cells));
        }
        var mass = new double[cells];
        for (int i = 0; i < _mass.Length; i++)
        {
            double a = _mass[i];
            if (a == 0)
            {
                continue;
            }
            for (int j = 0; j < other._mass.Length; j++)
            {
                Add(mass, i + j, a * other._mass[j]);
            }
        }
        return new GridDistribution(Step, mass);
    }

    /// <summary>
    /// The distribution of the sum of several independent delays (all on one step). Long grids are multiplied in one
    /// frequency domain, one transform each and one inverse, rather than pair by pair (three transforms a pair), by a
    /// single-threaded transform since paths are convolved in parallel; where
    /// the sum would outgrow <see cref="MaxCells"/> or the grids are short, they are convolved pair by pair.
    /// </summary>
    public static GridDistribution ConvolveAll(double stepNs, IReadOnlyList<GridDistribution> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        long full = 1 + parts.Sum(p => (long)p.Length - 1);
        if (parts.Count < 3 || full > MaxCells || parts.All(p => (long)p.Length * full <= DirectLimit))
        {
            var sum = Zero(stepNs);
            foreach (var part in parts)
            {
                sum = sum.Convolve(part);
            }
            return sum;
        }
        if (parts.Any(p => p.Step != stepNs))
        {
            throw new ArgumentException("Convolve distributions on the same step; resample them first.", nameof(parts));
        }
        int size = 1;
        while (size < full)
        {
            size <<= 1;
        }
        // The two transforms live for one call; kept per thread, a planner's thousands of paths reuse them rather
        // than fill the large-object heap with two arrays each.
        if (_product is null || _product.Length < size)
        {
            _product = new System.Numerics.Complex[size];
            _transform = new System.Numerics.Complex[size];
        }
        var product = _product.AsSpan(0, size);
        var transform = _transform.AsSpan(0, size);
        double expected = 1;
        for (int p = 0; p < parts.Count; p++)
        {
            var part = parts[p];
            var into = p == 0 ? product : transform;
            into.Clear();
            for (int i = 0; i < part._mass.Length; i++)
            {
                into[i] = part._mass[i];
            }
            expected *= part._mass.Sum();
            RadixTwo.Transform(into, inverse: false);
            if (p == 0)
            {
                continue;
            }
            for (int i = 0; i < size; i++)
            {
                product[i] *= transform[i];
            }
        }
        RadixTwo.Transform(product, inverse: true);
        return new GridDistribution(stepNs, Normalised(product, (int)full, (int)full, expected));
    }

    /// <summary>
    /// Long grids are convolved by FFT, O(n log n).
    /// </summary>
    private static double[] FourierConvolution(double[] a, double[] b, int cells)
    {
        int full = a.Length + b.Length - 1;
        int size = 1;
        while (size < full)
        {
            size <<= 1;
        }
        var fa = new System.Numerics.Complex[size];
        var fb = new System.Numerics.Complex[size];
        for (int i = 0; i < a.Length; i++)
        {
            fa[i] = a[i];
        }
        for (int i = 0; i < b.Length; i++)
        {
            fb[i] = b[i];
        }
        RadixTwo.Transform(fa, inverse: false);
        RadixTwo.Transform(fb, inverse: false);
        for (int i = 0; i < size; i++)
        {
            fa[i] *= fb[i];
        }
        RadixTwo.Transform(fa, inverse: true);
        return Normalised(fa, full, cells, a.Sum() * b.Sum());
    }

    /// <summary>
    /// The real part of an inverse transform as masses: rounding leaves masses of order 1e-16 that may be slightly
    /// negative, which are cleared, and the total is restored to <paramref name="expected"/> so nothing is lost.
    /// </summary>
    private static double[] Normalised(ReadOnlySpan<System.Numerics.Complex> fa, int full, int cells, double expected)
    {
        var mass = new double[cells];
        double total = 0;
        for (int i = 0; i < full; i++)
        {
            double value = Math.Max(0, fa[i].Real);
            mass[Math.Min(i, cells - 1)] += value;
            total += value;
        }
        if (total > 0)
        {
            for (int i = 0; i < cells; i++)
            {
                mass[i] *= expected / total;
            }
        }
        return mass;
    }

    /// <summary>Mass beyond the grid lands in its last cell, so nothing is lost and tails are never understated.</summary>
    private static void Add(double[] mass, int cell, double value) => mass[Math.Min(cell, mass.Length - 1)] += value;
}
