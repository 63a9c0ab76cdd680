using System.Numerics;

namespace FabricSim.Estimate.Distributions;

/// <summary>
/// An in-place iterative radix-2 fast Fourier transform on one thread. Paths are convolved in parallel, one per
/// thread, and MathNet's transform parallelises inside each call, which over-subscribes the cores several times.
/// </summary>
internal static class RadixTwo
{
    /// <summary>
    /// Each stage's twiddle factors by log₂ of its length, forward and inverse, made once by the same recurrence the
    /// butterflies would otherwise repeat in every block (so the factors, and every transform, are bit for bit the same).
    /// </summary>
    private static readonly Complex[]?[] ForwardTwiddles = new Complex[]?[31];
    private static readonly Complex[]?[] InverseTwiddles = new Complex[]?[31];

    /// <param name="data">Length a power of two.</param>
    /// <param name="inverse">The inverse transform, scaled by 1/n, so forward then inverse is the identity.</param>
    public static void Transform(Span<Complex> data, bool inverse)
    {
        int n = data.Length;
        if ((n & (n - 1)) != 0)
        {
            throw new ArgumentException("The length must be a power of two.", nameof(data));
        }
        for (int i = 1, j = 0; i < n; i++)
        {
            int bit = n >> 1;
            for (; (j & bit) != 0; bit >>= 1)
            {
                j ^= bit;
            }
            j ^= bit;
            if (i < j)
            {
                (data[i], data[j]) = (data[j], data[i]);
            }
        }
        for (int length = 2, stage = 1; length <= n; length <<= 1, stage++)
        {
            var twiddles = Twiddles(stage, inverse);
            int half = length / 2;
            for (int start = 0; start < n; start += length)
            {
                var evens = data.Slice(start, half);
                var odds = data.Slice(start + half, half);
                for (int k = 0; k < half; k++)
                {
                    var even = evens[k];
                    var odd = odds[k];
                    // A zero-padded grid leaves whole blocks of zeros in the first stages: a zero odd term only copies.
                    if (odd == Complex.Zero)
                    {
                        odds[k] = even;
                        continue;
                    }
                    odd *= twiddles[k];
                    evens[k] = even + odd;
                    odds[k] = even - odd;
                }
            }
        }
        if (inverse)
        {
            for (int i = 0; i < n; i++)
            {
                data[i] /= n;
            }
        }
    }

    private static Complex[] Twiddles(int stage, bool inverse)
    {
        var tables = inverse ? InverseTwiddles : ForwardTwiddles;
        if (Volatile.Read(ref tables[stage]) is { } known)
        {
            return known;
        }
        int length = 1 << stage;
        double angle = 2 * Math.PI / length * (inverse ? 1 : -1);
        var unit = new Complex(Math.Cos(angle), Math.Sin(angle));
        var table = new Complex[length / 2];
        var twiddle = Complex.One;
        for (int k = 0; k < table.Length; k++)
        {
            table[k] = twiddle;
            twiddle *= unit;
        }
        // Threads racing here compute the same table; whichever lands first is kept.
        return Interlocked.CompareExchange(ref tables[stage], table, null) ?? table;
    }
}
