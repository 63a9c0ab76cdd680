using FabricSim.Scenarios.Yaml;
using FabricSim.Engine.Time;
using FabricSim.Network.Units;
using FabricSim.Scenarios.Model;

namespace FabricSim.Scenarios.Loading;

/// <summary>Maps an option's ports; the port speeds offered, and the ports that generated topologies add.</summary>
internal sealed class PortMapper : IElementMapper
{

    public void Read(OptionElements option)
    {
        var (context, elements, ports) = (option.Context, option.Elements, option.Ports);
        foreach (var p in option.Reader.Objects("ports", ScenarioShapes.Port, "port"))
        {
            string? name = p.String("name");
            string? siteName = p.String("site");
            var speed = p.Rate("speed");
            if (name is null || !ScenarioMapper.Unique(p, name, !elements.Add(name)) || siteName is null || speed is null)
            {
                continue;
            }
            if (!context.Sites.TryGetValue(siteName, out var site))
            {
                p.Error("site", $"unknown site '{siteName}' in {p.Label}; {NameSuggestions.Hint(siteName, context.Sites.Keys.ToList(), "sites")}", "name a site declared under sites:");
                continue;
            }
            string pop = p.String("pop") ?? site.Pop;
            if (p.Has("pop") && !context.CheckPop(p, "pop", pop))
            {
                continue;
            }
            if (!CheckPortSpeed(p, "speed", speed.Value, context))
            {
                continue;
            }
            ports.Add(new Port(name, siteName, pop, speed.Value) { CustomerShaper = p.Boolean("customer_shaper") == true, DiversityZone = p.Choice("diversity_zone") });
        }
    }

    internal static bool CheckPortSpeed(ObjectReader reader, string key, DataRate speed, MappingContext context) =>
        CheckOffered(reader, key, speed, "megaport.port.speed", $"port speed {speed} of {reader.Label}", context);

    /// <summary>Reports a rate the product catalog does not offer, listing what is offered; returns whether it is.</summary>
    internal static bool CheckOffered(ObjectReader reader, string key, DataRate value, string item, string what, MappingContext context)
    {
        var offered = context.Catalog.Products.Rates(item);
        if (offered.Contains(value))
        {
            return true;
        }
        reader.Error(key, $"{what} is not offered; offered: {string.Join(", ", offered)} ({context.Catalog.Products.Get(item).Citation})",
            $"use {offered.FirstOrDefault(s => s >= value, offered[^1])}");
        return false;
    }

    /// <summary>The site's existing port in this option, or a new one named "site-port" at the site's PoP.</summary>
    internal static Port PortFor(Site site, List<Port> ports, DataRate speed, HashSet<string> elements)
    {
        var existing = ports.FirstOrDefault(p => p.Site == site.Name);
        if (existing is not null)
        {
            return existing;
        }
        var port = new Port(site.Name + "-port", site.Name, site.Pop, speed);
        elements.Add(port.Name);
        ports.Add(port);
        return port;
    }
}
