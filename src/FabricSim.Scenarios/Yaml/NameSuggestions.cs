namespace FabricSim.Scenarios.Yaml;

/// <summary>"Did you mean" suggestions by Levenshtein edit distance.</summary>
internal static class NameSuggestions
{
    public static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int substitution = previous[j - 1] + (char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }

    /// <summary>Candidates within a distance that scales with the name's length, closest first, ties in candidate order.</summary>
    public static IReadOnlyList<string> Closest(string name, IEnumerable<string> candidates, int max = 3)
    {
        int limit = Math.Max(2, name.Length / 3);
        return candidates
            .Distinct(StringComparer.Ordinal)
            .Select((candidate, index) => (candidate, index, distance: EditDistance(name, candidate)))
            .Where(c => c.distance <= limit || c.candidate.StartsWith(name, StringComparison.OrdinalIgnoreCase))
            .OrderBy(c => c.distance)
            .ThenBy(c => c.index)
            .Take(max)
            .Select(c => c.candidate)
            .ToList();
    }

    /// <summary>"did you mean 'x'?" or "known names: a, b, c" when nothing is close.</summary>
    public static string Hint(string name, IReadOnlyCollection<string> candidates, string what)
    {
        var closest = Closest(name, candidates);
        if (closest.Count == 1)
        {
            return $"did you mean '{closest[0]}'?";
        }
        if (closest.Count > 1)
        {
            return $"known {what} near that name: {string.Join(", ", closest)}";
        }
        if (candidates.Count == 0)
        {
            return $"no {what} are declared";
        }
        var listed = candidates.Take(12).ToList();
        return $"known {what}: {string.Join(", ", listed)}{(candidates.Count > listed.Count ? ", ..." : string.Empty)}";
    }
}
