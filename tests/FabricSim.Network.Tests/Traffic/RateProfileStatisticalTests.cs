using FabricSim.Network.Built;
using FabricSim.Engine.Statistics;
using FabricSim.Engine.Time;
using FabricSim.Network.Building;
using FabricSim.Network.Topology;
using FabricSim.Network.Traffic;
using FabricSim.Network.Units;

namespace FabricSim.Network.Tests.Traffic;

/// <summary>A rate profile turns a source into one whose rate is the base rate times the profile's factor at each moment.</summary>
public sealed class RateProfileStatisticalTests
{
    [Fact]
    public void Stretching_integrates_the_factor_over_the_gap()
    {
        // Factors 1 then 3, each for 1 s. From t = 0.5 s, a base gap of 2 s uses 0.5 s at ×1 (0.5) and 0.5 s at ×3
        // (1.5): it ends at t = 1.5 s, a real gap of 1 s.
        var profile = new RateProfile([1.0, 3.0], SimTime.FromSeconds(2), SimTime.Zero);

        Assert.Equal(SimTime.FromSeconds(1), profile.Stretch(SimTime.FromMilliseconds(500), SimTime.FromSeconds(2)));
        Assert.Equal(SimTime.FromMilliseconds(100), profile.Stretch(SimTime.FromSeconds(1), SimTime.FromMilliseconds(300)));
        Assert.Equal(3.0, profile.FactorAt(SimTime.FromMilliseconds(1500)));
        Assert.Equal(1.0, new RateProfile([1.0, 3.0], SimTime.FromSeconds(2), SimTime.FromSeconds(1)).FactorAt(SimTime.FromMilliseconds(1500)));
    }

    [Fact]
    public void A_zero_factor_pauses_the_source()
    {
        var profile = new RateProfile([0.0, 1.0], SimTime.FromSeconds(2), SimTime.Zero);

        Assert.Equal(SimTime.FromMilliseconds(1100), profile.Stretch(SimTime.Zero, SimTime.FromMilliseconds(100)));
    }

    [Fact]
    public void A_constant_rate_source_sends_exactly_factor_times_as_often()
    {
        var fabric = Build(seed: 1, constantRate: true, factors: [1.0, 2.0]);
        fabric.Run(SimTime.FromSeconds(10));

        // 1 000 packets/s in the five ×1 seconds and 2 000 in the five ×2 seconds: 5·1000 + 5·2000.
        Assert.Equal(15_000, fabric.Flows[0].PacketsSent, tolerance: 2);
    }

    [Fact]
    public void A_poisson_source_follows_the_profile_in_each_segment()
    {
        // Counts per 1-s segment are Poisson(1000·m): the mean count in ×1 and ×3 segments lies in its 99% interval.
        var low = new RunningStatistics();
        var high = new RunningStatistics();
        for (int replication = 0; replication < 10; replication++)
        {
            var fabric = Build(seed: (ulong)replication, constantRate: false, factors: [1.0, 3.0]);
            long previous = 0;
            for (int second = 1; second <= 20; second++)
            {
                fabric.Run(SimTime.FromSeconds(second));
                long sent = fabric.Flows[0].PacketsSent;
                (second % 2 == 1 ? low : high).Add(sent - previous);
                previous = sent;
            }
        }

        Assert.True(low.ConfidenceInterval(0.99).Contains(1000), $"×1 segments: {low.Mean:F1}");
        Assert.True(high.ConfidenceInterval(0.99).Contains(3000), $"×3 segments: {high.Mean:F1}");
    }

    private static Fabric Build(ulong seed, bool constantRate, double[] factors)
    {
        var builder = new FabricBuilder(seed)
            .AddNode("A", NodeKind.Host).AddNode("B", NodeKind.Host)
            .AddLink("l", "A", "B", DataRate.Parse("10Gbps"), SimTime.Zero);
        builder = constantRate
            ? builder.AddConstantBitRateFlow("f", "A", "B", DataRate.Parse("8Mbps"), new FixedPacketSize(1000))
            : builder.AddPoissonFlow("f", "A", "B", packetsPerSecond: 1000, new FixedPacketSize(1000));
        return builder.WithRateProfile("f", new RateProfile(factors, SimTime.FromSeconds(2), SimTime.Zero)).Build();
    }
}
