using FabricSim.Network.Built;
using FabricSim.Network.Access;
using FabricSim.Network.Bfd;
using FabricSim.Network.Bgp;

namespace FabricSim.Network.Building;

/// <summary>
/// The routed layer of a fabric with VXCs: BGP on every site router with a port, every MCR and every CSP edge the
/// fabric reaches, one session per VXC with its filters, timers and BFD, and each site's and cloud's prefixes
/// announced by the router in front of it (a site served by an MVE, by that MVE). Traffic then follows BGP's best
/// paths through the MCRs.
/// </summary>
internal static class BgpAssembly
{
    /// <summary>Private ASNs given, in order, to routers whose ASN nothing names.</summary>
    private const long FirstPrivateAsn = 65000;

    /// <summary>
    /// ASNs of the cloud providers' edge routers, used when neither the session nor the cloud names one: AWS's default
    /// Amazon-side ASN of a Direct Connect gateway (64512), Azure's fixed 12076, Google's 16550, Oracle's 31898, IBM's 13884.
    /// </summary>
    private static long DefaultAsn(CspProvider provider) => provider switch
    {
        CspProvider.AwsDirectConnect => 64512,
        CspProvider.AzureExpressRoute => 12076,
        CspProvider.OracleFastConnect => 31898,
        CspProvider.IbmDirectLink => 13884,
        _ => 16550,
    };

    /// <summary>The nodes that run BGP: every MCR and every node at an end of a VXC.</summary>
    public static HashSet<string> Speakers(FabricDescription description)
    {
        var speakers = new HashSet<string>(StringComparer.Ordinal);
        if (description.Vxcs.Count == 0)
        {
            return speakers;
        }
        speakers.UnionWith(description.Mcrs.Select(m => m.Name));
        speakers.UnionWith(description.Vxcs.SelectMany(v => new[] { v.EndA, v.EndB }.Select(end => FabricAssembler.EndpointNode(description, v, end))));
        foreach (var cloud in description.Clouds.Where(c => c.HasSeveralEdges))
        {
            speakers.UnionWith(cloud.Edges.Select(e => e.Name));
            speakers.Add(cloud.Name);
        }
        return speakers;
    }

