using FabricSim.Scenarios.Yaml;
using FabricSim.Scenarios.Catalogs;
using FabricSim.Scenarios.Model;

namespace FabricSim.Scenarios.Loading;

/// <summary>
/// Reads which cloud VPN gateway a VPN lands on: <c>gateway</c> (AWS: virtual_private_gateway or transit_gateway) and
/// <c>gateway_sku</c> or <c>tier</c> (AWS: standard or large; Azure: the SKU; Google: ha_vpn or classic), resolved
/// against the sourced limits of the VPN gateway catalog.
/// </summary>
internal static class VpnGatewayMapper
{
    private static readonly Dictionary<string, string> TypeAliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["vgw"] = "virtual_private_gateway",
        ["tgw"] = "transit_gateway",
        ["ha"] = "ha_vpn",
        ["classic"] = "classic_vpn",
    };

    /// <summary>
    /// The cloud named at <paramref name="key"/> that a VPN ends at: declared, and one whose VPN gateway the catalog
    /// has. Null, with the error said (and <paramref name="refusalFix"/>'s fix for Oracle or IBM), otherwise.
    /// </summary>
    /// <param name="siteHint">What to say when the name is a site's (default: that it is not a cloud).</param>
    public static CloudEndpoint? Cloud(ObjectReader vpn, string key, MappingContext context, string name, Func<CloudEndpoint, string> refusalFix,
        string? siteHint = null)
    {
        if (context.Clouds.TryGetValue(name, out var cloud))
        {
            return RefusesProvider(vpn, key, cloud, refusalFix(cloud)) ? null : cloud;
        }
        string hint = context.Sites.ContainsKey(name) ? siteHint ?? $"'{name}' is a site, not a cloud" : NameSuggestions.Hint(name, context.Clouds.Keys.ToList(), "clouds");
        vpn.Error(key, $"unknown cloud '{name}' in {vpn.Label}; {hint}", "name a cloud declared under clouds:");
        return null;
    }

    /// <summary>
    /// Refuses a VPN to an Oracle or IBM cloud at <paramref name="key"/>: their VPN gateways' limits, tunnel behaviour and
    /// prices are not in the catalog. Returns whether the cloud was refused.
    /// </summary>
    private static bool RefusesProvider(ObjectReader vpn, string key, CloudEndpoint cloud, string fix)
    {
        if (cloud.Provider is not (CloudProvider.Oracle or CloudProvider.Ibm))
        {
            return false;
        }
        vpn.Error(key, $"an IPsec VPN to {cloud.Provider.ToString().ToLowerInvariant()} cloud '{cloud.Name}' is not modelled: its VPN gateway limits and prices are not in the catalog", fix);
        return true;
    }

    /// <summary>
    /// Refuses an Azure SKU the price catalog has no hourly price for (the gateway limits list more SKUs than the
    /// prices), so nothing that validates fails at the cost step. Returns whether it was refused.
    /// </summary>
    public static bool Unpriced(ObjectReader vpn, string key, VpnGatewayLimits gateway, PriceBook prices)
    {
        if (gateway.Provider != CloudProvider.Azure || prices.Find("azure.vpn_gateway", gateway.Sku) is not null)
        {
            return false;
        }
        var skus = prices.Entries.Where(e => e.Item == "azure.vpn_gateway").Select(e => e.Tier).ToList();
        vpn.Error(key, $"no price for Azure VPN gateway SKU '{gateway.Sku}'; {NameSuggestions.Hint(gateway.Sku, skus, "SKUs")}", $"use one of: {string.Join(", ", skus)}");
        return true;
    }

    /// <param name="end">Between two clouds, which end's keys to read ("a_" or "b_"); empty for a site's VPN.</param>
    public static VpnGatewayLimits? Read(ObjectReader vpn, CloudEndpoint cloud, string end = "")
    {
        var catalog = VpnGatewayCatalog.Default;
        var (defaultType, defaultSku) = VpnGatewayCatalog.DefaultFor(cloud.Provider);
        string typeKey = end + "gateway", skuKey = end + "gateway_sku";
        string? sku = vpn.String(skuKey);
        if (sku is null && end.Length == 0 && vpn.String("tier") is { } tier)
        {
            (sku, skuKey) = (tier, "tier");
        }
        string? typeText = vpn.String(typeKey);
        string type = typeText is null ? defaultType : TypeAliases.GetValueOrDefault(typeText, typeText);
        if (cloud.Provider == CloudProvider.Google && typeText is null && sku is not null)
        {
            // Google names its gateway kind by tier alone: ha_vpn or classic.
            type = catalog.Of(CloudProvider.Google).FirstOrDefault(g => string.Equals(g.Sku, sku, StringComparison.OrdinalIgnoreCase))?.Type ?? type;
        }
        var offered = catalog.Of(cloud.Provider).ToList();
        if (offered.All(g => g.Type != type))
        {
            var types = offered.Select(g => g.Type).Distinct().ToList();
            vpn.Error(typeKey, $"{cloud.Provider} has no VPN gateway type '{typeText}'; {NameSuggestions.Hint(typeText ?? string.Empty, types, "types")}",
                $"use one of: {string.Join(", ", types)}");
            return null;
        }
        string wanted = sku ?? offered.First(g => g.Type == type && (type != defaultType || string.Equals(g.Sku, defaultSku, StringComparison.OrdinalIgnoreCase))).Sku;
        if (catalog.Find(cloud.Provider, type, wanted) is { } limits)
        {
            return limits;
        }
        var skus = offered.Where(g => g.Type == type).Select(g => g.Sku).ToList();
        vpn.Error(skuKey, $"{cloud.Provider} {type} has no SKU or tier '{sku}'; {NameSuggestions.Hint(sku ?? string.Empty, skus, "SKUs")}",
            $"use one of: {string.Join(", ", skus)}");
        return null;
    }
}
