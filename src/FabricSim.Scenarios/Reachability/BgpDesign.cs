using System.Net;
using FabricSim.Scenarios.Catalogs;
using FabricSim.Scenarios.Model;

namespace FabricSim.Scenarios.Reachability;

/// <summary>One end's view of a VXC's BGP session: what it calls the peer and the policy it applies.</summary>
internal sealed record SessionSide(Network.Bgp.PeerType PeerType, PrefixListSettings? Import, PrefixListSettings? Export, int AsPathPrepend, long? Med, long LocalPreference)
{
    public static readonly SessionSide Plain = new(Network.Bgp.PeerType.NonCloud, null, null, 0, null, 100);
}

/// <summary>A BGP session over a VXC between two routers, with each end's policy; Order breaks ties deterministically.</summary>
internal sealed record DesignSession(int Order, string Vxc, string A, string B, SessionSide AtA, SessionSide AtB, CloudConnection? Cloud)
{
    public string Other(string node) => node == A ? B : A;

    public SessionSide Side(string node) => node == A ? AtA : AtB;
}

/// <summary>
/// The routed design of one option as BGP sees it, read from the scenario model: a speaker per router with its ASN
/// (MCRs and MVEs, the router of each site with a port, the edge of each cloud with a VXC), one session per VXC, and
/// the prefixes each speaker originates. ASNs and session policy follow the same defaults as the packet-level run.
/// </summary>
internal sealed class BgpDesign
{
    private const long FirstPrivateAsn = 65000;

    private readonly Dictionary<string, long> _asn = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<IPNetwork>> _originated = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _routerOf = new(StringComparer.Ordinal);
    private readonly List<DesignSession> _sessions = [];
    private readonly HashSet<string> _noTransit = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _maximumPaths = new(StringComparer.Ordinal);

    public BgpDesign(IEnumerable<Site> sites, IEnumerable<CloudEndpoint> clouds, DesignOption option, ProductCatalog products)
    {
        var siteList = sites.ToList();
        var cloudList = clouds.ToList();
        if (option.Vxcs.Count == 0)
        {
            return;
        }
        var hosted = option.Mcrs.Select(m => m.Name).Concat(option.Mves.Select(m => m.Name)).ToHashSet(StringComparer.Ordinal);
        long privateAsn = FirstPrivateAsn;
        foreach (var mcr in option.Mcrs)
        {
            _asn[mcr.Name] = mcr.Asn;
            _maximumPaths[mcr.Name] = mcr.MaximumPaths;
        }
        foreach (var vxc in option.Vxcs)
        {
            foreach (string end in new[] { vxc.EndA, vxc.EndB })
            {
                string node = Node(option, end);
                if (_asn.ContainsKey(node))
                {
                    continue;
                }
                long? named = vxc.Bgp?.PeerAsn is { } peer && IsFarEnd(end, vxc.EndA, vxc.EndB, hosted, cloudList.Select(c => c.Name)) ? peer : null;
                var cloud = cloudList.FirstOrDefault(c => c.Name == end);
                _asn[node] = cloud is not null ? named ?? products.DefaultAsn(cloud.Provider) : named ?? privateAsn++;
                // As the packet build sets it: the cloud's or the site's own setting; an MVE uses the best path only.
                _maximumPaths[node] = cloud?.MaximumPaths ?? siteList.FirstOrDefault(s => s.Name == node)?.MaximumPaths ?? 1;
            }
        }
        foreach (var site in siteList.Where(s => _asn.ContainsKey(s.Name)))
        {
            Originate(site.Name, site.Prefixes);
            _routerOf[site.Name] = site.Name;
        }
        foreach (var mve in option.Mves.Where(m => _asn.ContainsKey(m.Name) && !_asn.ContainsKey(m.Site)))
        {
            Originate(mve.Name, siteList.First(s => s.Name == mve.Site).Prefixes);
            _routerOf[mve.Site] = mve.Name;
        }
        foreach (var (destination, _, end) in option.ExternalDestinations)
        {
            // Beyond an Internet VXC or an exchange: the MCR or site router at its end learns the networks there.
            string router = Node(option, end);
            if (_asn.ContainsKey(router) && !_routerOf.ContainsKey(destination))
            {
                Originate(router, siteList.First(s => s.Name == destination).Prefixes);
                _routerOf[destination] = router;
            }
        }
        foreach (var cloud in cloudList.Where(c => _asn.ContainsKey(c.Name)))
        {
            Originate(cloud.Name, cloud.Prefixes);
            _routerOf[cloud.Name] = cloud.Name;
            if (cloud.Transit is null)
            {
                _noTransit.Add(cloud.Name);
            }
        }
        foreach (var vxc in option.Vxcs)
        {
            bool hostedAtA = hosted.Contains(vxc.EndA);
            bool hostedAtB = hosted.Contains(vxc.EndB);
            var configured = vxc.Bgp is null && vxc.Cloud is not null ? SessionSide.Plain with { PeerType = vxc.Cloud.PeerType } : Side(vxc.Bgp, option);
            // The file states a VXC's session from the hosted router's side (MCR or MVE); the far end applies no policy.
            var (atA, atB) = hostedAtA || !hostedAtB ? (configured, SessionSide.Plain) : (SessionSide.Plain, configured);
            _sessions.Add(new DesignSession(_sessions.Count, vxc.Name, Node(option, vxc.EndA), Node(option, vxc.EndB), atA, atB, vxc.Cloud));
        }
    }

