using FabricSim.Engine.Time;
using FabricSim.Network.Units;
using FabricSim.Scenarios.Catalogs;
using FabricSim.Scenarios.Generation;
using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Model;
using FabricSim.Scenarios.Running;

namespace FabricSim.Scenarios.Tests.Generation;

public sealed class FabricGeneratorTests
{
    private static readonly CloudProvider[] AllClouds = [CloudProvider.Aws, CloudProvider.Azure, CloudProvider.Google];

    private static GeneratorSettings Settings(int sites, GeneratedTopology topology, IReadOnlyList<CloudProvider>? clouds = null, double load = 0.6, ulong seed = 1) =>
        new(sites, clouds ?? AllClouds, topology, DataRate.FromGigabitsPerSecond(10), load, seed);

    private static string Generate(GeneratorSettings settings) => FabricGenerator.Generate(settings, Catalog.Default, "fabricsim generate (test)");

    public static TheoryData<GeneratedTopology, int> Designs => new()
    {
        { GeneratedTopology.Hub, 6 },
        { GeneratedTopology.DualHub, 6 },
        { GeneratedTopology.RegionalHubs, 12 },
        { GeneratedTopology.Mesh, 6 },
        { GeneratedTopology.Hub, 120 },
        { GeneratedTopology.RegionalHubs, 120 },
    };

    [Theory]
    [MemberData(nameof(Designs))]
    public void Every_topology_generates_a_scenario_that_validates(GeneratedTopology topology, int sites)
    {
        var clouds = topology == GeneratedTopology.Mesh ? new[] { CloudProvider.Aws, CloudProvider.Google } : AllClouds;
        var scenario = ScenarioLoader.LoadText(Generate(Settings(sites, topology, clouds)), "generated.yaml");

        Assert.Equal(sites, scenario.Sites.Count);
        Assert.Equal(clouds.Length, scenario.Clouds.Count);
        var option = Assert.Single(scenario.Options);
        Assert.Equal(sites, option.Ports.Count);
        // Every site sends to four others and to each cloud that takes its routes (AWS takes 100 over one VIF), and
        // each cloud answers it.
        int cloudPairs = clouds.Sum(c => c == CloudProvider.Aws && topology != GeneratedTopology.Mesh ? Math.Min(sites, 100) : sites);
        Assert.Equal(sites * 4 + 2 * cloudPairs, scenario.Traffic.Count);
    }

    [Fact]
    public void The_same_settings_give_the_same_file_and_another_seed_another_one()
    {
        string first = Generate(Settings(30, GeneratedTopology.Hub));
        Assert.Equal(first, Generate(Settings(30, GeneratedTopology.Hub)));
        Assert.NotEqual(first, Generate(Settings(30, GeneratedTopology.Hub, seed: 2)));
    }

    [Theory]
    [InlineData(GeneratedTopology.Hub, 0.6)]
    [InlineData(GeneratedTopology.DualHub, 0.3)]
    [InlineData(GeneratedTopology.RegionalHubs, 0.8)]
    [InlineData(GeneratedTopology.Mesh, 0.5)]
    public void The_busiest_element_runs_at_the_requested_load_and_none_above(GeneratedTopology topology, double load)
    {
        var clouds = topology == GeneratedTopology.Mesh ? new[] { CloudProvider.Aws } : AllClouds;
        var fabric = Plan(Settings(40, topology, clouds, load));

        var busiest = ElementSizing.Busiest(fabric);
        // Demands are rounded down to whole kbit/s (and up to 1 kbit/s at least): the busiest element is within a
        // hair of the target, and nothing is over it by more than that.
        Assert.InRange(busiest.Utilization, load * 0.999, load * 1.001);
        Assert.All(fabric.Elements, e => Assert.True(e.Utilization <= load * 1.001, $"{e.Name} at {e.Utilization:P2}"));
        Assert.All(fabric.Elements, e => Assert.Contains(e.Rate, e.Sizes));
    }

    [Fact]
    public void Sizes_are_the_smallest_catalog_size_that_keeps_the_element_under_the_load()
    {
        var settings = Settings(40, GeneratedTopology.Hub, load: 0.5);
        var fabric = Plan(settings);

        foreach (var element in fabric.Elements.Where(e => e.Load > 0))
        {
            int index = element.Sizes.ToList().IndexOf(element.Rate);
            if (index > 0)
            {
                Assert.True(element.Load > 0.5 * element.Sizes[index - 1].BitsPerSecond, $"{element.Name} could be {element.Sizes[index - 1]}");
            }
        }
        var mcr = Assert.Single(fabric.Mcrs);
        // The hub forwards every demand once: its load is the whole demand matrix, as the scenario file writes it.
        var scenario = ScenarioLoader.LoadText(Generate(settings), "generated.yaml");
        Assert.Equal(scenario.Traffic.Sum(d => (double)d.Rate!.Value.BitsPerSecond), mcr.Element.Load, 6);
    }

