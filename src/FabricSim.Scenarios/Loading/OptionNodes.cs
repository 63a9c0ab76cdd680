using YamlDotNet.RepresentationModel;

namespace FabricSim.Scenarios.Loading;

/// <summary>Finds where an option's element, or one of its keys, is written in the file, for checks that run after mapping.</summary>
internal static class OptionNodes
{
    /// <summary>A VXC's entry under vxcs, or the generator that made it.</summary>
    public static YamlNode Vxc(MappedOption option, string name) =>
        Named(option, "vxcs", name) ?? option.Reader.ValueNode("topology") ?? option.Reader.Node;

    /// <summary>The value at <paramref name="path"/> (nested keys) inside a VXC's entry, else the entry.</summary>
    public static YamlNode VxcKey(MappedOption option, string name, params string[] path) => Key(Vxc(option, name), path);

    /// <summary>A VPN's entry under vpns.</summary>
    public static YamlNode Vpn(MappedOption option, string name) => Named(option, "vpns", name) ?? option.Reader.Node;

    /// <summary>The value at <paramref name="path"/> (nested keys) inside a VPN's entry, else the nearest entry on the way.</summary>
    public static YamlNode VpnKey(MappedOption option, string name, params string[] path) => Key(Vpn(option, name), path);

    private static YamlNode Key(YamlNode node, string[] path)
    {
        foreach (string key in path)
        {
            if (node is not YamlMappingNode mapping || !mapping.Children.TryGetValue(new YamlScalarNode(key), out var next))
            {
                return node;
            }
            node = next;
        }
        return node;
    }

    private static YamlMappingNode? Named(MappedOption option, string list, string name)
    {
        if (option.Reader.ValueNode(list) is not YamlSequenceNode items)
        {
            return null;
        }
        return items.Children.OfType<YamlMappingNode>().FirstOrDefault(item =>
            item.Children.TryGetValue(new YamlScalarNode("name"), out var value) && value is YamlScalarNode scalar && scalar.Value == name);
    }
}