    public static BgpNetwork? Attach(Fabric fabric, FabricDescription description, VpnAssembly vpns)
    {
        if (description.Vxcs.Count == 0)
        {
            return null;
        }
        var bgp = new BgpNetwork(fabric);
        var mcrs = description.Mcrs.ToDictionary(m => m.Name);
        // The provider-hosted routers whose side a VXC's session is written from: peer_asn names the other end.
        var hosted = description.Mcrs.Select(m => m.Name).Concat(description.Mves.Select(m => m.Name)).ToHashSet(StringComparer.Ordinal);
        var speakers = new HashSet<string>(StringComparer.Ordinal);
        long privateAsn = FirstPrivateAsn;
        foreach (var mcr in description.Mcrs)
        {
            bgp.AddSpeaker(mcr.Name, mcr.Asn).MaximumPaths = mcr.MaximumPaths;
            speakers.Add(mcr.Name);
        }
        foreach (var vxc in description.Vxcs)
        {
            foreach (string end in new[] { vxc.EndA, vxc.EndB })
            {
                string node = FabricAssembler.EndpointNode(description, vxc, end);
                if (!speakers.Add(node))
                {
                    continue;
                }
                long? named = vxc.Bgp?.PeerAsn is { } peer && NamesEnd(description, vxc, end, hosted) ? peer : null;
                long asn = description.FindCloud(end) is { } cloud ? named ?? cloud.Asn ?? DefaultAsn(cloud.Provider) : named ?? privateAsn++;
                bgp.AddSpeaker(node, asn).MaximumPaths = MaximumPaths(description, end);
            }
        }
        foreach (var cloud in description.Clouds.Where(c => c.HasSeveralEdges))
        {
            // Edges no VXC lands on, and the region network behind them all, run the cloud's ASN.
            long asn = cloud.Asn ?? DefaultAsn(cloud.Provider);
            foreach (var (edge, _) in cloud.Edges.Where(e => speakers.Add(e.Name)))
            {
                bgp.AddSpeaker(edge, asn).MaximumPaths = cloud.MaximumPaths;
            }
            bgp.AddSpeaker(cloud.Name, asn).MaximumPaths = cloud.MaximumPaths;
            speakers.Add(cloud.Name);
        }
        foreach (var site in description.Sites.Where(s => speakers.Contains(s.Name)))
        {
            foreach (var prefix in site.Prefixes)
            {
                bgp.Originate(site.Name, prefix.ToString());
            }
        }
        foreach (var mve in description.Mves.Where(m => speakers.Contains(m.Name) && !speakers.Contains(m.Site)))
        {
            foreach (var network in description.FindSite(mve.Site)!.Prefixes)
            {
                // The site's networks live behind the MVE serving it, which announces them over its VXCs.
                bgp.Addresses.Assign(fabric.Node(mve.Site).Id, network);
                bgp.Speaker(mve.Name).Originate(network);
            }
        }
        foreach (var (router, destination) in ExternalConnectionAssembly.Announced(description).Where(a => speakers.Contains(a.Router)))
        {
            foreach (var network in description.FindSite(destination)!.Prefixes)
            {
                // Networks beyond an Internet VXC or an exchange: the router learns them there and passes them on.
                bgp.Addresses.Assign(fabric.Node(destination).Id, network);
                bgp.Speaker(router).Originate(network);
            }
        }
        foreach (var cloud in description.Clouds)
        {
            if (cloud.HasSeveralEdges)
            {
                foreach (var network in cloud.Prefixes)
                {
                    // With several edges the region's network announces itself to each of them.
                    bgp.Originate(cloud.Name, network.ToString());
                }
                continue;
            }
            if (!speakers.Contains(cloud.EdgeName))
            {
                continue;
            }
            foreach (var network in cloud.Prefixes)
            {
                // The region's network lives behind its edge router, which announces it.
                bgp.Addresses.Assign(fabric.Node(cloud.Name).Id, network);
                bgp.Speaker(cloud.EdgeName).Originate(network);
            }
        }
        foreach (var vxc in description.Vxcs)
        {
            bool hostedAtA = hosted.Contains(vxc.EndA);
            bool hostedAtB = hosted.Contains(vxc.EndB);
            BfdSettings? bfd = Bfd(vxc, mcrs);
            var configured = (vxc.Bgp?.Session ?? new BgpSessionOptions()) with { Bfd = bfd };
            var plain = vxc.Bgp is null ? configured : new BgpSessionOptions { Timers = configured.Timers, Bfd = bfd, AdvertisementInterval = configured.AdvertisementInterval };
            // The session is written from the hosted router's side (MCR or MVE); the far end takes the same timers
            // unless it is a cloud's, which runs its own.
            var (forA, forB) = hostedAtA || !hostedAtB ? (configured, plain) : (plain, configured);
            bgp.ConnectOverVxc(vxc.Name, WithProviderTimers(description, vxc.EndA, AtCloudEdge(description, bgp, vxc.EndA, forA)),
                WithProviderTimers(description, vxc.EndB, AtCloudEdge(description, bgp, vxc.EndB, forB)));
        }
        foreach (var cloud in description.Clouds.Where(c => c.HasSeveralEdges))
        {
            // Inside the cloud every edge peers with the region network, which reflects each edge's routes to the
            // others (RFC 4456); the provider's own timers, and BFD so the region leaves a failed edge at once.
            var inside = new BgpSessionOptions { Timers = BgpTimers.For(cloud.Provider), Bfd = BfdSettings.For(cloud.Provider), WithinCloud = true };
            foreach (var (edge, _) in cloud.Edges)
            {
                bgp.ConnectOverLink(cloud.RegionLinkOf(edge), inside, inside with { ReflectRoutes = true });
            }
        }
        foreach (var (spec, vpn) in vpns.Routed)
        {
            var cloud = description.FindCloud(spec.Cloud)!;
            if (spec.StaticDistance is { } distance)
            {
                bgp.RouteStaticallyOverVpn(vpn, cloud.Prefixes, description.FindSite(spec.Site)!.Prefixes, distance > VpnSpec.ExternalBgpDistance);
                continue;
            }
            // The cloud's gateway runs its provider's VPN timers (the session takes the smaller hold time) and ranks
            // VPN routes against a private connection's as its provider does.
            var forSite = spec.Bgp ?? VpnSpec.DefaultBgp(cloud.Provider);
            var forCloud = new BgpSessionOptions { Timers = BgpTimers.VpnFor(cloud.Provider), LocalPreference = VpnSpec.CloudLocalPreference(cloud.Provider) };
            bgp.ConnectOverVpn(vpn, forSite, AtCloudEdge(description, bgp, spec.Cloud, forCloud));
        }
        bgp.Start();
        return bgp;
    }

