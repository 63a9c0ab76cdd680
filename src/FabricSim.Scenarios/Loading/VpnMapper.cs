using FabricSim.Scenarios.Yaml;
using FabricSim.Engine.Time;
using FabricSim.Network.Ipsec;
using FabricSim.Network.Units;
using FabricSim.Scenarios.Model;

namespace FabricSim.Scenarios.Loading;

/// <summary>Maps an option's IPsec VPNs: site, cloud, cipher, tunnels, gateway SKU (Azure, from the price catalog), DPD, BGP and Internet path.</summary>
internal sealed class VpnMapper : IElementMapper
{
    public void Read(OptionElements option)
    {
        var (context, prefixLists, elements, vpns) = (option.Context, option.PrefixLists, option.Elements, option.Vpns);
        foreach (var v in option.Reader.Objects("vpns", ScenarioShapes.Vpn, "vpn"))
        {
            string? name = v.String("name");
            string? site = v.String("site");
            string? cloudName = v.String("cloud");
            var access = v.Rate("internet_access");
            var cipher = Cipher(v.Choice("cipher"));
            bool natT = v.Boolean("nat_t") ?? false;
            int tunnels = (int)(v.Integer("tunnels", 1, 8) ?? 2);
            var dpd = v.Duration("dpd_timeout", allowZero: false) ?? SimTime.FromSeconds(30);
            // Unless the block says otherwise, the site's router runs the cloud gateway's own timers.
            var provider = cloudName is not null && context.Clouds.TryGetValue(cloudName, out var named) ? named.Provider : CloudProvider.Aws;
            var bgp = BgpMapper.Read(v.Object("bgp", ScenarioShapes.Bgp, $"bgp of {v.Label}"), prefixLists, VpnKeepalive(provider));
            var internet = InternetMapper.Read(v.Object("internet", ScenarioShapes.Internet, $"internet of {v.Label}")) ?? InternetPathSettings.Default;
            bool staticRouting = v.Choice("routing") == "static";
            int staticDistance = (int)(v.Integer("static_distance", 1, 255) ?? 1);
            if (name is null || !ScenarioMapper.Unique(v, name, !elements.Add(name)) || site is null || cloudName is null || access is null)
            {
                continue;
            }
            if (!context.Sites.ContainsKey(site))
            {
                v.Error("site", $"unknown site '{site}' in {v.Label}; {NameSuggestions.Hint(site, context.Sites.Keys.ToList(), "sites")}", "name a site declared under sites:");
                continue;
            }
            if (VpnGatewayMapper.Cloud(v, "cloud", context, cloudName,
                    c => $"reach '{cloudName}' through a VXC with 'cloud: {{type: {(c.Provider == CloudProvider.Oracle ? "oracle_fastconnect" : "ibm_direct_link")}}}'") is not { } cloud
                || VpnGatewayMapper.Read(v, cloud) is not { } gateway || VpnGatewayMapper.Unpriced(v, "gateway_sku", gateway, context.Catalog.Prices))
            {
                continue;
            }
            vpns.Add(new Vpn(name, site, cloudName, cipher, natT, tunnels, access.Value,
                cloud.Provider == CloudProvider.Azure ? gateway.Sku : null, dpd, bgp, internet)
            {
                Gateway = gateway,
                StaticRouting = staticRouting,
                StaticDistance = staticDistance,
            });
        }
    }

    /// <summary>The ESP cipher suite a <c>cipher:</c> names; AES-GCM by default.</summary>
    public static CipherSuite Cipher(string? name) => name switch
    {
        "aes_cbc_sha1" => CipherSuite.AesCbcHmacSha1,
        "aes_cbc_sha256" => CipherSuite.AesCbcHmacSha256,
        _ => CipherSuite.AesGcm16, // aes_gcm_128 and aes_gcm_256: the key length does not change ESP's overhead
    };

    /// <summary>The keepalive of the cloud's VPN gateway (AWS 10 s, Azure 60 s, Google 20 s); the hold time is three of them.</summary>
    private static SimTime VpnKeepalive(CloudProvider provider) => Network.Bgp.BgpTimers.VpnFor(provider.Edge()).Keepalive;
}
