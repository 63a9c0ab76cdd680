namespace FabricSim.Scenarios.Model;

/// <summary>
/// Packet sizes (IP bytes) as a discrete distribution. A fixed size is one value with weight 1; "imix" is the
/// simple IMIX 7:4:1 of 40/576/1500 bytes; "uniform" is every size in [min, max].
/// </summary>
public sealed record PacketSizeDistribution(string Kind, IReadOnlyList<long> SizesBytes, IReadOnlyList<double> Weights, long MinBytes, long MaxBytes)
{
    public static PacketSizeDistribution Fixed(long bytes) => new("fixed", [bytes], [1.0], bytes, bytes);

    public static PacketSizeDistribution Imix() => new("imix", [40, 576, 1500], [7, 4, 1], 40, 1500);

    public static PacketSizeDistribution Uniform(long minBytes, long maxBytes) => new("uniform", [], [], minBytes, maxBytes);

    public double MeanBytes
    {
        get
        {
            if (Kind == "uniform")
            {
                return (MinBytes + MaxBytes) / 2.0;
            }
            double total = Weights.Sum();
            double mean = 0;
            for (int i = 0; i < SizesBytes.Count; i++)
            {
                mean += SizesBytes[i] * Weights[i] / total;
            }
            return mean;
        }
    }
}
