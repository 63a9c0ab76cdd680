namespace FabricSim.Scenarios.Resilience;

/// <summary>Elements that are down together, and why the study looks at them (single, a shared-risk group, every pair, listed by the user).</summary>
internal sealed record FailureSet(IReadOnlyList<FailureElement> Elements, string Reason)
{
    public string Name => string.Join(" + ", Elements.Select(e => e.Name));

    /// <summary>Everything the set takes down: a LAG member takes only itself, unless the set holds all its members.</summary>
    public IReadOnlySet<string> Down { get; } = DownOf(Elements);

    private static HashSet<string> DownOf(IReadOnlyList<FailureElement> elements)
    {
        var down = elements.SelectMany(e => e.Takes).ToHashSet(StringComparer.Ordinal);
        foreach (var members in elements.Where(e => e.Lag is not null).GroupBy(e => e.Lag!.Port, StringComparer.Ordinal))
        {
            var lag = members.First().Lag!;
            if (members.Select(e => e.Name).Distinct(StringComparer.Ordinal).Count() == lag.Members)
            {
                down.UnionWith(lag.PortTakes);
            }
        }
        return down;
    }
}
