using FabricSim.Network.Traffic;

namespace FabricSim.Estimate.Flows;

/// <summary>A demand's packet sizes as (bytes, probability) pairs: the exact mix where the distribution has one.</summary>
internal static class SizeMix
{
    /// <summary>Points a uniform size range is represented by; its mean and spread are kept.</summary>
    private const int UniformPoints = 16;

    public static IReadOnlyList<(double Bytes, double Probability)> Of(IPacketSizeDistribution sizes) => sizes switch
    {
        FixedPacketSize fixedSize => [(fixedSize.SizeBytes, 1.0)],
        EmpiricalPacketSize mix => mix.Choices.Select(c => ((double)c.SizeBytes, c.Probability)).ToList(),
        UniformPacketSize uniform => Enumerable.Range(0, UniformPoints)
            .Select(i => (uniform.MinBytes + (uniform.MaxBytes - uniform.MinBytes) * (i + 0.5) / UniformPoints, 1.0 / UniformPoints)).ToList(),
        _ => [(sizes.MeanSizeBytes, 1.0)],
    };
}
