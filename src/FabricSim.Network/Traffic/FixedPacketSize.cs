using FabricSim.Engine.Random;

namespace FabricSim.Network.Traffic;

/// <summary>Every packet the same size.</summary>
public sealed class FixedPacketSize : IPacketSizeDistribution
{
    public FixedPacketSize(int sizeBytes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sizeBytes, 1);
        SizeBytes = sizeBytes;
    }

    public int SizeBytes { get; }
    public double MeanSizeBytes => SizeBytes;

    public int NextSizeBytes(RandomStream random) => SizeBytes;
}
