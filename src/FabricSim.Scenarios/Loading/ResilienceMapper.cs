using FabricSim.Scenarios.Model;
using FabricSim.Scenarios.Resilience;
using FabricSim.Scenarios.Yaml;

namespace FabricSim.Scenarios.Loading;

/// <summary>Maps the resilience block: the order, and every element a failure set, shared-risk group or reliability entry names present in some option.</summary>
internal static class ResilienceMapper
{
    public static ResilienceSettings Read(ObjectReader root, MappingContext context, IReadOnlyList<MappedOption> options)
    {
        if (root.Object("resilience", ScenarioShapes.Resilience, "resilience") is not { } reader)
        {
            return ResilienceSettings.Default;
        }
        var known = options
            .SelectMany(o => FailureElements.Of(o.Option, [.. context.Pops.Values], [.. context.Clouds.Values]))
            .Select(e => e.Name)
            .ToHashSet(StringComparer.Ordinal);
        int order = (int)(reader.Integer("order", 1, 2) ?? 1);
        var sets = new List<ListedFailureSet>();
        foreach (var entry in reader.Objects("failure_sets", ScenarioShapes.FailureSet, "failure set"))
        {
            var elements = Elements(entry, known, 1);
            if (elements.Count > 0)
            {
                sets.Add(new ListedFailureSet(entry.String("name") ?? string.Join(" + ", elements), elements));
            }
        }
        var groups = new List<SharedRiskGroupSettings>();
        foreach (var entry in reader.Objects("shared_risk_groups", ScenarioShapes.SharedRiskGroup, "shared-risk group"))
        {
            string? name = entry.String("name");
            var elements = Elements(entry, known, 2);
            if (name is not null && elements.Count > 0)
            {
                groups.Add(new SharedRiskGroupSettings(name, elements));
            }
        }
        var reliability = new List<ReliabilitySettings>();
        foreach (var entry in reader.Objects("reliability", ScenarioShapes.Reliability, "reliability"))
        {
            string? element = entry.String("element");
            var mtbf = entry.Duration("mtbf", allowZero: false);
            var mttr = entry.Duration("mttr", allowZero: false);
            if (element is not null && !known.Contains(element))
            {
                entry.Error("element", Unknown(element, known, entry.Label), Fix(known));
                continue;
            }
            if (element is not null && mtbf is { } between && mttr is { } repair)
            {
                reliability.Add(new ReliabilitySettings(element, between, repair));
            }
        }
        return new ResilienceSettings(order, sets, groups, reliability);
    }

    /// <summary>Lists the names that can fail, so the user picks one, e.g. the cloud edge "aws-edge-NYC1".</summary>
    private static string Fix(HashSet<string> known)
    {
        var names = known.Order(StringComparer.Ordinal).ToList();
        string listed = string.Join(", ", names.Take(MaxListed)) + (names.Count > MaxListed ? ", ..." : string.Empty);
        return $"name an element of an option (a port, VXC, MCR, MVE, cloud edge as 'failures:' names it, PoP code, '<cloud>/vpn-gateway', '<vpn>/tunnelN', "
            + $"'<site>/internet' or '<mve>/<transport>'): {listed}";
    }

    private const int MaxListed = 40;

    private static List<string> Elements(ObjectReader entry, HashSet<string> known, int atLeast)
    {
        var items = entry.ScalarItems("elements");
        var names = items.Select(item => item.Value ?? string.Empty).ToList();
        bool valid = true;
        for (int i = 0; i < names.Count; i++)
        {
            if (!known.Contains(names[i]))
            {
                entry.Errors.Add(items[i], Unknown(names[i], known, entry.Label), Fix(known));
                valid = false;
            }
        }
        var distinct = names.Distinct(StringComparer.Ordinal).ToList();
        if (valid && distinct.Count < atLeast)
        {
            entry.Error("elements", $"{entry.Label} names {distinct.Count} distinct element(s); it needs at least {atLeast}", "list two or more elements that fail together");
            valid = false;
        }
        return valid ? distinct : [];
    }

    private static string Unknown(string name, HashSet<string> known, string label) =>
        $"unknown element '{name}' in {label}; {NameSuggestions.Hint(name, [.. known.Order(StringComparer.Ordinal)], "elements")}";
}
