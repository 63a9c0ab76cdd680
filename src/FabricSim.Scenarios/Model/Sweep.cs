namespace FabricSim.Scenarios.Model;

/// <summary>
/// A what-if axis: Path names a numeric field (e.g. traffic[voice].rate); each value replaces it, or, with Factors,
/// multiplies the base value at RelativeTo (default: Path itself).
/// </summary>
public sealed record Sweep(string Name, string Path, string? RelativeTo, IReadOnlyList<string> Values, IReadOnlyList<double> Factors)
{
    public bool UsesFactors => Factors.Count > 0;
}
