namespace FabricSim.Scenarios.Resilience;

/// <summary>Elements that are down together, and why the study looks at them (single, a shared-risk group, every pair, listed by the user).</summary>
internal sealed record FailureSet(IReadOnlyList<FailureElement> Elements, string Reason)
{
    public string Name => string.Join(" + ", Elements.Select(e => e.Name));

    /// <summary>Everything the set takes down.</summary>
    public IReadOnlySet<string> Down { get; } = Elements.SelectMany(e => e.Takes).ToHashSet(StringComparer.Ordinal);
}
