using System.Numerics;

namespace FabricSim.Estimate.Distributions;

/// <summary>
/// An in-place iterative radix-2 fast Fourier transform on one thread. Paths are convolved in parallel, one per
/// thread, and MathNet's transform parallelises inside each call, which over-subscribes the cores several times.
/// </summary>
internal static class RadixTwo
{
    /// <param name="data">Length a power of two.</param>
    /// <param name="inverse">The inverse transform, scaled by 1/n, so forward then inverse is the identity.</param>
    public static void Transform(Complex[] data, bool inverse)
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
        for (int length = 2; length <= n; length <<= 1)
        {
            double angle = 2 * Math.PI / length * (inverse ? 1 : -1);
            var unit = new Complex(Math.Cos(angle), Math.Sin(angle));
            int half = length / 2;
            for (int start = 0; start < n; start += length)
            {
                var twiddle = Complex.One;
                for (int k = 0; k < half; k++)
                {
                    var even = data[start + k];
                    var odd = data[start + k + half] * twiddle;
                    data[start + k] = even + odd;
                    data[start + k + half] = even - odd;
                    twiddle *= unit;
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
}
