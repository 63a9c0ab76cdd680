using System.CommandLine;
using System.Text;
using FabricSim.Engine.Time;
using FabricSim.Network.Units;
using FabricSim.Scenarios.Catalogs;
using FabricSim.Scenarios.Generation;
using FabricSim.Scenarios.Model;

namespace FabricSim.Cli.Commands;

/// <summary><c>generate --sites N ...</c>: a planner-scale scenario file from a few figures, on the console or into a new file.</summary>
internal static class GenerateCommand
{
    public static Command Create(CommandContext context)
    {
        var sites = new Option<int>("--sites", "-n") { Description = "Number of sites, 2 to 4000.", Required = true };
        var clouds = new Option<string>("--clouds") { Description = "Clouds the sites reach, comma-separated: aws, azure, google (none: '').", DefaultValueFactory = _ => "aws,azure,google" };
        var topology = new Option<string>("--topology", "-t") { Description = "hub, dual-hub, mesh or regional-hubs.", DefaultValueFactory = _ => "hub" };
        var port = new Option<string>("--port") { Description = "Port speed of every site, e.g. 10Gbps.", DefaultValueFactory = _ => "10Gbps" };
        var load = new Option<double>("--load") { Description = "Utilisation of the busiest element at the generated demand, in (0, 1].", DefaultValueFactory = _ => 0.6 };
        var seed = new Option<ulong>("--seed") { Description = "Seed of the site placement and sizes (also the scenario's run seed).", DefaultValueFactory = _ => 1UL };
        var duration = new Option<string>("--duration", "-d") { Description = "Simulated time per replication.", DefaultValueFactory = _ => "60s" };
        var replications = new Option<int>("--replications", "-r") { Description = "Replications per option.", DefaultValueFactory = _ => 3 };
        var cloudShare = new Option<double>("--cloud-share") { Description = "Fraction of each site's traffic that goes to the clouds.", DefaultValueFactory = _ => 0.5 };
        var destinations = new Option<int>("--destinations") { Description = "Other sites each site sends to (its strongest gravity partners).", DefaultValueFactory = _ => 4 };
        var bursty = new Option<bool>("--bursty") { Description = "Pareto on/off sources (peak twice the mean) instead of Poisson." };
        var output = new Option<string?>("--out", "-o") { Description = "Write the scenario to this new file (never over an existing one) instead of the console." };
        var command = new Command("generate", "Write a generated scenario: sites over the catalog's metros, gravity-model demands, a sized design.")
        {
            sites, clouds, topology, port, load, seed, duration, replications, cloudShare, destinations, bursty, output,
        };
        command.SetAction(parseResult => context.Guard(() =>
        {
            var problems = new List<string>();
            var providers = Providers(parseResult.GetValue(clouds)!, problems);
            var shape = Topology(parseResult.GetValue(topology)!, problems);
            if (!DataRate.TryParse(parseResult.GetValue(port), out var portSpeed, out string rateError))
            {
                problems.Add($"--port: {rateError}");
            }
            SimTime runFor = SimTime.Zero;
            try
            {
                runFor = SimTime.Parse(parseResult.GetValue(duration)!);
            }
            catch (FormatException e)
            {
                problems.Add($"--duration: {e.Message}");
            }
            var settings = new GeneratorSettings(parseResult.GetValue(sites), providers, shape, portSpeed, parseResult.GetValue(load), parseResult.GetValue(seed))
            {
                Duration = runFor,
                Replications = parseResult.GetValue(replications),
                CloudShare = parseResult.GetValue(cloudShare),
                Destinations = parseResult.GetValue(destinations),
                Bursty = parseResult.GetValue(bursty),
            };
            if (problems.Count == 0)
            {
                problems.AddRange(settings.Problems());
            }
            if (problems.Count > 0)
            {
                foreach (string problem in problems)
                {
                    context.Console.Error.WriteLine($"fabricsim generate: {problem}");
                }
                return ExitCodes.BadInput;
            }
            string text = FabricGenerator.Generate(settings, Catalog.Default, "fabricsim " + string.Join(' ', parseResult.Tokens.Select(t => t.Value)));
            if (parseResult.GetValue(output) is not { Length: > 0 } path)
            {
                context.Console.Out.Write(text);
                return ExitCodes.Ok;
            }
            string fullPath = context.FullPath(path);
            if (!NewFile.TryWrite(fullPath, text, out string? refusal))
            {
                context.Console.Error.WriteLine($"fabricsim generate: {refusal}");
                return ExitCodes.BadInput;
            }
            context.Console.Out.WriteLine($"Scenario: {fullPath}");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static List<CloudProvider> Providers(string text, List<string> problems)
    {
        var providers = new List<CloudProvider>();
        foreach (string name in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            switch (name.ToLowerInvariant())
            {
                case "aws": providers.Add(CloudProvider.Aws); break;
                case "azure": providers.Add(CloudProvider.Azure); break;
                case "google": providers.Add(CloudProvider.Google); break;
                default: problems.Add($"--clouds: unknown cloud '{name}'; use aws, azure, google"); break;
            }
        }
        return providers;
    }

    private static GeneratedTopology Topology(string text, List<string> problems)
    {
        switch (text.ToLowerInvariant())
        {
            case "hub": return GeneratedTopology.Hub;
            case "dual-hub": return GeneratedTopology.DualHub;
            case "mesh": return GeneratedTopology.Mesh;
            case "regional-hubs": return GeneratedTopology.RegionalHubs;
            default:
                problems.Add($"--topology: unknown topology '{text}'; use hub, dual-hub, mesh or regional-hubs");
                return GeneratedTopology.Hub;
        }
    }
}
