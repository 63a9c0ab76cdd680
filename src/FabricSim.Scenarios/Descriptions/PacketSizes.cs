using FabricSim.Network.Traffic;
using FabricSim.Scenarios.Model;

namespace FabricSim.Scenarios.Descriptions;

/// <summary>Turns a scenario's packet-size distribution into the data plane's sampler.</summary>
internal static class PacketSizes
{
    public static IPacketSizeDistribution From(PacketSizeDistribution sizes) => sizes.Kind switch
    {
        "uniform" => new UniformPacketSize(checked((int)sizes.MinBytes), checked((int)sizes.MaxBytes)),
        _ when sizes.SizesBytes.Count == 1 => new FixedPacketSize(checked((int)sizes.SizesBytes[0])),
        _ => new EmpiricalPacketSize(sizes.SizesBytes.Select((size, i) => (checked((int)size), sizes.Weights[i])).ToList()),
    };
}
