using FabricSim.Network.Units;
using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Yaml;

namespace FabricSim.Scenarios.Tests.Loading;

/// <summary>
/// IX connections as Megaport sells them (docs.megaport.com/ix/, the Terraform provider's megaport_ix): on a Port, at
/// an exchange the catalog lists in the Port's metro, VLAN 2-4093, no jumbo frames, peers in the exchange's metro.
/// </summary>
public sealed class IxConnectionTests
{
    // The IX connection is on line 10.
    internal const string Valid = """
        name: ix
        run: {duration: 3s, warmup: 1s, seed: 2, replications: 2}
        sites:
          - {name: dc, pop: SYD1, prefixes: [10.1.0.0/16]}
          - {name: cdn-syd, lat: -33.92, lon: 151.19, prefixes: [198.51.100.0/24]}
        options:
          - name: peering
            ports: [{name: dc-port, site: dc, speed: 1Gbps}]
            ix_connections:
              - {name: sydney-ix, port: dc-port, exchange: Sydney IX, rate: 500Mbps, asn: 65000, vlan: 2000, peers: [cdn-syd]}
        traffic:
          - {name: content, from: cdn-syd, to: dc, type: poisson, rate: 100Mbps, packet_size: 1000B}
        """;

    private static string Replace(string oldText, string newText)
    {
        Assert.Contains(oldText, Valid, StringComparison.Ordinal);
        return Valid.Replace(oldText, newText, StringComparison.Ordinal);
    }

    private static ScenarioError Error(string text)
    {
        var ex = Assert.Throws<ScenarioValidationException>(() => ScenarioLoader.LoadText(text, "ix.yaml"));
        return Assert.Single(ex.Errors);
    }

    [Fact]
    public void An_IX_connection_loads_with_the_providers_shape_and_a_private_ASN()
    {
        var ix = Assert.Single(Assert.Single(ScenarioLoader.LoadText(Valid, "ix.yaml").Options).IxConnections);
        Assert.Equal(("dc-port", "Sydney IX", DataRate.Parse("500Mbps"), 65000L, (int?)2000), (ix.Port, ix.Exchange, ix.Rate, ix.Asn, ix.Vlan));
        var named = Assert.Single(Assert.Single(ScenarioLoader.LoadText(Replace("exchange: Sydney IX, rate: 500Mbps", "network_service_type: Sydney IX, rate_limit: 500Mbps"), "ix.yaml").Options).IxConnections);
        Assert.Equal((ix.Exchange, ix.Rate), (named.Exchange, named.Rate));
        Assert.Equal(ix.Peers, named.Peers);
    }

    [Fact]
    public void An_exchange_in_another_metro_is_refused_with_the_exchanges_at_the_ports_metro()
    {
        var error = Error(Replace("exchange: Sydney IX", "exchange: Los Angeles IX"));
        Assert.StartsWith("Los Angeles IX is in Los Angeles, but port 'dc-port' is at SYD1 in Sydney: a remote IX", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("exchanges at Sydney: Sydney IX", error.Message, StringComparison.Ordinal);
        Assert.Equal((10, 52), (error.Line, error.Column));
        Assert.Equal("use 'exchange: Sydney IX'", error.Fix);
    }

    [Fact]
    public void An_exchange_the_catalog_does_not_list_is_refused_at_the_key()
    {
        var error = Error(Replace("exchange: Sydney IX", "exchange: Sidney IX"));
        Assert.StartsWith("exchange 'Sidney IX' of ix_connection 'sydney-ix' is not one the catalog lists", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("at Sydney: Sydney IX", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_peer_outside_the_exchanges_metro_is_refused()
    {
        var error = Error(Replace("lat: -33.92, lon: 151.19", "lat: -37.81, lon: 144.96"));
        Assert.StartsWith("peer 'cdn-syd' of ix_connection 'sydney-ix' is in Melbourne (MEL1), not at Sydney IX in Sydney", error.Message, StringComparison.Ordinal);
        Assert.Contains("Internet VXC", error.Fix, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("vlan: 2000", "vlan: 4094", "VLAN 4094 of ix_connection 'sydney-ix' is outside 2-4093")]
    [InlineData("asn: 65000", "asn: 23456", "AS 23456 of ix_connection 'sydney-ix' is reserved")]
    [InlineData("rate: 500Mbps", "rate: 2Gbps", "rate 2Gbps of ix_connection 'sydney-ix' exceeds the 1Gbps of port 'dc-port'")]
    [InlineData("vlan: 2000,", "vlan: 2000, mtu: 9100B,", "an Internet exchange carries IP packets of at most 1500B, not 9100B")]
    public void What_the_product_forbids_is_refused_at_its_key(string oldText, string newText, string message)
    {
        var error = Error(Replace(oldText, newText));
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(10, error.Line);
    }
}
