using System.Globalization;

namespace FabricSim.Scenarios.Yaml;

/// <summary>Named QoS classes map to priority numbers 0–7 (higher is more urgent), in line with 802.1p usage.</summary>
internal static class QosClasses
{
    private static readonly (string Name, int Value)[] Table =
    [
        ("best_effort", 0),
        ("bulk", 1),
        ("business", 3),
        ("video", 4),
        ("voice", 5),
    ];

    public static IReadOnlyCollection<string> Names { get; } = Table.Select(t => t.Name).ToArray();

    /// <summary>The class's name, or its number when it has none.</summary>
    public static string NameOf(int value)
    {
        foreach (var (name, number) in Table)
        {
            if (number == value)
            {
                return name;
            }
        }
        return value.ToString(CultureInfo.InvariantCulture);
    }

    public static bool TryParse(string text, out int value)
    {
        foreach (var (name, number) in Table)
        {
            if (name == text)
            {
                value = number;
                return true;
            }
        }
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value is >= 0 and <= 7;
    }
}
