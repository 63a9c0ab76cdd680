using FabricSim.Network.Units;

namespace FabricSim.Scenarios.Generation;

/// <summary>
/// A port, MCR or VXC of a generated fabric with the sizes it may be bought in (ascending) and the load the
/// demands put on it, per direction for ports and VXCs and in total for an MCR (its limit is aggregate).
/// </summary>
internal sealed class GeneratedElement(string name, GeneratedElementKind kind, IReadOnlyList<DataRate> sizes)
{
    public string Name { get; } = name;

    public GeneratedElementKind Kind { get; } = kind;

    public IReadOnlyList<DataRate> Sizes { get; } = sizes;

    public DataRate Largest => Sizes[^1];

    /// <summary>Bit/s (or relative units before scaling) from A to B; for an MCR, everything it forwards.</summary>
    public double Forward { get; set; }

    /// <summary>Bit/s from B to A; unused for an MCR.</summary>
    public double Backward { get; set; }

    public double Load => Math.Max(Forward, Backward);

    /// <summary>The size bought: the smallest that keeps the load at or under the target utilisation.</summary>
    public DataRate Rate { get; set; }

    public double Utilization => Rate.BitsPerSecond > 0 ? Load / Rate.BitsPerSecond : 0;
}
