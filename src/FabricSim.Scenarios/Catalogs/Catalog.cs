using FabricSim.Scenarios.Model;

namespace FabricSim.Scenarios.Catalogs;

/// <summary>The bundled reference data: PoPs, cloud regions, the provider backbone, the price book and the product limits.</summary>
public sealed class Catalog(
    IReadOnlyList<Pop> pops,
    IReadOnlyList<CloudRegion> regions,
    IReadOnlyList<BackboneLink> backbone,
    double backboneRouteFactor,
    PriceBook prices,
    ProductCatalog products,
    DelayModel delays)
{
    private static readonly Lazy<Catalog> Bundled = new(CatalogLoader.LoadEmbedded);

    /// <summary>The catalog shipped inside the assembly (scenarios/catalog/*.yaml), usable from any working folder.</summary>
    public static Catalog Default => Bundled.Value;

    public IReadOnlyList<Pop> Pops { get; } = pops;

    public IReadOnlyList<CloudRegion> Regions { get; } = regions;

    public IReadOnlyList<BackboneLink> Backbone { get; } = backbone;

    /// <summary>Fibre length / great-circle distance of terrestrial backbone links (fitted, docs/validation.md).</summary>
    public double BackboneRouteFactor { get; } = backboneRouteFactor;

    /// <summary>The same for links between continents (subsea cables).</summary>
    public double SubmarineRouteFactor => Delays.SubmarineRouteFactor;

    /// <summary>The fixed one-way delay at each end of a private path: access circuit, equipment and cloud edge.</summary>
    public Engine.Time.SimTime EndDelay => Delays.EndDelay;

    public DelayModel Delays { get; } = delays;

    public PriceBook Prices { get; } = prices;

    public ProductCatalog Products { get; } = products;

    public CloudRegion? FindRegion(CloudProvider provider, string id) =>
        Regions.FirstOrDefault(r => r.Provider == provider && r.Id == id);
}
