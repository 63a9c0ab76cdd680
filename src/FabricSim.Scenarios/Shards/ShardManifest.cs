using System.Text.Json;
using System.Text.Json.Serialization;
using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Running;

namespace FabricSim.Scenarios.Shards;

/// <summary>
/// shard.json, the manifest of a partial result folder: which study (kind, scenario hash, the request that planned
/// it), which shard, and exactly which units its units.json holds, out of how many.
/// </summary>
public sealed record ShardManifest(
    string Format,
    string FabricSimVersion,
    StudyKind Kind,
    string ScenarioHash,
    string ScenarioName,
    string ScenarioFile,
    IReadOnlyList<RunOverride> Overrides,
    Fidelity Fidelity,
    int? Order,
    string Shard,
    int UnitCount,
    IReadOnlyList<int> Units)
{
    public const string FileName = "shard.json";
    public const string UnitsFileName = "units.json";
    public const string ScenarioFileName = "scenario.yaml";
    public const string CurrentFormat = "fabricsim-shard/1";

    /// <summary>The version of FabricSim (and so of its catalogs and models) that computed the units.</summary>
    public static string Version { get; } =
        typeof(ShardManifest).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion
        ?? typeof(ShardManifest).Assembly.GetName().Version?.ToString() ?? "unknown";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        WriteIndented = true,
    };

    public StudyRequest Request => new(Kind, ScenarioFile, Overrides, Fidelity, Order);

    public string ToJson() => JsonSerializer.Serialize(this, Json) + "\n";

    public static ShardManifest Parse(string json) =>
        JsonSerializer.Deserialize<ShardManifest>(json, Json) ?? throw new JsonException("the manifest is empty");
}
