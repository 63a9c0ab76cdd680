using System.Globalization;
using FabricSim.Network.Units;
using FabricSim.Scenarios.Model;
using FabricSim.Scenarios.Yaml;
using YamlDotNet.RepresentationModel;

namespace FabricSim.Scenarios.Catalogs;

/// <summary>Reads pops.yaml and prices.yaml with the same position-aware reader as scenarios.</summary>
internal static class CatalogLoader
{
    public const string PopsResource = "FabricSim.Scenarios.catalog.pops.yaml";
    public const string PricesResource = "FabricSim.Scenarios.catalog.prices.yaml";
    public const string ProductsResource = "FabricSim.Scenarios.catalog.products.yaml";

    private static readonly Shape PopsFile = new Shape("pops_file", "PoP catalog")
        .Add(new("route_factor", FieldKind.Number, "default backbone route factor (terrestrial)", "1.5", Required: true))
        .Add(new("submarine_route_factor", FieldKind.Number, "route factor of backbone links between continents", "1.5", Required: true))
        .Add(new("end_delay", FieldKind.Duration, "fixed one-way delay at each end of a private path", "1ms", Required: true))
        .Add(new("pops", FieldKind.ObjectList, "PoPs", "", Required: true, Item: CatalogShapes.Pop))
        .Add(new("regions", FieldKind.ObjectList, "cloud regions", "", Required: true, Item: RegionShape()))
        .Add(new("backbone", FieldKind.ObjectList, "backbone links", "", Required: true, Item: CatalogShapes.BackboneLink));

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

    private static readonly Shape LimitShape = new Shape("limit", "one product limit")
        .Add(new("item", FieldKind.String, "item", "megaport.port.speed", Required: true))
        .Add(new("values", FieldKind.StringList, "offered values", "[1Gbps, 10Gbps]"))
        .Add(new("value", FieldKind.Integer, "a single figure", "100"))
        .Add(new("source", FieldKind.String, "source key", "megaport-port", Required: true))
        .Add(new("date", FieldKind.String, "date read", "2026-12-03", Required: true));

    private static readonly Shape ProductsFile = new Shape("products_file", "product catalog")
        .Add(new("sources", FieldKind.Object, "source key -> citation", "", Required: true))
        .Add(new("limits", FieldKind.ObjectList, "limits", "", Required: true, Item: LimitShape));

    public static Catalog LoadEmbedded() =>
        Load(ReadResource(PopsResource), "pops.yaml", ReadResource(PricesResource), "prices.yaml", ReadResource(ProductsResource), "products.yaml");

    public static string ReadResource(string name)
    {
        using var stream = typeof(CatalogLoader).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The catalog resource {name} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static Catalog Load(string popsText, string popsFile, string pricesText, string pricesFile, string productsText, string productsFile)
    {
        var popErrors = new ErrorCollector(popsFile);
        var popsRoot = new ObjectReader(YamlDocuments.ParseRoot(popsText, popErrors), PopsFile, popErrors, "pop catalog");
        var pops = popsRoot.Objects("pops", CatalogShapes.Pop, "pop").Select(p => ReadPop(p)).OfType<Pop>().ToList();
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
        double submarine = popsRoot.Number("submarine_route_factor", 1, 10) ?? routeFactor;
        var delays = new DelayModel(popsRoot.Duration("end_delay") ?? Engine.Time.SimTime.Zero, submarine);
        var links = new List<BackboneLink>();
        foreach (var l in popsRoot.Objects("backbone", CatalogShapes.BackboneLink, "backbone link"))
        {
            var between = l.Strings("between");
            var rate = l.Rate("rate");
            if (between.Count == 2 && rate is { } bps)
            {
                // A link between continents is a subsea cable, whose path strays from the great circle by another factor.
                var ends = pops.Where(p => p.Code == between[0] || p.Code == between[1]).ToList();
                double linkFactor = ends.Count == 2 && ends[0].Continent != ends[1].Continent ? submarine : routeFactor;
                links.Add(new BackboneLink(between[0], between[1], bps, l.Number("route_factor", 1, 10) ?? linkFactor, l.Duration("delay")));
            }
        }
        popErrors.ThrowIfAny();

        var priceErrors = new ErrorCollector(pricesFile);
        var pricesRoot = new ObjectReader(YamlDocuments.ParseRoot(pricesText, priceErrors), PricesFile, priceErrors, "price book");
        var sources = ReadSources(pricesRoot);
        var entries = new List<PriceEntry>();
        foreach (var p in pricesRoot.Objects("prices", PriceShape, "price"))
        {
            if (Citation(p, sources) is not { } citation)
            {
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
        return new Catalog(pops, regions, links, routeFactor, new PriceBook(entries, note, hours), LoadProducts(productsText, productsFile), delays);
    }

    private static ProductCatalog LoadProducts(string text, string file)
    {
        var errors = new ErrorCollector(file);
        var root = new ObjectReader(YamlDocuments.ParseRoot(text, errors), ProductsFile, errors, "product catalog");
        var sources = ReadSources(root);
        var limits = new List<ProductLimit>();
        foreach (var l in root.Objects("limits", LimitShape, "limit"))
        {
            if (Citation(l, sources) is not { } citation)
            {
                continue;
            }
            var values = l.Strings("values");
            long? value = l.Integer("value", 0);
            if (values.Count == 0 && value is null)
            {
                l.Errors.Add(l.Node, $"{l.Label} has neither values nor value", "add 'values: [...]' or 'value: N'");
                continue;
            }
            limits.Add(new ProductLimit(l.StringOr("item", string.Empty), values, value, citation, l.StringOr("date", "n/a")));
        }
        errors.ThrowIfAny();
        return new ProductCatalog(limits);
    }

    /// <summary>The citation an entry's source key names, or null (reported) when the key is not under sources.</summary>
    private static string? Citation(ObjectReader entry, Dictionary<string, string> sources)
    {
        string source = entry.StringOr("source", string.Empty);
        if (sources.TryGetValue(source, out string? citation))
        {
            return citation;
        }
        entry.Error("source", $"unknown source '{source}'", "add it under sources");
        return null;
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
                p.Error("on_ramps", $"'{name}' is not a cloud provider", "use aws, azure, google, oracle or ibm");
            }
        }
        if (code is null || lat is null || lon is null)
        {
            return null;
        }
        string region = p.StringOr("region", "custom");
        return new Pop(code, p.StringOr("city", code), p.StringOr("country", string.Empty), region, new GeoPoint(lat.Value, lon.Value), onRamps)
        {
            Zone = p.StringOr("zone", code),
            Continent = p.StringOr("continent", region),
        };
    }

    internal static CloudProvider? ParseProvider(string? text) => text switch
    {
        "aws" => CloudProvider.Aws,
        "azure" => CloudProvider.Azure,
        "google" => CloudProvider.Google,
        "oracle" => CloudProvider.Oracle,
        "ibm" => CloudProvider.Ibm,
        _ => null,
    };

    private static Shape RegionShape() => new Shape("region", "cloud region")
        .Add(new("provider", FieldKind.Enum, "provider", "aws", Required: true, Values: ["aws", "azure", "google", "oracle", "ibm"]))
        .Add(new("id", FieldKind.String, "region id", "ap-southeast-2", Required: true))
        .Add(new("name", FieldKind.String, "display name", "Asia Pacific (Sydney)"))
        .Add(new("lat", FieldKind.Number, "latitude", "-33.87", Required: true))
        .Add(new("lon", FieldKind.Number, "longitude", "151.21", Required: true))
        .Add(new("on_ramp", FieldKind.String, "default on-ramp PoP", "SYD1", Required: true));
}