    /// <summary>The multipath setting of the site's router or the cloud's edge at a VXC end; other ends use the best path only.</summary>
    private static int MaximumPaths(FabricDescription description, string end) =>
        description.FindCloud(end)?.MaximumPaths ?? description.FindSite(description.FindPort(end)?.Site ?? end)?.MaximumPaths ?? 1;

    /// <summary>
    /// Whether a VXC's peer ASN is the one of <paramref name="end"/>: the session is written from the hosted router
    /// (MCR or MVE), so the ASN is the other end's; between a port and a cloud it is the cloud's, never the customer's.
    /// </summary>
    private static bool NamesEnd(FabricDescription description, VxcSpec vxc, string end, HashSet<string> hosted)
    {
        if (hosted.Contains(end))
        {
            return false;
        }
        string other = end == vxc.EndA ? vxc.EndB : vxc.EndA;
        bool otherIsCloud = description.FindCloud(other) is not null;
        return hosted.Contains(other) || description.FindCloud(end) is not null || (!otherIsCloud && end == vxc.EndB);
    }

    /// <summary>
    /// A cloud's end of a session passes on only the cloud's own networks unless the cloud transits: those its region
    /// or edges originate, whose AS path holds nothing but the ASNs of the cloud's own routers.
    /// </summary>
    private static BgpSessionOptions AtCloudEdge(FabricDescription description, BgpNetwork bgp, string end, BgpSessionOptions options)
    {
        if (description.FindCloud(end) is not { TransitBetweenConnections: false } cloud)
        {
            return options;
        }
        var routers = (cloud.HasSeveralEdges ? cloud.Edges.Select(e => e.Name).Append(cloud.Name) : [cloud.EdgeName]).ToHashSet(StringComparer.Ordinal);
        var asns = bgp.Speakers.Where(s => routers.Contains(s.Node.Name)).Select(s => s.Asn).ToHashSet();
        return options with { OwnRoutesOnly = true, CloudAsns = asns };
    }

    /// <summary>
    /// A cloud's edge runs its own BGP timers and BFD settings whatever the MCR proposes; the session then negotiates
    /// (the smaller hold time, the slower BFD interval). Its advertisement interval is the eBGP default: no cloud
    /// publishes another.
    /// </summary>
    private static BgpSessionOptions WithProviderTimers(FabricDescription description, string end, BgpSessionOptions options) =>
        description.FindCloud(end) is { } cloud
            ? options with { Timers = BgpTimers.For(cloud.Provider), Bfd = options.Bfd is null ? null : BfdSettings.For(cloud.Provider), AdvertisementInterval = null }
            : options;

    private static BfdSettings? Bfd(VxcSpec vxc, Dictionary<string, McrSpec> mcrs)
    {
        if (vxc.Bgp is { BfdOff: true })
        {
            return null;
        }
        var mcrBfd = new[] { vxc.EndA, vxc.EndB }.Select(e => mcrs.GetValueOrDefault(e)?.Bfd).FirstOrDefault(b => b is not null);
        return mcrBfd ?? vxc.Bgp?.Session.Bfd;
    }
}
