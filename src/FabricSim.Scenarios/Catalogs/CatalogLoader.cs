using System.Globalization;
using FabricSim.Network.Units;
using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Model;
using YamlDotNet.RepresentationModel;

namespace FabricSim.Scenarios.Catalogs;

/// <summary>Reads pops.yaml and prices.yaml with the same position-aware reader as scenarios.</summary>
internal static class CatalogLoader
{
    public const string PopsResource = "FabricSim.Scenarios.catalog.pops.yaml";
    public const string PricesResource = "FabricSim.Scenarios.catalog.prices.yaml";

    private static readonly Shape PopsFile = new Shape("pops_file", "PoP catalog")
        .Add(new("route_factor", FieldKind.Number, "default backbone route factor", "1.5", Required: true))
        .Add(new("pops", FieldKind.ObjectList, "PoPs", "", Required: true, Item: ScenarioShapes.Pop))
        .Add(new("regions", FieldKind.ObjectList, "cloud regions", "", Required: true, Item: RegionShape()))
        .Add(new("backbone", FieldKind.ObjectList, "backbone links", "", Required: true, Item: ScenarioShapes.BackboneLink));

    private static readonly Shape PriceShape = new Shape("price", "one list price")
        .Add(new("item", FieldKind.String, "item", "aws.vpn_connection", Required: true))
        .Add(new("tier", FieldKind.String, "tier", "default", Required: true))
        .Add(new("value", FieldKind.Number, "price", "0.05", Required: true))
        .Add(new("unit", FieldKind.String, "unit", "USD/hour", Required: true))
        .Add(new("source", FieldKind.String, "source key", "aws-vpn", Required: true))
        .Add(new("date", FieldKind.String, "source date", "n/a", Required: true))
        .Add(new("assumption", FieldKind.Boolean, "not a published figure", "true"));

    private static readonly Shape PricesFile = new Shape("prices_file", "price book")
        .Add(new("note", FieldKind.String, "caveat", "", Required: true))
        .Add(new("hours_per_month", FieldKind.Integer, "billing hours per month", "730", Required: true))
        .Add(new("sources", FieldKind.Object, "source key -> citation", "", Required: true))
        .Add(new("prices", FieldKind.ObjectList, "prices", "", Required: true, Item: PriceShape));

    public static Catalog LoadEmbedded() =>
        Load(ReadResource(PopsResource), "pops.yaml", ReadResource(PricesResource), "prices.yaml");