    [Fact]
    public void A_second_hub_carries_everything_the_first_does_and_sits_in_another_facility_of_its_metro()
    {
        var fabric = Plan(Settings(20, GeneratedTopology.DualHub));

        Assert.Equal(2, fabric.Mcrs.Count);
        Assert.Equal(fabric.Mcrs[0].Element.Load, fabric.Mcrs[1].Element.Load, 6);
        Assert.Equal(fabric.Mcrs[0].Element.Rate, fabric.Mcrs[1].Element.Rate);
        Assert.NotEqual(fabric.Mcrs[0].Pop, fabric.Mcrs[1].Pop);
        Assert.NotEqual(fabric.Mcrs[0].Asn, fabric.Mcrs[1].Asn);
        var mcrs = Assert.Single(ScenarioLoader.LoadText(Generate(Settings(20, GeneratedTopology.DualHub)), "generated.yaml").Options).Mcrs;
        Assert.Equal(["red", "blue"], mcrs.Select(m => m.DiversityZone?.ToString().ToLowerInvariant()));
    }

    [Fact]
    public void Gravity_sends_more_to_the_nearer_of_two_equal_partners_and_the_cloud_share_to_the_clouds()
    {
        var catalog = Catalog.Default;
        Pop Pop(string code) => catalog.Pops.Single(p => p.Code == code);
        var sites = new[]
        {
            new GeneratedSite("syd", Pop("SYD1"), "172.16.0.0/24", 1, 1.0),
            new GeneratedSite("mel", Pop("MEL1"), "172.16.1.0/24", 2, 1.0),
            new GeneratedSite("lon", Pop("LON1"), "172.16.2.0/24", 3, 1.0),
        };
        var clouds = CloudPlacement.Choose([CloudProvider.Aws], sites, catalog);
        var demands = GravityDemands.Build(sites, clouds, Settings(3, GeneratedTopology.Hub) with { CloudShare = 0.4 });

        double Volume(string from, string to) => demands.Single(d => d.From == from && d.To == to).Volume;
        Assert.True(Volume("syd", "mel") > Volume("syd", "lon"));
        // Attraction falls as 1 / (1 + km / 1000): the two shares follow the distances exactly.
        double dMel = Pop("SYD1").Location.DistanceKm(Pop("MEL1").Location);
        double dLon = Pop("SYD1").Location.DistanceKm(Pop("LON1").Location);
        Assert.Equal((1 + dLon / 1000) / (1 + dMel / 1000), Volume("syd", "mel") / Volume("syd", "lon"), 9);
        Assert.Equal(0.6, Volume("syd", "mel") + Volume("syd", "lon"), 9);
        Assert.Equal(0.4, Volume("syd", clouds[0].Name), 9);
        Assert.Equal(0.4, Volume(clouds[0].Name, "syd"), 9);
        // The cloud region is the provider's nearest to the PoP a hub would take.
        var hub = SitePlacement.Busiest(sites).Location;
        Assert.Equal(catalog.Regions.Where(r => r.Provider == CloudProvider.Aws).Min(r => r.Location.DistanceKm(hub)), clouds[0].Region.Location.DistanceKm(hub));
    }

    [Fact]
    public void Settings_a_generator_cannot_honour_are_refused_with_the_reason()
    {
        Assert.Contains(Settings(1, GeneratedTopology.Hub).Problems(), p => p.Contains("--sites"));
        Assert.Contains(Settings(10, GeneratedTopology.Hub, load: 1.5).Problems(), p => p.Contains("--load"));
        Assert.Contains(Settings(10, GeneratedTopology.Mesh).Problems(), p => p.Contains("ExpressRoute"));
        Assert.Empty(Settings(10, GeneratedTopology.Hub).Problems());
    }

    [Fact]
    public void A_small_generated_fabric_runs_and_delivers_every_flow_within_its_loss_requirement()
    {
        var settings = new GeneratorSettings(4, AllClouds, GeneratedTopology.Hub, DataRate.FromGigabitsPerSecond(1), 0.2, 5)
        {
            Duration = SimTime.FromSeconds(4),
            Replications = 2,
        };
        var scenario = ScenarioLoader.LoadText(Generate(settings), "generated.yaml");

        var option = Assert.Single(ScenarioRunner.Run(scenario, new RunOptions(Jobs: 1)).Options);

        Assert.Equal(scenario.Traffic.Count, option.Flows.Count);
        Assert.All(option.Flows, f =>
        {
            Assert.True(f.PacketsReceived > 0, f.Flow);
            // At 20 % load nothing queues for long: loss stays far under the generated 1 % requirement.
            Assert.True(f.LossRatio.Mean < 0.01, $"{f.Flow}: {f.LossRatio.Mean:P3}");
        });
    }

    private static GeneratedFabric Plan(GeneratorSettings settings)
    {
        var sites = SitePlacement.Place(settings.Sites, Catalog.Default, settings.Seed);
        var clouds = CloudPlacement.Choose(settings.Clouds, sites, Catalog.Default);
        var fabric = new GeneratedFabric(settings, sites, clouds, Catalog.Default) { Demands = GravityDemands.Build(sites, clouds, settings) };
        TopologyWiring.Wire(fabric);
        ElementSizing.Size(fabric);
        return fabric;
    }
}
