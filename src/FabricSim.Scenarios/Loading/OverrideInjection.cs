using FabricSim.Scenarios.Yaml;
using System.Globalization;
using FabricSim.Engine.Time;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace FabricSim.Scenarios.Loading;

/// <summary>
/// Writes run overrides into the parsed file as if the user had typed them under <c>run:</c>, so they are read
/// and checked by the same code as the file's values; their errors name the option and point at <c>run:</c>.
/// </summary>
internal static class OverrideInjection
{
    public static void Apply(YamlMappingNode root, IReadOnlyList<RunOverride> overrides, ErrorCollector errors)
    {
        if (overrides.Count == 0)
        {
            return;
        }
        var runKey = new YamlScalarNode("run");
        Mark at = root.Start;
        if (root.Children.FirstOrDefault(entry => entry.Key is YamlScalarNode { Value: "run" }) is { Key: { } existingKey, Value: var existing })
        {
            at = existingKey.Start;
            if (existing is not YamlMappingNode)
            {
                // The file's own 'run' error is reported when it is read; the overrides have nowhere to go.
                return;
            }
        }
        else
        {
            root.Children[runKey] = new YamlMappingNode();
        }
        var run = (YamlMappingNode)root.Children.First(entry => entry.Key is YamlScalarNode { Value: "run" }).Value;
        foreach (var item in overrides.Where(o => !RunOverride.Keys.Contains(o.Key, StringComparer.Ordinal)))
        {
            errors.Add(at, $"--{item.Key} cannot be given on the command line", $"set it under run: in the file; the command line takes --{string.Join(", --", RunOverride.Keys)}");
        }
        if (overrides.LastOrDefault(o => o.Key == "duration") is { } duration && ScaledWarmUp(run, duration.Value) is { } warmUp)
        {
            // A shorter or longer run keeps the file's warm-up in proportion, as it would without the file's explicit value.
            Set(run, "warmup", warmUp, at, $"--duration {duration.Value} (command line, scaling the file's warmup): ", errors);
        }
        foreach (var item in overrides.Where(o => RunOverride.Keys.Contains(o.Key, StringComparer.Ordinal)))
        {
            Set(run, item.Key, item.Value, at, $"--{item.Key} {item.Value} (command line): ", errors);
        }
    }

    private static void Set(YamlMappingNode run, string key, string value, Mark at, string prefix, ErrorCollector errors)
    {
        var node = new YamlScalarNode(value);
        run.Children[new YamlScalarNode(key)] = node;
        errors.Relocate(node, at, prefix);
    }

    private static string? ScaledWarmUp(YamlMappingNode run, string durationText)
    {
        if (Scalar(run, "warmup") is not { } warmUpText || Scalar(run, "duration") is not { } fileDurationText)
        {
            return null;
        }
        if (!SimTime.TryParse(warmUpText, out var warmUp, out _) || !SimTime.TryParse(fileDurationText, out var fileDuration, out _)
            || !SimTime.TryParse(durationText, out var duration, out _) || fileDuration <= SimTime.Zero || duration <= SimTime.Zero)
        {
            return null;
        }
        long scaled = (long)Math.Round((double)warmUp.Nanoseconds * duration.Nanoseconds / fileDuration.Nanoseconds);
        return scaled.ToString(CultureInfo.InvariantCulture) + "ns";
    }

    private static string? Scalar(YamlMappingNode run, string key) =>
        run.Children.FirstOrDefault(entry => entry.Key is YamlScalarNode s && s.Value == key).Value is YamlScalarNode { Value: { } text } ? text : null;
}
