using FabricSim.Scenarios.Yaml;
using System.Globalization;
using FabricSim.Engine.Time;
using FabricSim.Network.Units;
using FabricSim.Scenarios.Model;
using YamlDotNet.RepresentationModel;

namespace FabricSim.Scenarios.Loading;

/// <summary>
/// Values each valid on its own that together describe nothing a user could mean: a VXC from an element to
/// itself, a packet smaller than its headers, a failure after the run has ended, a daily peak after the day,
/// jitter longer than the run. Each would simulate and report nonsense, so each is an error at its line.
/// </summary>
internal static class Plausibility
{
    /// <summary>IPv4 (20 B) plus UDP (8 B) headers: no packet is smaller.</summary>
    public const long MinPacketBytes = 28;

    /// <summary>The smallest MSS Linux accepts (TCP_MIN_MSS, include/net/tcp.h); IPv4 hosts default to 536.</summary>
    public const long MinMssBytes = 88;

    public static void Check(YamlMappingNode root, RunSettings run, ErrorCollector errors)
    {
        foreach (var option in Items(root, "options"))
        {
            foreach (var vxc in Items(option, "vxcs"))
            {
                if (Scalar(vxc, "a", "from", "a_end") is { Value: { } a } && Scalar(vxc, "b", "to", "b_end") is { Value: { } b } endB && a == b)
                {
                    errors.Add(endB, $"vxc '{Scalar(vxc, "name")?.Value}' joins '{a}' to itself; it would be billed and carry nothing",
                        "set b to the element at the other end (a port, MCR, MVE or cloud)");
                }
            }
        }
        foreach (var demand in Items(root, "traffic"))
        {
            CheckSize(demand, "packet_size", MinPacketBytes, "IPv4 and UDP headers alone take 28B", errors);
            CheckSize(demand, "mss", MinMssBytes, "Linux refuses an MSS below 88B; most stacks use 536B to 1460B", errors);
        }
        foreach (var failure in Items(root, "failures"))
        {
            if (Duration(failure, "at") is { Time: var at, Node: var node } && at >= run.Duration)
            {
                errors.Add(node, $"the failure starts at {at}, at or after the end of the run ({run.Duration}), so it never happens",
                    $"use an 'at' below {run.Duration}, or lengthen run.duration");
            }
        }
        foreach (var mapping in Mappings(root))
        {
            if (Duration(mapping, "peak_at") is { Time: var peak, Node: var peakNode } && Duration(mapping, "period") is { Time: var period } && peak >= period)
            {
                errors.Add(peakNode, $"peak_at {peak} is not within the period {period}, so the peak would never come where it is meant to",
                    $"use a peak_at below {period}, e.g. 20h for an evening peak in a 24h day");
            }
            if (Duration(mapping, "jitter") is { Time: var jitter, Node: var jitterNode } && jitter >= run.Duration)
            {
                errors.Add(jitterNode, $"jitter {jitter} is as long as the whole run ({run.Duration})",
                    "give the mean jitter of one packet, typically 1ms to 20ms on the Internet");
            }
        }
    }

    private static void CheckSize(YamlMappingNode demand, string key, long minimum, string why, ErrorCollector errors)
    {
        if (Scalar(demand, key) is { Value: { } text } node && ByteSize.TryParse(text, out long bytes, out _) && bytes > 0 && bytes < minimum)
        {
            errors.Add(node, string.Create(CultureInfo.InvariantCulture, $"{key} {text} is smaller than any real packet: {why}"),
                string.Create(CultureInfo.InvariantCulture, $"use at least {minimum}B"));
        }
    }

    private static IEnumerable<YamlMappingNode> Items(YamlMappingNode parent, string key) =>
        parent.Children.FirstOrDefault(entry => entry.Key is YamlScalarNode { } k && k.Value == key).Value is YamlSequenceNode list
            ? list.Children.OfType<YamlMappingNode>()
            : [];

    /// <summary>Every mapping in the tree, depth first; depth is bounded by the loader's input limits.</summary>
    private static IEnumerable<YamlMappingNode> Mappings(YamlNode node)
    {
        var pending = new Stack<YamlNode>([node]);
        var seen = new HashSet<YamlNode>(ReferenceEqualityComparer.Instance);
        while (pending.TryPop(out var current))
        {
            if (!seen.Add(current))
            {
                continue;
            }
            if (current is YamlMappingNode mapping)
            {
                yield return mapping;
                foreach (var child in mapping.Children.Values)
                {
                    pending.Push(child);
                }
            }
            else if (current is YamlSequenceNode sequence)
            {
                foreach (var child in sequence.Children)
                {
                    pending.Push(child);
                }
            }
        }
    }

    private static YamlScalarNode? Scalar(YamlMappingNode mapping, params string[] keys) =>
        mapping.Children.FirstOrDefault(entry => entry.Key is YamlScalarNode { } k && keys.Contains(k.Value, StringComparer.Ordinal)).Value as YamlScalarNode;

    private static (SimTime Time, YamlScalarNode Node)? Duration(YamlMappingNode mapping, string key) =>
        Scalar(mapping, key) is { Value: { } text } node && SimTime.TryParse(text, out var time, out _) ? (time, node) : null;
}
