using System.Net;
using FabricSim.Scenarios.Model;
using FabricSim.Scenarios.Reachability;

namespace FabricSim.Scenarios.Loading;

/// <summary>
/// A VPN beside a private connection between the same site and cloud is a backup only if BGP can move traffic onto it
/// when the VXC fails and prefers the VXC while it is up. Each way a design breaks that is an error at the key that
/// breaks it: a prefix list that lets no route of the far end over the VPN, a site that ranks the VPN above the VXC,
/// or a Google design where the cloud would prefer (or share) the VPN because the customer sends it no worse a path.
/// </summary>
internal static class VpnBackupCheck
{
    public static void Run(MappingContext context, MappedOption mapped)
    {
        var option = mapped.Option;
        foreach (var vpn in option.Vpns.Where(v => !v.BetweenClouds && option.ReachesPrivately(v.Site, v.Cloud)))
        {
            var site = context.Sites[vpn.Site];
            var cloud = context.Clouds[vpn.Cloud];
            if (vpn.StaticRouting)
            {
                CheckStaticRoutes(context, mapped, vpn, cloud.Provider);
                continue;
            }
            var lists = option.PrefixLists;
            if (vpn.Bgp?.ImportList is { } import && !cloud.Prefixes.Any(p => PrefixMatch.Permits(lists.First(l => l.Name == import), p)))
            {
                context.Errors.Add(OptionNodes.VpnKey(mapped, vpn.Name, "bgp", "import"),
                    $"VPN '{vpn.Name}' in option '{option.Name}' can never take over from the VXC: its import list '{import}' accepts none of cloud '{cloud.Name}''s networks ({Networks(cloud.Prefixes)}), so the site learns no route over it",
                    $"permit {Networks(cloud.Prefixes)} in prefix list '{import}', or remove the import list");
            }
            if (vpn.Bgp?.ExportList is { } export && !site.Prefixes.Any(p => PrefixMatch.Permits(lists.First(l => l.Name == export), p)))
            {
                context.Errors.Add(OptionNodes.VpnKey(mapped, vpn.Name, "bgp", "export"),
                    $"VPN '{vpn.Name}' in option '{option.Name}' can never take over from the VXC: its export list '{export}' advertises none of site '{site.Name}''s networks ({Networks(site.Prefixes)}), so the cloud has no route back over it",
                    $"permit {Networks(site.Prefixes)} in prefix list '{export}', or remove the export list");
            }
            CheckSitePreference(context, mapped, vpn);
            if (cloud.Provider == CloudProvider.Azure && vpn.Bgp is { } timers && timers.Hold <= AzureTimers.Keepalive)
            {
                context.Errors.Add(OptionNodes.VpnKey(mapped, vpn.Name, "bgp", timers.Hold == timers.Keepalive * 3 ? "keepalive" : "hold"),
                    $"VPN '{vpn.Name}' in option '{option.Name}' would lose its BGP session over and over: Azure VPN Gateway keeps its fixed timers, a keepalive every {AzureTimers.Keepalive} and a {AzureTimers.Hold} hold, and does not negotiate them down (learn.microsoft.com/azure/vpn-gateway/vpn-gateway-vpn-faq, read 2026-12-04), so a {timers.Hold} hold at the site expires between its keepalives",
                    $"use Azure's timers: bgp: {{keepalive: 60s, hold: 180s}} (or leave them out)");
            }
            if (cloud.Provider == CloudProvider.Google)
            {
                CheckGoogleRanking(context, mapped, vpn);
            }
        }
    }

    /// <summary>
    /// Static routes over a VPN beside a VXC: Google's HA VPN has no static routing, a bgp block would be ignored, and
    /// a static route at or below eBGP's administrative distance beats the VXC's BGP route for good.
    /// </summary>
    private static void CheckStaticRoutes(MappingContext context, MappedOption mapped, Vpn vpn, CloudProvider provider)
    {
        var option = mapped.Option;
        if (provider == CloudProvider.Google)
        {
            context.Errors.Add(OptionNodes.VpnKey(mapped, vpn.Name, "routing"),
                $"VPN '{vpn.Name}' in option '{option.Name}' asks for static routing, which Google's HA VPN does not offer: it routes by BGP only (docs.cloud.google.com/network-connectivity/docs/vpn/concepts/choosing-networks-routing, read 2026-12-04)",
                "remove routing: static (BGP over the tunnels, with bgp: {med: ...} to make it the backup)");
            return;
        }
        if (vpn.Bgp is not null)
        {
            context.Errors.Add(OptionNodes.VpnKey(mapped, vpn.Name, "bgp"),
                $"VPN '{vpn.Name}' in option '{option.Name}' has a bgp block but routing: static, so no BGP runs over it",
                "remove the bgp block, or routing: static to run BGP over the tunnels");
        }
        if (vpn.StaticDistance <= Network.Building.VpnSpec.ExternalBgpDistance)
        {
            var at = OptionNodes.VpnKey(mapped, vpn.Name, "static_distance");
            if (ReferenceEquals(at, OptionNodes.Vpn(mapped, vpn.Name)))
            {
                at = OptionNodes.VpnKey(mapped, vpn.Name, "routing");
            }
            context.Errors.Add(at,
                $"VPN '{vpn.Name}' in option '{option.Name}' takes the site's traffic to '{vpn.Cloud}' while the VXC is up: its static routes at administrative distance {vpn.StaticDistance} beat the VXC's eBGP routes ({Network.Building.VpnSpec.ExternalBgpDistance}), so the VXC never carries it",
                $"make them floating static routes: static_distance: 250 (anything above {Network.Building.VpnSpec.ExternalBgpDistance})");
        }
    }

