using FabricSim.Scenarios.Shards;

namespace FabricSim.Cli.Commands;

/// <summary>What a shard says when done: how many units it ran of how many, and where their raw results are.</summary>
internal static class ShardOutput
{
    public static int Report(CommandContext context, PartialResult partial, string folder)
    {
        var manifest = partial.Manifest;
        context.Console.Out.WriteLine();
        context.Console.Out.WriteLine($"Shard {manifest.Shard}: {manifest.Units.Count} of {manifest.UnitCount} units (scenario hash {manifest.ScenarioHash[..12]}…).");
        context.Console.Out.WriteLine($"Partial results: {folder}");
        context.Console.Out.WriteLine("Merge the folders of every shard with: fabricsim merge DIR... [--out DIR]");
        return ExitCodes.Ok;
    }
}
