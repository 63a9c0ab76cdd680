using FabricSim.Network.Units;

namespace FabricSim.Scenarios.Generation;

/// <summary>
/// Turns relative demand volumes into bit/s and sizes every element: demand grows until the first element at its
/// largest size (a site's port, or an MCR, VXC or cloud connection at its catalog maximum) reaches the target
/// utilisation; every other element then gets the smallest size that keeps it at or under the target.
/// </summary>
internal static class ElementSizing
{
    /// <summary>Demands are written in whole kbit/s, rounded down so no element passes the target.</summary>
    private const double Resolution = 1e3;

    public static IReadOnlyDictionary<GeneratedDemand, long> Size(GeneratedFabric fabric)
    {
        double target = fabric.Settings.Load;
        fabric.Load(d => d.Volume);
        double scale = fabric.Elements
            .Where(e => e.Load > 0)
            .Min(e => target * e.Largest.BitsPerSecond / e.Load);
        var rates = fabric.Demands.ToDictionary(d => d, d => Math.Max(1, (long)Math.Floor(d.Volume * scale / Resolution)) * (long)Resolution);
        fabric.Load(d => rates[d]);
        foreach (var element in fabric.Elements)
        {
            double needed = element.Load / target;
            element.Rate = element.Sizes.FirstOrDefault(size => size.BitsPerSecond >= needed, element.Largest);
        }
        return rates;
    }

    /// <summary>The element that runs fullest; sizing makes its utilisation the target, give or take rounding.</summary>
    public static GeneratedElement Busiest(GeneratedFabric fabric) =>
        fabric.Elements.OrderByDescending(e => e.Utilization).ThenBy(e => e.Name, StringComparer.Ordinal).First();
}
