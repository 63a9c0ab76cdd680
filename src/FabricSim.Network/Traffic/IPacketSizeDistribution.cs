using FabricSim.Engine.Random;

namespace FabricSim.Network.Traffic;

/// <summary>Draws layer-3 packet sizes for a traffic source.</summary>
public interface IPacketSizeDistribution
{
    double MeanSizeBytes { get; }

    int NextSizeBytes(RandomStream random);
}
