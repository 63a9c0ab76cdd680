using FabricSim.Engine.Time;
using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Resilience;

namespace FabricSim.Scenarios.Tests.Resilience;

/// <summary>Reproducers of VPN failover in the study: a VPN backing up a VXC, and a VPN moving off a dead tunnel after DPD.</summary>
public sealed class VpnFailoverTests
{
    private const string Text = "name: vpn-backup\n" + TwoPortScenario.SydneyToAws + """
        options:
          - name: dx-with-vpn
            ports: [{name: p1, site: dc, speed: 10Gbps}]
            vxcs:
              - {name: v1, a: p1, b: aws-syd, rate: 500Mbps, cloud: {type: aws_hosted}, bgp: {peer_type: private_cloud, bfd: true}}
            vpns:
              - {name: vpn1, site: dc, cloud: aws-syd, internet_access: 1Gbps, dpd_timeout: 20s}
          - name: vpn-only
            vpns:
              - {name: vpn2, site: dc, cloud: aws-syd, internet_access: 1Gbps, dpd_timeout: 20s}
        traffic:
          - {name: a, from: dc, to: aws-syd, type: cbr, rate: 100Mbps, packet_size: 1000B}
        """;

    private static FailureSetOutcome Set(string option, string set) =>
        Assert.Single(Assert.Single(ResilienceStudy.Run(ScenarioLoader.LoadText(Text, "t.yaml")).Options, o => o.Option == option).Sets, s => s.Name == set);

    [Fact]
    public void When_the_VXC_fails_its_flow_moves_onto_the_backup_VPN_once_BFD_has_noticed()
    {
        var flow = Assert.Single(Set("dx-with-vpn", "v1").Flows);
        Assert.False(flow.Lost);
        Assert.Equal("vpn1/tunnel1", flow.Path);
        Assert.Equal(SimTime.FromMilliseconds(900), flow.Outage);
        Assert.True(flow.LatencyChange > SimTime.Zero, "the Internet path is longer than the private one");
    }

    [Fact]
    public void A_backup_tunnel_failing_leaves_the_VXC_flow_alone()
    {
        Assert.Equal(SimTime.Zero, Assert.Single(Set("dx-with-vpn", "vpn1/tunnel1").Flows).Outage);
    }

    [Fact]
    public void A_VPN_flow_leaves_its_dead_active_tunnel_after_the_DPD_timeout()
    {
        var flow = Assert.Single(Set("vpn-only", "vpn2/tunnel1").Flows);
        Assert.Equal("vpn2/tunnel2", flow.Path);
        Assert.Equal(SimTime.FromSeconds(20), flow.Outage);
    }

    [Fact]
    public void Losing_the_site_Internet_access_loses_every_VPN_from_the_site()
    {
        Assert.Equal(1, Set("vpn-only", "dc/internet").FlowsLost);
        Assert.Equal(0, Set("dx-with-vpn", "dc/internet").FlowsLost);
    }
}
