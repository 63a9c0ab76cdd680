using FabricSim.Scenarios.Model;

namespace FabricSim.Scenarios.Catalogs;

/// <summary>The bundled reference data: PoPs, cloud regions, the provider backbone, the price book and the product limits.</summary>
public sealed class Catalog(
    IReadOnlyList<Pop> pops,
    IReadOnlyList<CloudRegion> regions,
    IReadOnlyList<BackboneLink> backbone,
    double backboneRouteFactor,
    PriceBook prices,
    ProductCatalog products)
{
    private static readonly Lazy<Catalog> Bundled = new(CatalogLoader.LoadEmbedded);

    /// <summary>The catalog shipped inside the assembly (scenarios/catalog/*.yaml), usable from any working folder.</summary>
    public static Catalog Default => Bundled.Value;

    public IReadOnlyList<Pop> Pops { get; } = pops;

    public IReadOnlyList<CloudRegion> Regions { get; } = regions;

    public IReadOnlyList<BackboneLink> Backbone { get; } = backbone;

    public double BackboneRouteFactor { get; } = backboneRouteFactor;

    public PriceBook Prices { get; } = prices;

    public ProductCatalog Products { get; } = products;

    public CloudRegion? FindRegion(CloudProvider provider, string id) =>
        Regions.FirstOrDefault(r => r.Provider == provider && r.Id == id);
}
