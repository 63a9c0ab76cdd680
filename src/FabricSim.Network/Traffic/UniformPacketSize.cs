using FabricSim.Engine.Random;

namespace FabricSim.Network.Traffic;

/// <summary>Sizes uniform on the integers [min, max].</summary>
public sealed class UniformPacketSize : IPacketSizeDistribution
{
    public UniformPacketSize(int minBytes, int maxBytes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minBytes, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBytes, minBytes);
        MinBytes = minBytes;
        MaxBytes = maxBytes;
    }

    public int MinBytes { get; }
    public int MaxBytes { get; }
    public double MeanSizeBytes => (MinBytes + MaxBytes) / 2.0;

    public int NextSizeBytes(RandomStream random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return random.Next(MinBytes, MaxBytes + 1);
    }
}
