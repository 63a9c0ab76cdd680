using System.Globalization;
using FabricSim.Scenarios.Yaml;
using YamlDotNet.RepresentationModel;

namespace FabricSim.Scenarios.Sweeps;

/// <summary>
/// A path to one value of a scenario: dot-separated keys, each optionally selecting a list item by its name or
/// index, e.g. traffic[voice].rate, options[sdci].vxcs[syd-aws].rate, sites[0].mtu.
/// </summary>
internal static class SweepPath
{
    /// <summary>The scalar the path names, or null with <paramref name="problem"/> saying where resolution stopped.</summary>
    public static YamlScalarNode? Resolve(YamlMappingNode root, string path, out string problem)
    {
        YamlNode current = root;
        foreach (string segment in path.Split('.'))
        {
            string key = segment;
            string? selector = null;
            int open = segment.IndexOf('[', StringComparison.Ordinal);
            if (open >= 0)
            {
                if (!segment.EndsWith(']'))
                {
                    problem = $"'{segment}' has an unclosed '['";
                    return null;
                }
                key = segment[..open];
                selector = segment[(open + 1)..^1];
            }
            if (current is not YamlMappingNode mapping)
            {
                problem = $"'{key}' is below a value that has no keys";
                return null;
            }
            var next = mapping.Children.FirstOrDefault(c => (c.Key as YamlScalarNode)?.Value == key).Value;
            if (next is null)
            {
                var keys = mapping.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? string.Empty).ToList();
                problem = $"no key '{key}'; {NameSuggestions.Hint(key, keys, "keys here")}";
                return null;
            }
            current = next;
            if (selector is null)
            {
                continue;
            }
            if (current is not YamlSequenceNode sequence)
            {
                problem = $"'{key}' is not a list, so [{selector}] selects nothing";
                return null;
            }
            var names = sequence.Children.OfType<YamlMappingNode>()
                .Select(item => item.Children.FirstOrDefault(c => (c.Key as YamlScalarNode)?.Value == "name").Value as YamlScalarNode)
                .ToList();
            int index = names.FindIndex(n => n?.Value == selector);
            if (index < 0 && int.TryParse(selector, NumberStyles.None, CultureInfo.InvariantCulture, out int position) && position < sequence.Children.Count)
            {
                index = position;
            }
            if (index < 0)
            {
                var known = names.OfType<YamlScalarNode>().Select(n => n.Value ?? string.Empty).ToList();
                problem = $"no item named '{selector}' in {key}; {NameSuggestions.Hint(selector, known, "names")}";
                return null;
            }
            current = sequence.Children[index];
        }
        if (current is not YamlScalarNode scalar)
        {
            problem = "it names a list or mapping, not a single value";
            return null;
        }
        problem = string.Empty;
        return scalar;
    }
}
