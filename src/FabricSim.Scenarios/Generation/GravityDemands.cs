namespace FabricSim.Scenarios.Generation;

/// <summary>
/// A gravity model of enterprise traffic: a site sends in proportion to its size, to other sites in proportion to
/// theirs and falling with distance, and a fixed share to the clouds, which answer with as much.
/// </summary>
/// <remarks>
/// Only each site's strongest partners get a demand, so the flow count grows as N, not N², as real enterprise traffic
/// concentrates on a few data centres (a full N² matrix of tiny flows would also make packet-level runs pointless).
/// </remarks>
internal static class GravityDemands
{
    /// <summary>Distance at which a partner's attraction halves: traffic stays mostly within a continent.</summary>
    private const double HalfAttractionKm = 1000;

    public static IReadOnlyList<GeneratedDemand> Build(IReadOnlyList<GeneratedSite> sites, IReadOnlyList<GeneratedCloud> clouds, GeneratorSettings settings)
    {
        var reaching = clouds.ToDictionary(c => c.Name, c => CloudSites(sites, c, settings.Topology).ToHashSet(StringComparer.Ordinal));
        var demands = new List<GeneratedDemand>();
        double siteShare = clouds.Count == 0 ? 1 : 1 - settings.CloudShare;
        for (int i = 0; i < sites.Count; i++)
        {
            var from = sites[i];
            if (siteShare > 0)
            {
                var partners = Enumerable.Range(0, sites.Count)
                    .Where(j => j != i)
                    .Select(j => (Index: j, Pull: sites[j].Weight / (1 + from.Pop.Location.DistanceKm(sites[j].Pop.Location) / HalfAttractionKm)))
                    .OrderByDescending(p => p.Pull)
                    .ThenBy(p => p.Index)
                    .Take(settings.Destinations)
                    .ToList();
                double total = partners.Sum(p => p.Pull);
                foreach (var (index, pull) in partners.OrderBy(p => p.Index))
                {
                    demands.Add(new GeneratedDemand(from.Name, sites[index].Name, from.Weight * siteShare * pull / total));
                }
            }
            foreach (var cloud in clouds.Where(c => reaching[c.Name].Contains(from.Name)))
            {
                double volume = from.Weight * settings.CloudShare / clouds.Count;
                demands.Add(new GeneratedDemand(from.Name, cloud.Name, volume));
                demands.Add(new GeneratedDemand(cloud.Name, from.Name, volume));
            }
        }
        return demands;
    }

    /// <summary>
    /// The sites that reach a cloud. Where the sites' routes reach the cloud over one shared BGP session (through
    /// an MCR), the cloud accepts only so many (AWS: 100 on a private VIF) and an enterprise with more sites would
    /// summarise its addresses, which the model does not: the largest sites reach it, as many as it accepts.
    /// </summary>
    public static IEnumerable<string> CloudSites(IReadOnlyList<GeneratedSite> sites, GeneratedCloud cloud, GeneratedTopology topology) =>
        topology == GeneratedTopology.Mesh
            ? sites.Select(s => s.Name)
            : sites.Select((s, i) => (s, i)).OrderByDescending(x => x.s.Weight).ThenBy(x => x.i).Take((int)Math.Min(cloud.RouteLimit, int.MaxValue)).Select(x => x.s.Name);
}
