namespace FabricSim.Scenarios.Loading;

/// <summary>
/// A run setting given outside the file (a command-line option such as <c>--replications 10</c>): the value
/// text replaces <c>run.&lt;Key&gt;</c> before the scenario is read, so it meets exactly the checks the file's own value would.
/// </summary>
/// <param name="Key">The key under <c>run:</c>: seed, replications or duration.</param>
/// <param name="Value">The value as the user wrote it.</param>
public sealed record RunOverride(string Key, string Value)
{
    public static readonly IReadOnlyList<string> Keys = ["seed", "replications", "duration"];
}
