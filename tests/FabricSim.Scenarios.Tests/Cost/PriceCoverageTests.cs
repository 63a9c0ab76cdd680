using FabricSim.Network.Units;
using FabricSim.Scenarios.Catalogs;
using FabricSim.Scenarios.Cost;
using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Model;

namespace FabricSim.Scenarios.Tests.Cost;

/// <summary>Every product value validate accepts has a price, so no run can fail at the cost step.</summary>
public sealed class PriceCoverageTests
{
    private static readonly Catalog Catalog = Catalog.Default;

    public static TheoryData<string, string> RatedProducts() => new()
    {
        { "megaport.port.speed", "megaport.port" },
        { "megaport.mcr.rate", "megaport.mcr" },
        { "aws.hosted.speed", "aws.dx_hosted" },
        { "aws.dedicated.speed", "aws.dx_dedicated_port" },
        { "azure.expressroute.speed", "azure.expressroute_circuit" },
        { "google.partner.speed", "google.vlan_attachment" },
        { "google.dedicated.attachment", "google.vlan_attachment" },
        { "google.dedicated.speed", "google.dedicated_port" },
    };

    [Theory]
    [MemberData(nameof(RatedProducts))]
    public void Every_offered_rate_has_its_own_price_tier(string product, string priceItem)
    {
        foreach (var rate in Catalog.Products.Rates(product))
        {
            var price = Catalog.Prices.FindRateTier(priceItem, rate);
            Assert.True(price is not null, $"{product} {rate} has no {priceItem} price");
            // The tier is the offered value itself, not a larger one billed in its place.
            Assert.Equal(rate, DataRate.Parse(price!.Tier));
        }
    }

    [Fact]
    public void Every_mve_size_and_contract_term_has_a_price()
    {
        Assert.All(Catalog.Products.Get("megaport.mve.size").Values, size => Assert.NotNull(Catalog.Prices.Find("megaport.mve", size)));
        Assert.All(new[] { "1", "12", "24", "36" }, term => Assert.NotNull(Catalog.Prices.Find("megaport.term_discount", term)));
    }

    [Theory]
    [InlineData("metro")]
    [InlineData("zone")]
    [InlineData("interzone")]
    [InlineData("intercontinental")]
    public void Every_vxc_rate_a_port_allows_has_a_price_in_every_band(string band)
    {
        var fastestPort = Catalog.Products.Rates("megaport.port.speed")[^1];
        foreach (var rate in new[] { DataRate.FromMegabitsPerSecond(1), DataRate.FromMegabitsPerSecond(150), DataRate.FromGigabitsPerSecond(25), fastestPort })
        {
            Assert.NotNull(Catalog.Prices.FindRateTier("megaport.vxc." + band, rate));
        }
    }

    [Fact]
    public void A_vxc_from_sydney_to_melbourne_costs_less_per_mbps_than_one_to_singapore()
    {
        Pop Pop(string code) => Catalog.Pops.Single(p => p.Code == code);
        var melbourne = DistanceBands.Between(Pop("SYD1"), Pop("MEL1"));
        var singapore = DistanceBands.Between(Pop("SYD1"), Pop("SIN1"));
        var rate = DataRate.FromGigabitsPerSecond(1);

        decimal toMelbourne = Catalog.Prices.FindRateTier("megaport.vxc." + DistanceBands.Key(melbourne), rate)!.Value;
        decimal toSingapore = Catalog.Prices.FindRateTier("megaport.vxc." + DistanceBands.Key(singapore), rate)!.Value;

        Assert.Equal(DistanceBand.Interzone, melbourne);
        Assert.Equal(DistanceBand.Intercontinental, singapore);
        Assert.True(toMelbourne < toSingapore, $"Sydney-Melbourne {toMelbourne} USD/month vs Sydney-Singapore {toSingapore}");
    }

    [Fact]
    public void Every_bundled_scenario_is_priced_in_full_at_load()
    {
        foreach (string file in Directory.GetFiles(RepositoryFiles.ScenariosFolder, "*.yaml"))
        {
            var scenario = ScenarioLoader.Load(file);
            Assert.All(scenario.Options, option => Assert.Null(PriceCoverage.Problem(scenario, option)));
        }
    }
}
