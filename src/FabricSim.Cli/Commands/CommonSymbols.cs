using System.CommandLine;

namespace FabricSim.Cli.Commands;

/// <summary>Arguments and options that several commands take, defined once so they read and check the same everywhere.</summary>
internal static class CommonSymbols
{
    public static Argument<string> ScenarioFile() => new("FILE") { Description = "The scenario file (YAML)." };

    public static Option<string?> OutputFolder() => new("--out", "-o")
    {
        Description = "Folder for the results (default: results/<scenario-name>/ under the current folder). An existing folder is replaced.",
    };

    public static Option<ulong?> Seed() => new("--seed")
    {
        Description = "Master seed of the random streams (default: the scenario's).",
    };

    public static Option<int?> Replications()
    {
        var option = new Option<int?>("--replications", "-r") { Description = "Independent replications per option (default: the scenario's)." };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 1)
            {
                result.AddError("--replications must be at least 1.");
            }
        });
        return option;
    }

    public static Option<int?> Jobs()
    {
        var option = new Option<int?>("--jobs", "-j") { Description = "Replications simulated in parallel (default: one per core). Results do not depend on it." };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 1)
            {
                result.AddError("--jobs must be at least 1.");
            }
        });
        return option;
    }

    public static Option<string?> Duration()
    {
        var option = new Option<string?>("--duration", "-d")
        {
            Description = "Simulated time per replication, e.g. 5s (default: the scenario's run.duration; warm-up scales with it).",
        };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } text
                && (!Engine.Time.SimTime.TryParse(text, out var duration, out string error) || duration <= Engine.Time.SimTime.Zero))
            {
                result.AddError($"--duration: {(error.Length > 0 ? error : "must be positive, e.g. 5s")}.");
            }
        });
        return option;
    }

    public static Option<bool> LogLatency() => new("--log-latency")
    {
        Description = "Draw latency CDFs on a logarithmic latency axis.",
    };
}
