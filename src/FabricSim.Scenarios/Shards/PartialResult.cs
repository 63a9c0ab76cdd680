namespace FabricSim.Scenarios.Shards;

/// <summary>What one shard computed: its manifest, the scenario text it planned from, and its units' raw results (units.json).</summary>
public sealed record PartialResult(ShardManifest Manifest, string ScenarioText, byte[] UnitsJson);
