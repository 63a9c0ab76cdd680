using System.Globalization;

namespace FabricSim.Scenarios.Yaml;

/// <summary>One problem found in a scenario file, located at a 1-based line and column, with a suggested fix.</summary>
public sealed record ScenarioError(string File, int Line, int Column, string Message, string Fix)
{
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}:{Column}: {Message}")
        + (Fix.Length == 0 ? string.Empty : " (fix: " + Fix + ")");
}