    public IReadOnlyList<DesignSession> Sessions => _sessions;

    public IReadOnlyDictionary<string, long> Asns => _asn;

    public IReadOnlyDictionary<string, List<IPNetwork>> Originated => _originated;

    public bool IsSpeaker(string node) => _asn.ContainsKey(node);

    /// <summary>How many equal-cost paths <paramref name="node"/> shares flows over (its maximum_paths).</summary>
    public int MaximumPaths(string node) => _maximumPaths.GetValueOrDefault(node, 1);

    /// <summary>A cloud's edge that passes on only the cloud's own networks (no SiteLink, Global Reach or NCC site-to-site).</summary>
    public bool IsNonTransitCloud(string node) => _noTransit.Contains(node);

    /// <summary>The router that originates an endpoint's prefixes (the site's router or MVE, the cloud's edge), or null when BGP does not reach it.</summary>
    public string? RouterOf(string endpoint) => _routerOf.GetValueOrDefault(endpoint);

    /// <summary>
    /// Whether a VXC's peer_asn names <paramref name="end"/>: the session is written from the hosted router (MCR or
    /// MVE), so peer_asn is the other end's; between a port and a cloud it is the cloud's, never the customer's.
    /// </summary>
    internal static bool IsFarEnd(string end, string endA, string endB, IReadOnlySet<string> hosted, IEnumerable<string> clouds)
    {
        if (hosted.Contains(end))
        {
            return false;
        }
        string other = end == endA ? endB : endA;
        return hosted.Contains(other) || clouds.Contains(end) || (!clouds.Contains(other) && end == endB);
    }

    /// <summary>The router a VXC end names: a port's site, else the MCR, MVE or cloud itself (its edge).</summary>
    private static string Node(DesignOption option, string end) =>
        option.Ports.FirstOrDefault(p => p.Name == end)?.Site ?? end;

    private void Originate(string node, IReadOnlyList<IPNetwork> prefixes)
    {
        if (!_originated.TryGetValue(node, out var list))
        {
            _originated[node] = list = [];
        }
        list.AddRange(prefixes.Where(p => !list.Contains(p)));
    }

    private static SessionSide Side(BgpSessionSettings? session, DesignOption option) =>
        session is null
            ? SessionSide.Plain
            : new SessionSide(session.PeerType, List(option, session.ImportList), List(option, session.ExportList), session.AsPathPrepend, session.Med,
                session.LocalPreference);

    private static PrefixListSettings? List(DesignOption option, string? name) =>
        name is null ? null : option.PrefixLists.FirstOrDefault(p => p.Name == name);
}
