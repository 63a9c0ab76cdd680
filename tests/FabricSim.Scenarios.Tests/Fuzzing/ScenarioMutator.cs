using System.Globalization;
using System.Text;
using YamlDotNet.RepresentationModel;

namespace FabricSim.Scenarios.Tests.Fuzzing;

/// <summary>
/// Makes broken scenarios from good ones, the way a user's edits (or an editor's accident) break them: keys
/// dropped, duplicated or renamed, values of the wrong type, extreme numbers, random Unicode, deep nesting, huge
/// lists, truncated text. Structure-aware (it edits the YAML tree) and seeded, so every case can be replayed.
/// </summary>
internal sealed class ScenarioMutator
{
    private static readonly string[] ExtremeValues =
    [
        "0", "-1", "-0", "1e30", "-1e308", "1e-30", "NaN", ".inf", "-.inf", "9223372036854775807", "9223372036854775808",
        "18446744073709551616", "1e30s", "1e-30s", "0ns", "1ns", "-5s", "99999999h", "1e30Gbps", "0bps", "1bps", "-1Mbps",
        "1B", "0B", "99999999999GB", "1e30B", "0.0000001", "4294967296", "", "~", "null", "true", "[]", "{}", "0x10", "1_000",
    ];

    private readonly Random random;

    public ScenarioMutator(int seed) => random = new Random(seed);

    /// <summary>One to three mutations of <paramref name="original"/>, as text, and what they were.</summary>
    public (string Text, string Description) Mutate(string original)
    {
        if (random.Next(10) == 0)
        {
            return MutateText(original);
        }
        var stream = new YamlStream();
        stream.Load(new StringReader(original));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var done = new List<string>();
        int count = random.Next(1, 4);
        for (int i = 0; i < count; i++)
        {
            done.Add(MutateTree(root));
        }
        var text = new StringWriter(CultureInfo.InvariantCulture);
        stream.Save(text, assignAnchors: false);
        return (text.ToString(), string.Join("; ", done));
    }

    private (string, string) MutateText(string original)
    {
        switch (random.Next(3))
        {
            case 0:
                int cut = random.Next(original.Length);
                return (original[..cut], $"truncated at {cut}");
            case 1:
                var lines = original.Split('\n').ToList();
                int line = random.Next(lines.Count);
                lines.Insert(line, lines[line]);
                return (string.Join('\n', lines), $"line {line + 1} duplicated");
            default:
                int at = random.Next(original.Length);
                string noise = RandomUnicode(random.Next(1, 8));
                return (original[..at] + noise + original[at..], $"unicode inserted at {at}");
        }
    }

    private string MutateTree(YamlMappingNode root)
    {
        var nodes = new List<(YamlNode Node, YamlNode? Parent, YamlNode? Key)>();
        Collect(root, null, null, nodes);
        var (node, parent, key) = nodes[random.Next(nodes.Count)];
        YamlNode replacement;
        string what;
        switch (random.Next(9))
        {
            case 0 when parent is YamlMappingNode mapping && key is not null:
                mapping.Children.Remove(key);
                return $"dropped '{key}'";
            case 1 when parent is YamlMappingNode mapping && key is not null:
                mapping.Children.Remove(key);
                mapping.Children[new YamlScalarNode(RenameKey(key.ToString()))] = node;
                return $"renamed '{key}'";
            case 2 when parent is YamlSequenceNode sequence:
                sequence.Children.Add(Clone(node));
                return "duplicated a list item";
            case 3:
                replacement = node switch
                {
                    YamlScalarNode scalar => random.Next(2) == 0 ? new YamlSequenceNode(scalar) : new YamlMappingNode(new YamlScalarNode("value"), scalar),
                    _ => new YamlScalarNode(ExtremeValues[random.Next(ExtremeValues.Length)]),
                };
                what = "retyped";
                break;
            case 4:
                replacement = new YamlScalarNode(ExtremeValues[random.Next(ExtremeValues.Length)]);
                what = $"extreme value '{((YamlScalarNode)replacement).Value}'";
                break;
            case 5:
                replacement = new YamlScalarNode(RandomUnicode(random.Next(1, 40)));
                what = "random unicode";
                break;
            case 6:
                int depth = random.Next(2) == 0 ? random.Next(5, 60) : random.Next(60, 3000);
                replacement = Nested(depth);
                what = $"nested {depth} deep";
                break;
            case 7:
                int copies = random.Next(40) == 0 ? random.Next(1000, 5000) : random.Next(2, 60);
                var list = new YamlSequenceNode();
                for (int c = 0; c < copies; c++)
                {
                    list.Children.Add(Clone(node));
                }
                replacement = list;
                what = $"list of {copies} copies";
                break;
            default:
                if (node is YamlScalarNode { Value: { } text } && text.Length > 0)
                {
                    replacement = new YamlScalarNode(ScaleNumber(text));
                    what = $"scaled '{text}'";
                    break;
                }
                replacement = new YamlScalarNode(RandomUnicode(3));
                what = "replaced by text";
                break;
        }
        Replace(root, parent, key, node, replacement);
        return what + (key is null ? "" : $" at '{key}'");
    }

