using System.Globalization;
using FabricSim.Scenarios.Catalogs;
using YamlDotNet.RepresentationModel;

namespace FabricSim.Scenarios.Import;

/// <summary>
/// Megaport location ids and names to catalog PoPs, from scenarios/catalog/megaport-locations.yaml (sourced there);
/// a location the file lacks is found by the metro a megaport_location data source gives, matched to a PoP's city.
/// </summary>
internal sealed class MegaportLocations
{
    public const string Resource = "FabricSim.Scenarios.catalog.megaport-locations.yaml";

    private readonly Dictionary<long, string> _byId = [];
    private readonly Dictionary<string, string> _byName = new(StringComparer.OrdinalIgnoreCase);

    private MegaportLocations()
    {
    }

    public static MegaportLocations Bundled { get; } = Read(CatalogLoader.ReadResource(Resource));

    public static MegaportLocations Read(string yaml)
    {
        var locations = new MegaportLocations();
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        foreach (var item in ((YamlSequenceNode)root.Children[new YamlScalarNode("locations")]).Children.Cast<YamlMappingNode>())
        {
            string pop = Scalar(item, "pop") ?? throw new InvalidOperationException($"megaport-locations.yaml line {item.Start.Line}: a location without a pop");
            if (Scalar(item, "source") is null || Scalar(item, "date") is null)
            {
                throw new InvalidOperationException($"megaport-locations.yaml line {item.Start.Line}: every location carries its source and date");
            }
            if (Scalar(item, "id") is { } id)
            {
                locations._byId[long.Parse(id, CultureInfo.InvariantCulture)] = pop;
            }
            if (Scalar(item, "name") is { } name)
            {
                locations._byName[name] = pop;
            }
        }
        return locations;
    }

    /// <summary>The PoP of a location, by id, by name, or by the metro of its data source; null when none of them is known.</summary>
    public string? Pop(long? id, string? name, string? metro, Catalog catalog)
    {
        if (id is { } known && _byId.TryGetValue(known, out string? byId))
        {
            return byId;
        }
        if (name is not null && _byName.TryGetValue(name, out string? byName))
        {
            return byName;
        }
        return metro is null ? null : catalog.Pops.FirstOrDefault(p => string.Equals(p.City, metro, StringComparison.OrdinalIgnoreCase))?.Code;
    }

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode scalar ? scalar.Value : null;
}
