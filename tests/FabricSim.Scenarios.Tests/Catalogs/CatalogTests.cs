using FabricSim.Scenarios.Catalogs;
using FabricSim.Scenarios.Model;

namespace FabricSim.Scenarios.Tests.Catalogs;

public class CatalogTests
{
    private static Catalog Catalog => FabricSim.Scenarios.Catalogs.Catalog.Default;

    [Fact]
    public void Catalog_has_the_required_metros()
    {
        string[] cities = ["Sydney", "Melbourne", "Brisbane", "Perth", "Auckland", "Singapore", "Hong Kong", "Tokyo", "Osaka", "Mumbai",
            "Los Angeles", "San Jose", "Seattle", "Dallas", "Chicago", "Ashburn", "New York", "Toronto", "São Paulo", "London",
            "Amsterdam", "Frankfurt", "Paris", "Dublin", "Stockholm", "Johannesburg",
            "Madrid", "Zurich", "Oslo", "Stavanger", "Dubai", "Seoul", "Busan", "Chennai", "Quebec City"];
        Assert.All(cities, city => Assert.Contains(Catalog.Pops, p => p.City == city));
        Assert.Equal(Catalog.Pops.Count, Catalog.Pops.Select(p => p.Code).Distinct().Count());
    }

    [Theory]
    [InlineData(CloudProvider.Aws, "ap-southeast-2", "SYD1")]
    [InlineData(CloudProvider.Azure, "australiaeast", "SYD1")]
    [InlineData(CloudProvider.Google, "australia-southeast1", "SYD1")]
    [InlineData(CloudProvider.Aws, "us-east-1", "IAD1")]
    [InlineData(CloudProvider.Aws, "eu-west-1", "DUB1")]
    [InlineData(CloudProvider.Aws, "eu-central-2", "ZRH1")]
    [InlineData(CloudProvider.Aws, "me-central-1", "DXB1")]
    [InlineData(CloudProvider.Aws, "ap-northeast-2", "ICN1")]
    [InlineData(CloudProvider.Azure, "norwayeast", "OSL1")]
    [InlineData(CloudProvider.Azure, "norwaywest", "SVG1")]
    [InlineData(CloudProvider.Azure, "koreasouth", "PUS1")]
    [InlineData(CloudProvider.Azure, "southindia", "MAA1")]
    [InlineData(CloudProvider.Azure, "canadaeast", "YQB1")]
    [InlineData(CloudProvider.Google, "europe-west6", "ZRH1")]
    public void Cloud_regions_resolve_to_on_ramps_offering_that_cloud(CloudProvider provider, string region, string onRamp)
    {
        var found = Catalog.FindRegion(provider, region);
        Assert.NotNull(found);
        Assert.Equal(onRamp, found.OnRamp);
        Assert.Contains(provider, Catalog.Pops.Single(p => p.Code == onRamp).OnRamps);
    }

    [Fact]
    public void Backbone_links_join_known_pops_and_connect_every_metro()
    {
        var codes = Catalog.Pops.Select(p => p.Code).ToHashSet();
        Assert.All(Catalog.Backbone, l => Assert.True(codes.Contains(l.PopA) && codes.Contains(l.PopB), $"{l.PopA}-{l.PopB}"));
        var reached = new HashSet<string> { "SYD1" };
        bool grew = true;
        while (grew)
        {
            grew = false;
            foreach (var link in Catalog.Backbone)
            {
                grew |= reached.Contains(link.PopA) && reached.Add(link.PopB);
                grew |= reached.Contains(link.PopB) && reached.Add(link.PopA);
            }
        }
        Assert.Equal(codes.Order(), reached.Order());
    }

    [Theory]
    // Reference great-circle distances between city centres (Vincenty on WGS 84, rounded): the haversine on a
    // mean-radius sphere must agree within 0.5%.
    [InlineData("SYD1", "MEL1", 713)]
    [InlineData("LON1", "NYC1", 5570)]
    [InlineData("SIN1", "TYO1", 5320)]
    public void Great_circle_distance_matches_reference(string a, string b, double referenceKm)
    {
        double km = Catalog.Pops.Single(p => p.Code == a).Location.DistanceKm(Catalog.Pops.Single(p => p.Code == b).Location);
        Assert.InRange(km, referenceKm * 0.995, referenceKm * 1.005);
    }

    [Fact]
    public void Every_price_cites_a_source_and_megaport_prices_are_assumptions()
    {
        var prices = Catalog.Prices;
        Assert.Equal(730, prices.HoursPerMonth);
        Assert.Contains("assumption", prices.Note, StringComparison.OrdinalIgnoreCase);
        Assert.All(prices.Entries, e => Assert.False(string.IsNullOrWhiteSpace(e.Source)));
        // A local IX's price is published: no charge beyond its Port (docs.megaport.com/finance/ix-pricing/).
        Assert.All(prices.Entries.Where(e => e.Item.StartsWith("megaport.", StringComparison.Ordinal) && e.Item is not ("megaport.term_discount" or "megaport.ix")),
            e => Assert.True(e.Assumption, e.Item + " " + e.Tier));
        Assert.Equal(0.30m, prices.Find("aws.dx_dedicated_port", "1Gbps")!.Value);
        Assert.Equal(0.05m, prices.Find("megaport.term_discount", "24")!.Value);
        Assert.Equal(0.10m, prices.Find("megaport.term_discount", "36")!.Value);
        Assert.Equal((0m, false), (prices.Find("megaport.ix", "local")!.Value, prices.Find("megaport.ix", "local")!.Assumption));
    }

    [Fact]
    public void Rate_tier_lookup_charges_the_next_tier_up()
    {
        var entry = Catalog.Prices.FindRateTier("megaport.vxc.metro", FabricSim.Network.Units.DataRate.Parse("600Mbps"));
        Assert.Equal("1Gbps", entry!.Tier);
    }

    [Fact]
    public void Catalog_files_on_disk_match_the_embedded_copy()
    {
        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryFiles.ScenariosFolder, "catalog", "pops.yaml")), CatalogLoader.ReadResource(CatalogLoader.PopsResource));
        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryFiles.ScenariosFolder, "catalog", "prices.yaml")), CatalogLoader.ReadResource(CatalogLoader.PricesResource));
        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryFiles.ScenariosFolder, "catalog", "products.yaml")), CatalogLoader.ReadResource(CatalogLoader.ProductsResource));
    }

    [Fact]
    public void Every_region_has_an_on_ramp_offering_its_cloud_and_every_limit_cites_a_dated_source()
    {
        Assert.All(Catalog.Regions, r => Assert.Contains(r.Provider, Catalog.Pops.Single(p => p.Code == r.OnRamp).OnRamps));
        Assert.All(Catalog.Products.Limits, l =>
        {
            Assert.False(string.IsNullOrWhiteSpace(l.Source), l.Item);
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", l.Date);
        });
    }
}
