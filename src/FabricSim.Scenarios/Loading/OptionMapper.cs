using FabricSim.Scenarios.Yaml;
using FabricSim.Scenarios.Model;

namespace FabricSim.Scenarios.Loading;

/// <summary>Maps options: each element kind by its own mapper (<see cref="IElementMapper"/>), in dependency order.</summary>
internal static class OptionMapper
{
    public static List<MappedOption> ReadAll(ObjectReader root, MappingContext context)
    {
        var result = new List<MappedOption>();
        foreach (var reader in root.Objects("options", ScenarioShapes.Option, "option"))
        {
            if (reader.String("name") is not { } name || !ScenarioMapper.Unique(reader, name, result.Any(o => o.Option.Name == name)))
            {
                continue;
            }
            result.Add(new MappedOption(Read(reader, name, context), reader));
        }
        if (result.Count == 0 && root.Has("options"))
        {
            root.Error("options", "no valid option is declared", "add at least one option under options:");
        }
        return result;
    }

    /// <summary>
    /// The element kinds of an option, in the order they are read: later kinds refer to earlier ones (VXCs to ports,
    /// MCRs, prefix lists and MVE names; MVE transports to VXCs). A new element kind is one mapper and one entry here.
    /// </summary>
    private static readonly IElementMapper[] Mappers =
    [
        new PortMapper(),
        new McrMapper(),
        new PrefixListMapper(),
        new TopologyMapper(),
        new MveMapper.Names(),
        new VxcMapper(),
        new MveMapper(),
        new VpnMapper(),
        new CloudVpnMapper(),
        new InternetVxcMapper(),
        new IxMapper(),
    ];

    private static DesignOption Read(ObjectReader reader, string name, MappingContext context)
    {
        int term = (int)(reader.Integer("term_months", 1, 36) ?? 1);
        if (term is not (1 or 12 or 24 or 36))
        {
            reader.Error("term_months", $"term_months {term} is not offered", "use 1, 12, 24 or 36");
        }
        var option = new OptionElements(reader, name, context);
        foreach (var mapper in Mappers)
        {
            mapper.Read(option);
        }
        return new DesignOption(name, reader.StringOr("description", string.Empty), term, option.Ports, option.Mcrs, option.Mves, option.Vxcs,
            option.Vpns, option.PrefixLists)
        {
            InternetVxcs = option.InternetVxcs,
            IxConnections = option.IxConnections,
            CloudEdges = option.Vxcs.Where(v => v.Cloud is not null)
                .Select(v => v.Cloud!.EdgeOf(context.Clouds[context.Clouds.ContainsKey(v.EndA) ? v.EndA : v.EndB]))
                .ToHashSet(StringComparer.Ordinal),
        };
    }
}
