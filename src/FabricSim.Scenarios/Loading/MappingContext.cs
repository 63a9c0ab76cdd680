using FabricSim.Scenarios.Catalogs;
using FabricSim.Scenarios.Model;
using FabricSim.Scenarios.Yaml;

namespace FabricSim.Scenarios.Loading;

/// <summary>What later sections resolve names against while a file is mapped.</summary>
internal sealed class MappingContext(ErrorCollector errors, Catalog catalog)
{
    public ErrorCollector Errors { get; } = errors;

    public Catalog Catalog { get; } = catalog;

    public Dictionary<string, Pop> Pops { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Site> Sites { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, CloudEndpoint> Clouds { get; } = new(StringComparer.Ordinal);

    public List<BackboneLink> Backbone { get; } = [];

    /// <summary>
    /// Packets above run.max_packets, said at the flow that needs most of them. Whether it stops the run depends on the
    /// fidelity, decided once the scenario is whole: the flow-level model does not simulate packets.
    /// </summary>
    public ScenarioError? PacketBudgetExcess { get; set; }

    /// <summary>Checks a PoP code, reporting "unknown PoP" with the nearest codes; returns whether it exists.</summary>
    public bool CheckPop(ObjectReader reader, string key, string code)
    {
        if (Pops.ContainsKey(code))
        {
            return true;
        }
        reader.Error(key, $"unknown PoP '{code}' in {reader.Label}; {NameSuggestions.Hint(code, Pops.Keys.ToList(), "PoPs")}",
            "use a PoP code from scenarios/catalog/pops.yaml or add it under pops:");
        return false;
    }

    public Pop NearestPop(GeoPoint location) =>
        Pops.Values.OrderBy(p => p.Location.DistanceKm(location)).ThenBy(p => p.Code, StringComparer.Ordinal).First();

    /// <summary>Whether the backbone joins two PoPs (breadth-first search over its links).</summary>
    public bool BackboneConnects(string from, string to)
    {
        if (from == to)
        {
            return true;
        }
        var seen = new HashSet<string>(StringComparer.Ordinal) { from };
        var frontier = new Queue<string>();
        frontier.Enqueue(from);
        while (frontier.Count > 0)
        {
            string pop = frontier.Dequeue();
            foreach (var link in Backbone)
            {
                string? next = link.PopA == pop ? link.PopB : link.PopB == pop ? link.PopA : null;
                if (next is null || !seen.Add(next))
                {
                    continue;
                }
                if (next == to)
                {
                    return true;
                }
                frontier.Enqueue(next);
            }
        }
        return false;
    }
}
