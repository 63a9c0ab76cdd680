using FabricSim.Scenarios.Catalogs;
using FabricSim.Scenarios.Yaml;
using FabricSim.Engine.Time;
using FabricSim.Network.Units;
using FabricSim.Scenarios.Model;

namespace FabricSim.Scenarios.Loading;

/// <summary>Expands an option's generated topologies: a full mesh of VXCs between sites, or a hub MCR with spokes.</summary>
internal sealed class TopologyMapper : IElementMapper
{
    private static readonly DataRate DefaultPortSpeed = DataRate.FromGigabitsPerSecond(10);

    public void Read(OptionElements option)
    {
        if (option.Reader.Object("topology", ScenarioShapes.Topology, $"topology of option '{option.Name}'") is not { } topology)
        {
            return;
        }
        ExpandMesh(topology, option.Context, option.Ports, option.Vxcs, option.Elements);
        ExpandHub(topology, option.Context, option.Ports, option.Mcrs, option.Vxcs, option.Elements);
    }

    private static void ExpandMesh(ObjectReader topology, MappingContext context, List<Port> ports, List<VxcSettings> vxcs, HashSet<string> elements)
    {
        if (topology.Object("mesh", ScenarioShapes.Mesh, "mesh") is not { } mesh)
        {
            return;
        }
        var sites = mesh.Strings("sites");
        var rate = mesh.Rate("rate");
        int qos = mesh.QosClass("class") ?? 3;
        var portSpeed = mesh.Rate("port_speed") ?? DefaultPortSpeed;
        if (rate is null || (mesh.Has("port_speed") && !PortMapper.CheckPortSpeed(mesh, "port_speed", portSpeed, context)))
        {
            return;
        }
        var meshPorts = new List<Port>();
        foreach (string site in sites)
        {
            if (!context.Sites.TryGetValue(site, out var s))
            {
                mesh.Error("sites", $"unknown site '{site}' in mesh; {NameSuggestions.Hint(site, context.Sites.Keys.ToList(), "sites")}", "name sites declared under sites:");
                return;
            }
            meshPorts.Add(PortMapper.PortFor(s, ports, portSpeed, elements));
        }
        for (int i = 0; i < meshPorts.Count; i++)
        {
            for (int j = i + 1; j < meshPorts.Count; j++)
            {
                string name = $"{sites[i]}--{sites[j]}";
                if (elements.Add(name))
                {
                    if (rate.Value > meshPorts[i].Speed || rate.Value > meshPorts[j].Speed)
                    {
                        mesh.Error("rate", $"mesh VXC rate {rate.Value} exceeds a port speed ({Math.Min(meshPorts[i].Speed.BitsPerSecond, meshPorts[j].Speed.BitsPerSecond) / 1e9}Gbps)", "lower rate or raise port_speed");
                        return;
                    }
                    vxcs.Add(new VxcSettings(name, meshPorts[i].Name, meshPorts[j].Name, rate.Value, qos, null, null) { BurstBytes = PolicerBurst.DefaultBytes(rate.Value, null, context.Catalog.Products) });
                }
            }
        }
    }

    private static void ExpandHub(ObjectReader topology, MappingContext context, List<Port> ports, List<Mcr> mcrs, List<VxcSettings> vxcs, HashSet<string> elements)
    {
        if (topology.Object("hub", ScenarioShapes.Hub, "hub") is not { } hub)
        {
            return;
        }
        string? mcrName = hub.String("mcr");
        var spokes = hub.Strings("spokes");
        var rate = hub.Rate("rate");
        int qos = hub.QosClass("class") ?? 3;
        var portSpeed = hub.Rate("port_speed") ?? DefaultPortSpeed;
        var cloudReader = hub.Object("cloud", ScenarioShapes.CloudConnection, "hub cloud connection");
        if (mcrName is null || rate is null || (hub.Has("port_speed") && !PortMapper.CheckPortSpeed(hub, "port_speed", portSpeed, context)))
        {
            return;
        }
        var mcr = mcrs.FirstOrDefault(m => m.Name == mcrName);
        if (mcr is null)
        {
            hub.Error("mcr", $"unknown MCR '{mcrName}' in hub; {NameSuggestions.Hint(mcrName, mcrs.Select(m => m.Name).ToList(), "MCRs")}", "declare it under mcrs: in this option");
            return;
        }
        foreach (string spoke in spokes)
        {
            string name = $"{spoke}--{mcrName}";
            if (context.Sites.TryGetValue(spoke, out var site))
            {
                var port = PortMapper.PortFor(site, ports, portSpeed, elements);
                if (elements.Add(name))
                {
                    vxcs.Add(new VxcSettings(name, port.Name, mcrName, rate.Value, qos, null, null) { BurstBytes = PolicerBurst.DefaultBytes(rate.Value, null, context.Catalog.Products) });
                }
            }
            else if (context.Clouds.TryGetValue(spoke, out var cloud))
            {
                var connection = VxcMapper.ReadCloudConnection(cloudReader, cloud, hub, "spokes", context.Catalog.Products);
                if (connection is not null && elements.Add(name))
                {
                    vxcs.Add(new VxcSettings(name, mcrName, spoke, rate.Value, qos, connection, null) { BurstBytes = PolicerBurst.DefaultBytes(rate.Value, connection, context.Catalog.Products) });
                }
            }
            else
            {
                var known = context.Sites.Keys.Concat(context.Clouds.Keys).ToList();
                hub.Error("spokes", $"unknown spoke '{spoke}' in hub; {NameSuggestions.Hint(spoke, known, "sites and clouds")}", "name sites or clouds declared in the scenario");
            }
        }
    }
}
