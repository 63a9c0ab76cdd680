using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Running;

namespace FabricSim.Scenarios.Tests.Running;

/// <summary>
/// Packet counts follow one convention in every result: totals over all replications. A single CBR flow is counted
/// once per packet by the flow and once by each link direction it crosses, so its access port's forwarded count
/// equals the flow's sent count whatever the number of replications.
/// </summary>
public sealed class CountConventionRunTests
{
    private static readonly string Scenario = MelbourneToSydney.Scenario(
        "counts", "{duration: 2s, warmup: 200ms, seed: 3, replications: 3}", "1Gbps", "rate: 100Mbps",
        "  - {name: app, from: mel-dc, to: aws-syd, type: cbr, rate: 10Mbps, packet_size: 1250B}");

    [Fact]
    public void Flow_and_link_packet_counts_are_both_totals_over_all_replications()
    {
        var result = Simulation.Run(ScenarioLoader.LoadText(Scenario, "counts.yaml"), new RunOptions(Jobs: 2));

        var option = result.Options.Single();
        var flow = option.Flows.Single();
        // CBR: 10 Mbit/s / 10,000 bit = 1,000 packets/s over 1.8 s measured, in each of 3 replications.
        Assert.Equal(3 * 1800, flow.PacketsSent, tolerance: 3 * 2);
        var access = option.Links.Single(link => link.Link == "mel-port" && link.From == "mel-dc");
        // The port may still hold a packet sent in the last microseconds of a replication.
        Assert.InRange(access.PacketsForwarded, flow.PacketsSent - 3 * 2, flow.PacketsSent);
        Assert.Equal(3, access.Utilization.Replications);
    }
}
