using System.CommandLine;

namespace FabricSim.Cli.Commands;

/// <summary>Arguments and options that several commands take, defined once so they read and check the same everywhere.</summary>
internal static class CommonSymbols
{
    public static Argument<string> ScenarioFile() => new("FILE") { Description = "The scenario file (YAML)." };

    public static Option<string?> OutputFolder() => new("--out", "-o")
    {
        Description = "Folder for the results (default: results/<scenario-name>/ under the current folder). It must be new, empty, or "
            + "a results folder FabricSim wrote, which is replaced.",
    };

    public static Option<bool> Force() => new("--force")
    {
        Description = "Also write into an existing folder FabricSim did not write; its files are kept, never deleted or overwritten.",
    };

    // Seed, replications and duration are passed as written to the scenario loader, which checks them exactly as it
    // checks run.seed, run.replications and run.duration in the file (ranges, units, the packet budget).
    public static Option<string?> Seed() => new("--seed")
    {
        Description = "Master seed of the random streams, 0 or more (default: the scenario's run.seed).",
    };

    public static Option<string?> Replications() => new("--replications", "-r")
    {
        Description = "Independent replications per option, 1 to 1000 (default: the scenario's run.replications).",
    };

    public static Option<string?> Duration() => new("--duration", "-d")
    {
        Description = "Simulated time per replication, e.g. 5s (default: the scenario's run.duration; warm-up scales with it).",
    };

    public static Option<int?> Jobs()
    {
        var option = new Option<int?>("--jobs", "-j")
        {
            Description = "Replications simulated in parallel (default: one per core). Results do not depend on it.",
            CustomParser = result =>
            {
                string text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
                if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int jobs) && jobs >= 1)
                {
                    return jobs;
                }
                result.AddError($"--jobs must be a whole number of at least 1, not '{text}'.");
                return null;
            },
        };
        return option;
    }

    public static Option<Scenarios.Shards.Shard?> Shard() => new("--shard")
    {
        Description = "Run only shard I of N (e.g. 2/4) of the study's work units and write a partial result folder "
            + "(default: results/<scenario-name>-shard-I-of-N/); 'fabricsim merge' turns the folders of all N shards into the report.",
        CustomParser = result =>
        {
            string text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (Scenarios.Shards.Shard.TryParse(text, out string problem) is { } shard)
            {
                return shard;
            }
            result.AddError($"--shard: {problem}.");
            return null;
        },
    };

    /// <summary>Where a shard writes by default: beside the single-process report, named after the shard.</summary>
    public static string ShardFolder(string currentDirectory, string scenarioName, Scenarios.Shards.Shard shard) =>
        Reporting.Writing.ResultsFolder.DefaultFor(currentDirectory, $"{scenarioName}-shard-{shard.Index}-of-{shard.Count}");

    /// <summary>The run settings given on the command line, for the loader to check and apply.</summary>
    public static IReadOnlyList<Scenarios.Loading.RunOverride> Overrides(System.CommandLine.ParseResult parseResult, Option<string?> seed, Option<string?> replications, Option<string?> duration)
    {
        var overrides = new List<Scenarios.Loading.RunOverride>();
        foreach (var (key, option) in new[] { ("seed", seed), ("replications", replications), ("duration", duration) })
        {
            if (parseResult.GetValue(option) is { } text)
            {
                overrides.Add(new Scenarios.Loading.RunOverride(key, text));
            }
        }
        return overrides;
    }

    public static Option<Scenarios.Running.Fidelity> Fidelity() => new("--fidelity")
    {
        Description = "packet: simulate every packet; flow: the flow-level model (seconds at planner scale, no confidence intervals); "
            + "auto (default): packet level when the packet budget is small or the flow model is weaker for the scenario, flow level otherwise.",
        DefaultValueFactory = _ => Scenarios.Running.Fidelity.Auto,
    };

    public static Option<bool> LogLatency() => new("--log-latency")
    {
        Description = "Draw latency CDFs on a logarithmic latency axis.",
    };
}