    private static void Collect(YamlNode node, YamlNode? parent, YamlNode? key, List<(YamlNode, YamlNode?, YamlNode?)> into)
    {
        if (parent is not null)
        {
            into.Add((node, parent, key));
        }
        switch (node)
        {
            case YamlMappingNode mapping:
                foreach (var (k, v) in mapping.Children)
                {
                    Collect(v, mapping, k, into);
                }
                break;
            case YamlSequenceNode sequence:
                foreach (var item in sequence.Children)
                {
                    Collect(item, sequence, null, into);
                }
                break;
            default:
                break;
        }
    }

    private static void Replace(YamlMappingNode root, YamlNode? parent, YamlNode? key, YamlNode old, YamlNode replacement)
    {
        switch (parent)
        {
            case YamlMappingNode mapping when key is not null:
                mapping.Children[key] = replacement;
                break;
            case YamlSequenceNode sequence:
                int index = sequence.Children.IndexOf(old);
                sequence.Children[index] = replacement;
                break;
            default:
                root.Children[new YamlScalarNode("name")] = replacement;
                break;
        }
    }

    private string RenameKey(string key) => random.Next(3) switch
    {
        0 => key + "x",
        1 => key.Length > 1 ? key[1..] : "k",
        _ => key.ToUpperInvariant(),
    };

    private string ScaleNumber(string text)
    {
        int digits = 0;
        while (digits < text.Length && (char.IsAsciiDigit(text[digits]) || text[digits] is '.' or '-'))
        {
            digits++;
        }
        string unit = text[digits..];
        string[] magnitudes = ["0", "0.000001", "1e-9", "1000000", "1e12", "1e18", "1e300", "-3"];
        return magnitudes[random.Next(magnitudes.Length)] + unit;
    }

    private YamlNode Nested(int depth)
    {
        YamlNode node = new YamlScalarNode("1");
        for (int i = 0; i < depth; i++)
        {
            // Flow style ({a: [..]}) keeps a deep structure's text linear in its depth, as a user's or generator's would be.
            node = random.Next(2) == 0
                ? new YamlMappingNode(new YamlScalarNode("a"), node) { Style = YamlDotNet.Core.Events.MappingStyle.Flow }
                : new YamlSequenceNode(node) { Style = YamlDotNet.Core.Events.SequenceStyle.Flow };
        }
        return node;
    }

    private string RandomUnicode(int length)
    {
        var text = new StringBuilder(length);
        for (int i = 0; i < length; i++)
        {
            int codePoint = random.Next(4) switch
            {
                0 => random.Next(0x20, 0x7F),
                1 => random.Next(0xA0, 0xD800),
                2 => random.Next(0xE000, 0xFFFE),
                _ => random.Next(0x1F300, 0x1FAFF),
            };
            text.Append(char.ConvertFromUtf32(codePoint));
        }
        return text.ToString();
    }

    private static YamlNode Clone(YamlNode node) => node switch
    {
        YamlScalarNode scalar => new YamlScalarNode(scalar.Value) { Style = scalar.Style },
        YamlSequenceNode sequence => new YamlSequenceNode(sequence.Children.Select(Clone)),
        YamlMappingNode mapping => new YamlMappingNode(mapping.Children.Select(entry => new KeyValuePair<YamlNode, YamlNode>(Clone(entry.Key), Clone(entry.Value)))),
        _ => new YamlScalarNode(node.ToString()),
    };
}
