using FabricSim.Engine.Time;
using FabricSim.Network.Access;
using FabricSim.Network.Addressing;
using FabricSim.Network.Building;
using FabricSim.Network.Geography;
using FabricSim.Network.Metrics;
using FabricSim.Network.Packets;
using FabricSim.Network.Traffic;
using FabricSim.Network.Units;

namespace FabricSim.Network.Tests.Access;

/// <summary>
/// An MCR routes IP packets of at most 1500 bytes (Megaport's fixed MCR IP MTU) although its VXCs carry jumbo frames:
/// larger packets on a routed path through it are dropped and counted as too big.
/// </summary>
public sealed class McrMtuTests
{
    private static McrRun Run(int packetBytes)
    {
        var sydney = new GeoLocation(-33.87, 151.21);
        var description = new FabricDescription
        {
            Pops = [new PopSpec("SYD1", sydney)],
            Sites = [new SiteSpec("dc", sydney, [Ipv4Prefix.Parse("192.168.0.0/16")])],
            Clouds = [new CloudSpec("aws", CspProvider.AwsDirectConnect, "SYD1", sydney, [Ipv4Prefix.Parse("10.10.0.0/16")])],
            Ports = [new PortSpec("dc-port", "dc", "SYD1", DataRate.Parse("10Gbps"))],
            Mcrs = [new McrSpec("mcr", "SYD1", DataRate.Parse("5Gbps"), Asn: 133937)],
            Vxcs = [new VxcSpec("dc-mcr", "dc-port", "mcr", DataRate.Parse("1Gbps")), new VxcSpec("mcr-aws", "mcr", "aws", DataRate.Parse("1Gbps"))],
            Demands = [new DemandSpec("to-aws", "dc", "aws", DemandKind.ConstantBitRate) { Rate = DataRate.Parse("10Mbps"), Sizes = new FixedPacketSize(packetBytes) }],
            WarmUp = SimTime.FromMilliseconds(500),
            Duration = SimTime.FromSeconds(2),
        };
        var fabric = description.Build(seed: 5);
        fabric.Run();
        return new McrRun(fabric.Measure().Flows.Single(f => f.Flow == "to-aws"), fabric.Fabric.Context.Ledger.Total(DropReason.TooBig));
    }

    private sealed record McrRun(FlowMeasurement Flow, long TooBig);

    [Fact]
    public void Jumbo_packets_routed_through_an_mcr_are_dropped_as_too_big()
    {
        // Before: 9000-byte packets crossed the MCR, whose link to its PoP took jumbo frames.
        var run = Run(9000);

        Assert.True(run.Flow.PacketsSent > 0);
        Assert.Equal(0, run.Flow.PacketsReceived);
        Assert.True(run.TooBig >= run.Flow.PacketsSent);
    }

    [Fact]
    public void Packets_of_the_mcr_ip_mtu_cross_it()
    {
        var run = Run(1500);

        Assert.Equal(0, run.TooBig);
        Assert.True(run.Flow.PacketsReceived > 0);
        Assert.Equal(0, run.Flow.PacketsDropped);
    }
}
