using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Resilience;

namespace FabricSim.Scenarios.Tests.Resilience;

/// <summary>
/// A site beyond an IX connection or an Internet VXC is cut off when the Port or MCR the connection rides fails, or
/// its PoP, and only then: a peer reached over two connections on diverse ports survives either one.
/// </summary>
public sealed class ExternalConnectionFailureTests
{
    private const string Text = """
        name: outside
        run: {duration: 3s, warmup: 1s}
        sites:
          - {name: dc, pop: SYD1, prefixes: [10.1.0.0/16]}
          - {name: cdn-syd, lat: -33.92, lon: 151.19, prefixes: [198.51.100.0/24]}
          - {name: saas-sg, lat: 1.29, lon: 103.85, prefixes: [203.0.113.0/24]}
        options:
          - name: outside
            ports: [{name: p1, site: dc, speed: 10Gbps}]
            mcrs: [{name: mcr, pop: SYD2, rate: 1Gbps}]
            vxcs: [{name: p1-mcr, a: p1, b: mcr, rate: 1Gbps}]
            internet_vxcs: [{name: inet, a: mcr, rate: 100Mbps, reaches: [saas-sg]}]
            ix_connections: [{name: ix1, port: p1, exchange: Sydney IX, rate: 1Gbps, peers: [cdn-syd]}]
        traffic:
          - {name: content, from: cdn-syd, to: dc, type: poisson, rate: 50Mbps, packet_size: 1000B}
          - {name: saas, from: dc, to: saas-sg, type: poisson, rate: 20Mbps, packet_size: 1000B}
        """;

    [Theory]
    [InlineData("p1", true, true)]
    [InlineData("SYD1", true, true)]
    [InlineData("mcr", false, true)]
    [InlineData("SYD2", false, true)]
    [InlineData("p1-mcr", false, true)]
    public void The_port_or_MCR_a_connection_rides_takes_its_sites_with_it(string element, bool contentLost, bool saasLost)
    {
        var option = Assert.Single(ResilienceStudy.Run(ScenarioLoader.LoadText(Text, "t.yaml")).Options);
        Assert.All(option.Intact, f => Assert.False(f.Lost));
        var set = Assert.Single(option.Sets, s => s.Name == element);
        Assert.Equal(contentLost, set.Flows.Single(f => f.Flow == "content").Lost);
        Assert.Equal(saasLost, set.Flows.Single(f => f.Flow == "saas").Lost);
    }

    [Fact]
    public void A_peer_at_the_exchange_over_two_ports_survives_either_port()
    {
        string two = Text.Replace("ports: [{name: p1, site: dc, speed: 10Gbps}]", "ports: [{name: p1, site: dc, speed: 10Gbps}, {name: p2, site: dc, pop: SYD2, speed: 10Gbps}]", StringComparison.Ordinal)
            .Replace("ix_connections: [{name: ix1, port: p1, exchange: Sydney IX, rate: 1Gbps, peers: [cdn-syd]}]",
                "ix_connections: [{name: ix1, port: p1, exchange: Sydney IX, rate: 1Gbps, peers: [cdn-syd]}, {name: ix2, port: p2, exchange: Sydney IX, rate: 1Gbps, peers: [cdn-syd]}]", StringComparison.Ordinal);
        var option = Assert.Single(ResilienceStudy.Run(ScenarioLoader.LoadText(two, "t.yaml"), 2).Options);
        Assert.False(option.Sets.Single(s => s.Name == "p1").Flows.Single(f => f.Flow == "content").Lost);
        Assert.False(option.Sets.Single(s => s.Name == "p2").Flows.Single(f => f.Flow == "content").Lost);
        Assert.True(option.Sets.Single(s => s.Name == "p1 + p2").Flows.Single(f => f.Flow == "content").Lost);
    }
}
