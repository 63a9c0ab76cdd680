using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Running;

namespace FabricSim.Scenarios.Tests.Running;

/// <summary>
/// In a design with both a VXC and a VPN between a site and a cloud, traffic takes the private connection (BGP
/// prefers it); the VPN only carries traffic to ends that no VXC reaches.
/// </summary>
public sealed class VpnStandbyRunTests
{
    private const string Scenario = """
        name: dx-with-vpn
        run: {duration: 5s, warmup: 1s, seed: 4, replications: 2}
        sites:
          - {name: syd-dc, pop: SYD1, prefixes: [192.168.0.0/16]}
        clouds:
          - {name: aws-syd, provider: aws, region: ap-southeast-2, prefixes: [10.10.0.0/16]}
          - {name: azure-syd, provider: azure, region: australiaeast, prefixes: [10.20.0.0/16]}
        options:
          - name: mixed
            ports:
              - {name: syd-port, site: syd-dc, speed: 10Gbps}
            vxcs:
              - {name: dc-aws, a: syd-port, b: aws-syd, rate: 500Mbps}
            vpns:
              - {name: vpn-aws, site: syd-dc, cloud: aws-syd, internet_access: 1Gbps, internet: {loss_rate: 0.05, loss_burst: 1}}
              - {name: vpn-azure, site: syd-dc, cloud: azure-syd, internet_access: 1Gbps, internet: {loss_rate: 0.05, loss_burst: 1}}
        traffic:
          - {name: to-aws, from: syd-dc, to: aws-syd, type: cbr, rate: 10Mbps, packet_size: 1000B}
          - {name: to-azure, from: syd-dc, to: azure-syd, type: cbr, rate: 10Mbps, packet_size: 1000B}
        """;

    [Fact]
    public void The_vxc_carries_what_it_reaches_and_the_vpn_the_rest()
    {
        var result = Simulation.Run(ScenarioLoader.LoadText(Scenario, "mixed.yaml"), new RunOptions(Jobs: 2));

        var flows = Assert.Single(result.Options).Flows;
        var aws = flows.Single(f => f.Flow == "to-aws");
        var azure = flows.Single(f => f.Flow == "to-azure");
        Assert.Equal(0, aws.LossRatio.Mean);
        // The Internet path drops 5 % independently: 2 × 4 s × 1 250 packets/s gives a binomial sd of about 0.3 %.
        Assert.InRange(azure.LossRatio.Mean, 0.05 - 0.01, 0.05 + 0.01);
    }
}
