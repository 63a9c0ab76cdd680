using FabricSim.Scenarios.Model;

namespace FabricSim.Scenarios.Generation;

/// <summary>Adds the MCRs and VXCs of the chosen topology and the elements each demand crosses.</summary>
internal static class TopologyWiring
{
    /// <summary>MCR ASNs from the 2-byte private range (RFC 6996), distinct so MCRs in a chain accept each other's routes.</summary>
    private const long FirstMcrAsn = 64601;

    public static void Wire(GeneratedFabric fabric)
    {
        switch (fabric.Settings.Topology)
        {
            case GeneratedTopology.Hub:
                WireHubs(fabric, [SitePlacement.Busiest(fabric.Sites)]);
                break;
            case GeneratedTopology.DualHub:
                var first = SitePlacement.Busiest(fabric.Sites);
                WireHubs(fabric, [first, SecondFacility(first, fabric)]);
                break;
            case GeneratedTopology.Mesh:
                WireMesh(fabric);
                break;
            default:
                WireRegions(fabric);
                break;
        }
    }

    /// <summary>
    /// Every site and cloud on each hub. Each hub is sized for all the traffic: with two, the second carries
    /// everything while the first is down, which is what a second MCR is bought for.
    /// </summary>
    private static void WireHubs(GeneratedFabric fabric, IReadOnlyList<Pop> hubs)
    {
        var perHub = new List<(GeneratedMcr Mcr, Dictionary<string, GeneratedVxc> Legs)>();
        for (int h = 0; h < hubs.Count; h++)
        {
            string name = hubs.Count == 1 ? $"mcr-{hubs[h].Code.ToLowerInvariant()}" : $"mcr-{(char)('a' + h)}-{hubs[h].Code.ToLowerInvariant()}";
            var mcr = fabric.AddMcr(name, hubs[h], FirstMcrAsn + h);
            var legs = new Dictionary<string, GeneratedVxc>(StringComparer.Ordinal);
            foreach (var site in fabric.Sites)
            {
                legs[site.Name] = fabric.AddVxc($"{site.Name}--{name}", fabric.Ports[site.Name].Name, name, site.Asn);
            }
            foreach (var cloud in fabric.Clouds)
            {
                legs[cloud.Name] = fabric.AddCloudVxc($"{name}--{cloud.Region.Provider.ToString().ToLowerInvariant()}", name, cloud, null);
            }
            perHub.Add((mcr, legs));
        }
        foreach (var demand in fabric.Demands)
        {
            var hops = new List<(GeneratedElement, bool)>();
            AddAccess(fabric, demand.From, outbound: true, hops);
            foreach (var (mcr, legs) in perHub)
            {
                hops.Add((legs[demand.From].Element, IsSite(fabric, demand.From)));
                hops.Add((mcr.Element, true));
                hops.Add((legs[demand.To].Element, !IsSite(fabric, demand.To)));
            }
            AddAccess(fabric, demand.To, outbound: false, hops);
            fabric.Route(demand.From, demand.To, hops);
        }
    }

    /// <summary>A direct VXC per site pair with traffic (either way) and a hosted connection from each site's port to each cloud, without routers.</summary>
    private static void WireMesh(GeneratedFabric fabric)
    {
        var pairs = new Dictionary<(string, string), GeneratedVxc>();
        foreach (var demand in fabric.Demands)
        {
            var hops = new List<(GeneratedElement, bool)>();
            AddAccess(fabric, demand.From, outbound: true, hops);
            var cloud = fabric.Clouds.FirstOrDefault(c => c.Name == demand.From || c.Name == demand.To);
            // A is the site (or the lower-named site of a pair), so a demand from A crosses the VXC forward.
            string a = cloud is null ? Min(demand.From, demand.To) : (cloud.Name == demand.From ? demand.To : demand.From);
            string b = cloud?.Name ?? Max(demand.From, demand.To);
            if (!pairs.TryGetValue((a, b), out var vxc))
            {
                vxc = cloud is null
                    ? fabric.AddVxc($"{a}--{b}", fabric.Ports[a].Name, fabric.Ports[b].Name, null)
                    : fabric.AddCloudVxc($"{a}--{cloud.Region.Provider.ToString().ToLowerInvariant()}", fabric.Ports[a].Name, cloud, null);
                pairs[(a, b)] = vxc;
            }
            hops.Add((vxc.Element, a == demand.From));
            AddAccess(fabric, demand.To, outbound: false, hops);
            fabric.Route(demand.From, demand.To, hops);
        }
    }