    /// <summary>
    /// The site's router ranks routes learnt over the VPN at local preference 50 unless the VPN's bgp block sets one;
    /// above the VXC's it carries the site's traffic while the VXC is up, and equal it wins on the shorter AS path
    /// when the VXC's path crosses an MCR.
    /// </summary>
    private static void CheckSitePreference(MappingContext context, MappedOption mapped, Vpn vpn)
    {
        var option = mapped.Option;
        if (vpn.Bgp is not { } bgp || bgp.LocalPreference == DefaultLocalPreference)
        {
            return;
        }
        var ports = option.Ports.Where(p => p.Site == vpn.Site).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var fromSite = option.Vxcs.Where(v => ports.Contains(v.EndA) || ports.Contains(v.EndB)).ToList();
        bool direct = fromSite.Any(v => v.Touches(vpn.Cloud));
        // A port-to-cloud VXC's bgp block configures the site's end; a port-to-MCR one the MCR's, so the site's is plain.
        long vxcPreference = fromSite.Count == 0 ? DefaultLocalPreference
            : fromSite.Max(v => v.Touches(vpn.Cloud) ? v.Bgp?.LocalPreference ?? DefaultLocalPreference : DefaultLocalPreference);
        if (bgp.LocalPreference > vxcPreference || (bgp.LocalPreference == vxcPreference && !direct))
        {
            context.Errors.Add(OptionNodes.VpnKey(mapped, vpn.Name, "bgp", "local_preference"),
                $"VPN '{vpn.Name}' in option '{option.Name}' takes the site's traffic to '{vpn.Cloud}' while the VXC is up: local preference {bgp.LocalPreference} on its routes against {vxcPreference} on the VXC's{(direct ? string.Empty : ", whose path through the MCR is longer")}, so the VXC never carries it",
                $"leave local_preference out (a VPN's routes default to {Network.Building.VpnSpec.BackupLocalPreference}, the backup) or set it below {vxcPreference}");
        }
    }

    /// <summary>
    /// Google ranks what it learns by the MED the customer sends and spreads equal routes by ECMP; the model, as any BGP
    /// router, also compares the AS path first. The VPN is the backup under both when its MED is higher and its path
    /// no shorter.
    /// </summary>
    private static void CheckGoogleRanking(MappingContext context, MappedOption mapped, Vpn vpn)
    {
        var option = mapped.Option;
        var interconnect = option.Vxcs.Where(v => v.Touches(vpn.Cloud))
            .Select(v => (Length: (option.Mcrs.Any(m => m.Name == v.OtherEnd(vpn.Cloud)) ? 2 : 1) + (v.Bgp?.AsPathPrepend ?? 0), Med: v.Bgp?.Med ?? 0))
            .OrderBy(p => p.Length).ThenBy(p => p.Med).First();
        int length = 1 + (vpn.Bgp?.AsPathPrepend ?? 0);
        long med = vpn.Bgp?.Med ?? 0;
        // A backup under either reading of Google's ranking: by MED alone, or by AS path and then MED.
        if (length >= interconnect.Length && med > interconnect.Med)
        {
            return;
        }
        string effect = length < interconnect.Length ? "may prefer the VPN, whose AS path is shorter,"
            : med < interconnect.Med ? "prefers the VPN, whose MED is lower,"
            : "spreads its traffic to the site over both by ECMP, their MEDs being equal,";
        context.Errors.Add(OptionNodes.VpnKey(mapped, vpn.Name, vpn.Bgp is null ? "name" : "bgp"),
            $"VPN '{vpn.Name}' in option '{option.Name}' is not a backup at Google: Google Cloud ranks the routes it learns by the MED the site sends and {effect} while the Interconnect is up (AS path {length} against {interconnect.Length}, MED {med} against {interconnect.Med}; cloud.google.com/vpc/docs/routes)",
            $"send a higher MED over the VPN (bgp: {{med: {interconnect.Med + 100}{(length < interconnect.Length ? $", as_path_prepend: {interconnect.Length - length}" : string.Empty)}}})");
    }

    private static readonly Network.Bgp.BgpTimers AzureTimers = Network.Bgp.BgpTimers.AzureVpnGateway;

    private static readonly long DefaultLocalPreference = new Network.Bgp.BgpSessionOptions().LocalPreference;

    private static string Networks(IReadOnlyList<IPNetwork> prefixes) => string.Join(", ", prefixes);
}
