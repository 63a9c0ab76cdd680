using FabricSim.Scenarios.Yaml;
using System.Globalization;
using FabricSim.Scenarios.Model;

namespace FabricSim.Scenarios.Catalogs;

/// <summary>The VPN gateway limits of scenarios/catalog/vpn-gateways.yaml: per provider, gateway type and SKU, each sourced.</summary>
internal sealed class VpnGatewayCatalog
{
    public const string Resource = "FabricSim.Scenarios.catalog.vpn-gateways.yaml";

    private static readonly Lazy<VpnGatewayCatalog> Bundled = new(() => Load(CatalogLoader.ReadResource(Resource), "vpn-gateways.yaml"));

    private static readonly Shape GatewayShape = new Shape("vpn_gateway_limits", "one VPN gateway's limits")
        .Add(new("provider", FieldKind.Enum, "cloud", "aws", Required: true, Values: ["aws", "azure", "google"]))
        .Add(new("type", FieldKind.String, "gateway type", "transit_gateway", Required: true))
        .Add(new("sku", FieldKind.String, "SKU or tier", "standard", Required: true))
        .Add(new("rate", FieldKind.Rate, "bit rate per direction", "1.25Gbps", Required: true))
        .Add(new("pps", FieldKind.Number, "packets per second per direction", "140000"))
        .Add(new("scope", FieldKind.Enum, "what the limit binds", "tunnel", Required: true, Values: ["tunnel", "gateway"]))
        .Add(new("ecmp", FieldKind.Boolean, "spreads flows over live tunnels", "true", Required: true))
        .Add(new("source", FieldKind.String, "source key", "aws-vpn-quotas", Required: true))
        .Add(new("date", FieldKind.String, "date the source was read", "2026-12-03", Required: true));

    private static readonly Shape PairShape = new Shape("cloud_vpn_pair", "a documented cloud-to-cloud VPN")
        .Add(new("a", FieldKind.Enum, "one cloud", "aws", Required: true, Values: ["aws", "azure", "google"]))
        .Add(new("b", FieldKind.Enum, "the other cloud", "azure", Required: true, Values: ["aws", "azure", "google"]))
        .Add(new("tunnels", FieldKind.StringList, "tunnel counts the guides build", "[4]", Required: true))
        .Add(new("source", FieldKind.String, "source key", "azure-aws-bgp", Required: true))
        .Add(new("date", FieldKind.String, "date the source was read", "2026-12-04", Required: true));

    private static readonly Shape FileShape = new Shape("vpn_gateways_file", "VPN gateway limits")
        .Add(new("sources", FieldKind.Object, "source key -> citation", "", Required: true))
        .Add(new("pairs", FieldKind.ObjectList, "documented cloud-to-cloud VPNs", "", Item: PairShape))
        .Add(new("gateways", FieldKind.ObjectList, "gateway limits", "", Required: true, Item: GatewayShape));

    private VpnGatewayCatalog(IReadOnlyList<VpnGatewayLimits> gateways, IReadOnlyList<CloudVpnPair> pairs)
    {
        Gateways = gateways;
        Pairs = pairs;
    }

    /// <summary>The cloud-to-cloud VPNs the providers document.</summary>
    public IReadOnlyList<CloudVpnPair> Pairs { get; }

    /// <summary>The documented VPN between two providers, in either order; null when none is.</summary>
    public CloudVpnPair? PairOf(CloudProvider x, CloudProvider y) => Pairs.FirstOrDefault(p => p.Joins(x, y));

    public static VpnGatewayCatalog Default => Bundled.Value;

    public IReadOnlyList<VpnGatewayLimits> Gateways { get; }

    /// <summary>The gateway a provider's VPN uses by default: AWS's virtual private gateway, Azure's VpnGw1, Google's HA VPN.</summary>
    public static (string Type, string Sku) DefaultFor(CloudProvider provider) => provider switch
    {
        CloudProvider.Aws => ("virtual_private_gateway", "standard"),
        CloudProvider.Azure => ("vpn_gateway", "VpnGw1"),
        _ => ("ha_vpn", "ha_vpn"),
    };

    public VpnGatewayLimits? Find(CloudProvider provider, string type, string sku) =>
        Gateways.FirstOrDefault(g => g.Provider == provider && g.Type == type && string.Equals(g.Sku, sku, StringComparison.OrdinalIgnoreCase));

    public IEnumerable<VpnGatewayLimits> Of(CloudProvider provider) => Gateways.Where(g => g.Provider == provider);

    internal static VpnGatewayCatalog Load(string text, string file)
    {
        var errors = new ErrorCollector(file);
        var root = new ObjectReader(YamlDocuments.ParseRoot(text, errors), FileShape, errors, "VPN gateway limits");
        var sources = CatalogLoader.ReadSources(root);
        var gateways = new List<VpnGatewayLimits>();
        foreach (var g in root.Objects("gateways", GatewayShape, "gateway"))
        {
            string source = g.StringOr("source", string.Empty);
            if (!sources.TryGetValue(source, out string? citation))
            {
                g.Error("source", $"unknown source '{source}'", "add it under sources");
                continue;
            }
            var provider = CatalogLoader.ParseProvider(g.Choice("provider"));
            var rate = g.Rate("rate");
            if (provider is not { } p || rate is not { } r)
            {
                continue;
            }
            gateways.Add(new VpnGatewayLimits(p, g.StringOr("type", string.Empty), g.StringOr("sku", string.Empty), r, g.Number("pps", 1),
                g.Choice("scope") == "gateway" ? VpnLimitScope.Gateway : VpnLimitScope.Tunnel, g.Boolean("ecmp") ?? false, citation,
                g.StringOr("date", "n/a")));
        }
        var pairs = new List<CloudVpnPair>();
        foreach (var p in root.Objects("pairs", PairShape, "pair"))
        {
            var (a, b) = (CatalogLoader.ParseProvider(p.Choice("a")), CatalogLoader.ParseProvider(p.Choice("b")));
            string source = p.StringOr("source", string.Empty);
            if (!sources.TryGetValue(source, out string? citation))
            {
                p.Error("source", $"unknown source '{source}'", "add it under sources");
                continue;
            }
            var tunnels = p.Strings("tunnels").Select(t => int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : 0).ToList();
            if (tunnels.Any(t => t < 1))
            {
                p.Error("tunnels", "tunnel counts must be whole numbers from 1", "write e.g. 'tunnels: [2, 4]'");
                continue;
            }
            if (a is { } x && b is { } y)
            {
                pairs.Add(new CloudVpnPair(x, y, tunnels, citation, p.StringOr("date", "n/a")));
            }
        }
        errors.ThrowIfAny();
        return new VpnGatewayCatalog(gateways, pairs);
    }

    /// <summary>The limits as a Markdown table (provider, type, SKU, rate, packet rate, scope, ECMP, source, date).</summary>
    public string MarkdownTable()
    {
        var text = new System.Text.StringBuilder("| provider | type | SKU | rate per direction | packets/s | scope | ECMP | source (read) |\n|---|---|---|---|---|---|---|---|\n");
        foreach (var g in Gateways)
        {
            string pps = g.PacketsPerSecond is { } v ? v.ToString("N0", CultureInfo.InvariantCulture) : "not published";
            text.Append(CultureInfo.InvariantCulture,
                $"| {g.Provider.ToString().ToLowerInvariant()} | {g.Type} | {g.Sku} | {g.Rate} | {pps} | {g.Scope.ToString().ToLowerInvariant()} | {(g.Ecmp ? "yes" : "no")} | {g.Source} ({g.Date}) |\n");
        }
        return text.ToString();
    }
}
