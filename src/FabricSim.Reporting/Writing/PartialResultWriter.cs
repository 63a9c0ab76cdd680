using FabricSim.Scenarios.Shards;

namespace FabricSim.Reporting.Writing;

/// <summary>
/// Writes a shard's partial result folder (shard.json, scenario.yaml, units.json) the way every report is written:
/// staged, then put in place in one step, only into a folder that is new, empty or FabricSim's own.
/// </summary>
public static class PartialResultWriter
{
    /// <returns>The full path of the folder written.</returns>
    public static string Write(PartialResult partial, string targetFolder, bool force = false, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(partial);
        var writer = new ResultsWriter(force: force);
        string index = writer.WriteStaged(targetFolder, folder =>
        {
            writer.WriteFile(folder, ShardManifest.UnitsFileName, stream => stream.Write(partial.UnitsJson));
            writer.WriteText(folder, ShardManifest.ScenarioFileName, partial.ScenarioText);
            // The manifest goes last: a folder with it holds every unit it lists.
            writer.WriteText(folder, ShardManifest.FileName, partial.Manifest.ToJson());
        }, cancellation);
        return Path.GetDirectoryName(index)!;
    }
}
