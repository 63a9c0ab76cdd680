using FabricSim.Scenarios.Model;

namespace FabricSim.Scenarios.Resilience;

/// <summary>
/// The failure sets of one option: every single element; every pair that shares a risk (two elements at one PoP,
/// two PoPs or elements at two PoPs of one metro, two ports or MCRs in one Megaport diversity zone of a PoP, two
/// elements of a user's group); with order 2, every other pair; and the sets the user lists. A set reached by several
/// reasons appears once, with them all.
/// </summary>
internal static class FailureSets
{
    public static IReadOnlyList<FailureSet> Enumerate(IReadOnlyList<FailureElement> elements, ResilienceSettings settings)
    {
        var byName = elements.ToDictionary(e => e.Name, StringComparer.Ordinal);
        var sets = new List<(List<FailureElement> Elements, List<string> Reasons)>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        void Add(IEnumerable<FailureElement> members, string reason)
        {
            var list = members.Distinct().OrderBy(e => Position(elements, e)).ToList();
            string key = string.Join("\n", list.Select(e => e.Name));
            if (index.TryGetValue(key, out int at))
            {
                if (!sets[at].Reasons.Contains(reason))
                {
                    sets[at].Reasons.Add(reason);
                }
                return;
            }
            index[key] = sets.Count;
            sets.Add((list, [reason]));
        }
        foreach (var element in elements)
        {
            Add([element], "single");
        }
        foreach (var (group, members) in SharedRiskGroups(elements, settings, byName))
        {
            for (int i = 0; i < members.Count; i++)
            {
                for (int j = i + 1; j < members.Count; j++)
                {
                    Add([members[i], members[j]], group);
                }
            }
        }
        if (settings.Order >= 2)
        {
            for (int i = 0; i < elements.Count; i++)
            {
                for (int j = i + 1; j < elements.Count; j++)
                {
                    Add([elements[i], elements[j]], "any pair");
                }
            }
        }
        foreach (var listed in settings.FailureSets)
        {
            var members = listed.Elements.Where(byName.ContainsKey).Select(n => byName[n]).ToList();
            if (members.Count > 0)
            {
                Add(members, "listed: " + listed.Name);
            }
        }
        return sets.Select(s => new FailureSet(s.Elements, string.Join("; ", s.Reasons))).ToList();
    }

    /// <summary>Each shared-risk group with the option's elements in it, in a fixed order.</summary>
    public static IEnumerable<(string Group, List<FailureElement> Members)> SharedRiskGroups(
        IReadOnlyList<FailureElement> elements, ResilienceSettings settings, IReadOnlyDictionary<string, FailureElement> byName)
    {
        var placed = elements.Where(e => e.Kind != FailureElementKind.Pop && e.Pop is not null).ToList();
        foreach (var pop in placed.GroupBy(e => e.Pop!, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            yield return ("same PoP " + pop.Key, pop.ToList());
        }
        var metros = elements.Where(e => e.Metro is not null).GroupBy(e => e.Metro!, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var metro in metros)
        {
            // A metro of several PoPs shares power, ducts and weather: anything in it may fail with anything else there.
            if (metro.Select(e => e.Pop).Distinct(StringComparer.Ordinal).Count() >= 2)
            {
                yield return ("same metro " + metro.Key, metro.ToList());
            }
        }
        var zoned = placed.Where(e => e.DiversityZone is not null && e.Kind is FailureElementKind.Port or FailureElementKind.Mcr);
        foreach (var zone in zoned.GroupBy(e => $"{e.Pop} {e.DiversityZone}", StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            yield return ("diversity zone " + zone.Key, zone.ToList());
        }
        foreach (var group in settings.SharedRiskGroups)
        {
            yield return ("group " + group.Name, group.Elements.Where(byName.ContainsKey).Select(n => byName[n]).ToList());
        }
    }

    private static int Position(IReadOnlyList<FailureElement> elements, FailureElement element)
    {
        for (int i = 0; i < elements.Count; i++)
        {
            if (ReferenceEquals(elements[i], element))
            {
                return i;
            }
        }
        return int.MaxValue;
    }
}