    /// <summary>
    /// One MCR per geographic region at the PoP with most of its sites; MCRs linked pairwise; each cloud on the MCR
    /// nearest its on-ramp.
    /// </summary>
    private static void WireRegions(GeneratedFabric fabric)
    {
        var hubOf = new Dictionary<string, GeneratedMcr>(StringComparer.Ordinal);
        var legs = new Dictionary<string, GeneratedVxc>(StringComparer.Ordinal);
        foreach (var region in fabric.Sites.GroupBy(s => s.Pop.Region, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var pop = SitePlacement.Busiest(region);
            string name = $"mcr-{region.Key}-{pop.Code.ToLowerInvariant()}";
            var mcr = fabric.AddMcr(name, pop, FirstMcrAsn + fabric.Mcrs.Count);
            foreach (var site in region)
            {
                hubOf[site.Name] = mcr;
                legs[site.Name] = fabric.AddVxc($"{site.Name}--{name}", fabric.Ports[site.Name].Name, name, site.Asn);
            }
        }
        var trunks = new Dictionary<(string, string), GeneratedVxc>();
        for (int i = 0; i < fabric.Mcrs.Count; i++)
        {
            for (int j = i + 1; j < fabric.Mcrs.Count; j++)
            {
                var (a, b) = (fabric.Mcrs[i], fabric.Mcrs[j]);
                trunks[(a.Element.Name, b.Element.Name)] = fabric.AddVxc($"{a.Element.Name}--{b.Element.Name}", a.Element.Name, b.Element.Name, b.Asn);
            }
        }
        foreach (var cloud in fabric.Clouds)
        {
            var mcr = fabric.Mcrs.OrderBy(m => PopOf(fabric, m).Location.DistanceKm(cloud.Region.Location)).ThenBy(m => m.Element.Name, StringComparer.Ordinal).First();
            hubOf[cloud.Name] = mcr;
            legs[cloud.Name] = fabric.AddCloudVxc($"{mcr.Element.Name}--{cloud.Region.Provider.ToString().ToLowerInvariant()}", mcr.Element.Name, cloud, null);
        }
        foreach (var demand in fabric.Demands)
        {
            var hops = new List<(GeneratedElement, bool)>();
            AddAccess(fabric, demand.From, outbound: true, hops);
            var (from, to) = (hubOf[demand.From], hubOf[demand.To]);
            hops.Add((legs[demand.From].Element, IsSite(fabric, demand.From)));
            hops.Add((from.Element, true));
            if (from != to)
            {
                bool forward = trunks.TryGetValue((from.Element.Name, to.Element.Name), out var trunk);
                trunk ??= trunks[(to.Element.Name, from.Element.Name)];
                hops.Add((trunk.Element, forward));
                hops.Add((to.Element, true));
            }
            hops.Add((legs[demand.To].Element, !IsSite(fabric, demand.To)));
            AddAccess(fabric, demand.To, outbound: false, hops);
            fabric.Route(demand.From, demand.To, hops);
        }
    }

    /// <summary>A site's port carries what it sends forward (site to PoP) and what it receives backward.</summary>
    private static void AddAccess(GeneratedFabric fabric, string endpoint, bool outbound, List<(GeneratedElement, bool)> hops)
    {
        if (fabric.Ports.TryGetValue(endpoint, out var port))
        {
            hops.Add((port, outbound));
        }
    }

    private static bool IsSite(GeneratedFabric fabric, string endpoint) => fabric.Ports.ContainsKey(endpoint);

    private static Pop PopOf(GeneratedFabric fabric, GeneratedMcr mcr) =>
        fabric.CatalogPops.First(p => p.Code == mcr.Pop);

    /// <summary>A second MCR goes in another facility of the same metro when there is one (Megaport's diverse facilities), else the nearest other PoP.</summary>
    private static Pop SecondFacility(Pop first, GeneratedFabric fabric)
    {
        var catalog = fabric.CatalogPops.Where(p => p.Code != first.Code).ToList();
        return catalog.Where(p => p.City == first.City).OrderBy(p => p.Code, StringComparer.Ordinal).FirstOrDefault()
            ?? catalog.OrderBy(p => p.Location.DistanceKm(first.Location)).ThenBy(p => p.Code, StringComparer.Ordinal).First();
    }

    private static string Min(string x, string y) => string.CompareOrdinal(x, y) < 0 ? x : y;

    private static string Max(string x, string y) => string.CompareOrdinal(x, y) < 0 ? y : x;
}