    public static string ReadResource(string name)
    {
        using var stream = typeof(CatalogLoader).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The catalog resource {name} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static Catalog Load(string popsText, string popsFile, string pricesText, string pricesFile)
    {
        var popErrors = new ErrorCollector(popsFile);
        var popsRoot = new ObjectReader(YamlDocuments.ParseRoot(popsText, popErrors), PopsFile, popErrors, "pop catalog");
        var pops = popsRoot.Objects("pops", ScenarioShapes.Pop, "pop").Select(p => ReadPop(p)).OfType<Pop>().ToList();
        var regions = new List<CloudRegion>();
        foreach (var r in popsRoot.Objects("regions", RegionShape(), "region"))
        {
            var provider = ParseProvider(r.Choice("provider"));
            double? lat = r.Number("lat", -90, 90);
            double? lon = r.Number("lon", -180, 180);
            string? id = r.String("id");
            string? onRamp = r.String("on_ramp");
            if (provider is { } p && lat is { } la && lon is { } lo && id is not null && onRamp is not null)
            {
                if (!pops.Any(pop => pop.Code == onRamp))
                {
                    r.Error("on_ramp", $"unknown PoP '{onRamp}' in region {id}", "use a PoP code from pops");
                }
                regions.Add(new CloudRegion(p, id, r.StringOr("name", id), new GeoPoint(la, lo), onRamp));
            }
        }
        double routeFactor = popsRoot.Number("route_factor", 1, 10) ?? 1.5;
        var links = new List<BackboneLink>();
        foreach (var l in popsRoot.Objects("backbone", ScenarioShapes.BackboneLink, "backbone link"))
        {
            var between = l.Strings("between");
            var rate = l.Rate("rate");
            if (between.Count == 2 && rate is { } bps)
            {
                links.Add(new BackboneLink(between[0], between[1], bps, l.Number("route_factor", 1, 10) ?? routeFactor, l.Duration("delay")));
            }
        }
        popErrors.ThrowIfAny();

        var priceErrors = new ErrorCollector(pricesFile);
        var pricesRoot = new ObjectReader(YamlDocuments.ParseRoot(pricesText, priceErrors), PricesFile, priceErrors, "price book");
        var sources = ReadSources(pricesRoot);
        var entries = new List<PriceEntry>();
        foreach (var p in pricesRoot.Objects("prices", PriceShape, "price"))
        {
            string source = p.StringOr("source", string.Empty);
            if (!sources.TryGetValue(source, out string? citation))
            {
                p.Error("source", $"unknown source '{source}'", "add it under sources");
                continue;
            }
            string? valueText = (p.ValueNode("value") as YamlScalarNode)?.Value;
            if (!decimal.TryParse(valueText, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal value))
            {
                p.Error("value", $"'{valueText}' is not a price", "write a decimal number");
                continue;
            }
            entries.Add(new PriceEntry(p.StringOr("item", string.Empty), p.StringOr("tier", string.Empty), value,
                p.StringOr("unit", string.Empty), citation, p.StringOr("date", "n/a"), p.Boolean("assumption") ?? false));
        }
        int hours = (int)(pricesRoot.Integer("hours_per_month", 1, 744) ?? 730);
        string note = pricesRoot.StringOr("note", string.Empty);
        priceErrors.ThrowIfAny();
        return new Catalog(pops, regions, links, routeFactor, new PriceBook(entries, note, hours));
    }

    /// <summary>A catalog file's "sources:" mapping of source key to citation.</summary>
    internal static Dictionary<string, string> ReadSources(ObjectReader root)
    {
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        if (root.ValueNode("sources") is YamlMappingNode sourceMap)
        {
            foreach (var (key, value) in sourceMap.Children)
            {
                sources[((YamlScalarNode)key).Value ?? string.Empty] = (value as YamlScalarNode)?.Value ?? string.Empty;
            }
        }
        return sources;
    }

    internal static Pop? ReadPop(ObjectReader p)
    {
        string? code = p.String("code");
        double? lat = p.Number("lat", -90, 90);
        double? lon = p.Number("lon", -180, 180);
        var onRamps = new List<CloudProvider>();
        foreach (string name in p.Strings("on_ramps"))
        {
            if (ParseProvider(name) is { } provider)
            {
                onRamps.Add(provider);
            }
            else
            {
                p.Error("on_ramps", $"'{name}' is not a cloud provider", "use aws, azure or google");
            }
        }
        if (code is null || lat is null || lon is null)
        {
            return null;
        }
        return new Pop(code, p.StringOr("city", code), p.StringOr("country", string.Empty), p.StringOr("region", "custom"),
            new GeoPoint(lat.Value, lon.Value), onRamps);
    }

    internal static CloudProvider? ParseProvider(string? text) => text switch
    {
        "aws" => CloudProvider.Aws,
        "azure" => CloudProvider.Azure,
        "google" => CloudProvider.Google,
        _ => null,
    };

    private static Shape RegionShape() => new Shape("region", "cloud region")
        .Add(new("provider", FieldKind.Enum, "provider", "aws", Required: true, Values: ["aws", "azure", "google"]))
        .Add(new("id", FieldKind.String, "region id", "ap-southeast-2", Required: true))
        .Add(new("name", FieldKind.String, "display name", "Asia Pacific (Sydney)"))
        .Add(new("lat", FieldKind.Number, "latitude", "-33.87", Required: true))
        .Add(new("lon", FieldKind.Number, "longitude", "151.21", Required: true))
        .Add(new("on_ramp", FieldKind.String, "default on-ramp PoP", "SYD1", Required: true));
}
