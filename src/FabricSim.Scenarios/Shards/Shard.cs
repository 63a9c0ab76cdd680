using System.Globalization;

namespace FabricSim.Scenarios.Shards;

/// <summary>
/// Shard <see cref="Index"/> of <see cref="Count"/> (1-based, as <c>--shard 2/4</c> writes it). Units are dealt round
/// robin (unit u goes to shard u mod Count + 1), so the heavy points of a sweep spread over every shard.
/// </summary>
public sealed record Shard(int Index, int Count)
{
    /// <summary>Every unit in one process.</summary>
    public static readonly Shard Whole = new(1, 1);

    public bool Holds(WorkUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return unit.Id % Count == Index - 1;
    }

    public IReadOnlyList<WorkUnit> Select(IReadOnlyList<WorkUnit> units) => [.. units.Where(Holds)];

    /// <summary>Reads "I/N" with 1 ≤ I ≤ N; null with <paramref name="problem"/> set otherwise.</summary>
    public static Shard? TryParse(string text, out string problem)
    {
        ArgumentNullException.ThrowIfNull(text);
        string[] parts = text.Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int index)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int count)
            && count >= 1 && index >= 1 && index <= count)
        {
            problem = string.Empty;
            return new Shard(index, count);
        }
        problem = $"'{text}' is not a shard: write I/N with 1 ≤ I ≤ N, e.g. 1/4 for the first of four";
        return null;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");
}
