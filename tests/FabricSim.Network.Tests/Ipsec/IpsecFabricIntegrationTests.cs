using FabricSim.Engine.Time;
using FabricSim.Network.Building;
using FabricSim.Network.Ipsec;
using FabricSim.Network.Topology;
using FabricSim.Network.Units;

namespace FabricSim.Network.Tests.Ipsec;

public sealed class IpsecFabricIntegrationTests
{
    /// <summary>
    /// A builder-made flow carried by a VPN reaches its sink with the one-way delay the model implies: the gateway's
    /// per-packet time (1/140,000 s, longer than the 1056-byte ESP packet's serialization at 1.25 Gbit/s) plus the
    /// inflated great-circle delay, and no loss.
    /// </summary>
    [Fact]
    public void ABuilderFlowRidesTheVpnWithTheExpectedDelay()
    {
        var fabric = new FabricBuilder(seed: 3)
            .AddSite("HQ", -33.87, 151.21)
            .AddNode("AWS-SIN", NodeKind.CspEdge, 1.29, 103.85)
            .AddConstantBitRateFlow("app", "HQ", "AWS-SIN", DataRate.FromMegabitsPerSecond(10), new FabricSim.Network.Traffic.FixedPacketSize(1000))
            .WithWarmUp(SimTime.FromSeconds(1))
            .Build();
        var vpn = new IpsecVpnConnection(fabric.Context, "hq-aws", firstTunnelId: 1000, fabric.Node("HQ"), fabric.Node("AWS-SIN"));
        vpn.Carry(fabric.Flow("app"));
        fabric.Run(SimTime.FromSeconds(5));
        var flow = fabric.Measure().Flows.Single();
        long gatewayNs = (long)Math.Ceiling(1e9 / 140_000);
        Assert.Equal(1056, vpn.Encapsulation.WireBytes(1000));
        Assert.True(DataRate.FromGigabitsPerSecond(1.25).TransmissionTime(1056).Nanoseconds < gatewayNs);
        double expectedMs = (vpn.BaseDelay.Nanoseconds + gatewayNs) / 1e6;
        Assert.Equal(0, flow.PacketsDropped);
        Assert.True(flow.PacketsReceived > 4000);
        Assert.Equal(expectedMs, flow.DelayMeanMs, 6);
    }
}
