using FabricSim.Engine.Random;

namespace FabricSim.Network.Traffic;

/// <summary>A discrete choice among sizes with given relative weights, e.g. an IMIX.</summary>
public sealed class EmpiricalPacketSize : IPacketSizeDistribution
{
    private readonly int[] _sizes;
    private readonly double[] _cumulative;

    public EmpiricalPacketSize(IReadOnlyList<(int SizeBytes, double Weight)> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        if (choices.Count == 0)
        {
            throw new ArgumentException("An empirical size distribution needs at least one size.", nameof(choices));
        }
        _sizes = new int[choices.Count];
        _cumulative = new double[choices.Count];
        double total = 0;
        double weightedSum = 0;
        for (int i = 0; i < choices.Count; i++)
        {
            var (size, weight) = choices[i];
            ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
            if (weight < 0 || double.IsNaN(weight))
            {
                throw new ArgumentOutOfRangeException(nameof(choices), weight, "A weight cannot be negative.");
            }
            total += weight;
            weightedSum += size * weight;
            _sizes[i] = size;
            _cumulative[i] = total;
        }
        if (total <= 0)
        {
            throw new ArgumentException("The weights of an empirical size distribution must not all be zero.", nameof(choices));
        }
        for (int i = 0; i < _cumulative.Length; i++)
        {
            _cumulative[i] /= total;
        }
        MeanSizeBytes = weightedSum / total;
    }

    /// <summary>"Simple IMIX": 64, 594 and 1518-byte frames in the ratio 7:4:1 (mean ≈ 353 bytes).</summary>
    public static EmpiricalPacketSize SimpleImix() => new([(64, 7), (594, 4), (1518, 1)]);

    public double MeanSizeBytes { get; }

    /// <summary>Each size with its probability, for models that reason about the mix rather than draw from it.</summary>
    public IReadOnlyList<(int SizeBytes, double Probability)> Choices =>
        _sizes.Select((size, i) => (size, _cumulative[i] - (i == 0 ? 0 : _cumulative[i - 1]))).ToList();

    public int NextSizeBytes(RandomStream random)
    {
        ArgumentNullException.ThrowIfNull(random);
        double u = random.NextDouble();
        for (int i = 0; i < _cumulative.Length - 1; i++)
        {
            if (u < _cumulative[i])
            {
                return _sizes[i];
            }
        }
        return _sizes[^1];
    }
}
