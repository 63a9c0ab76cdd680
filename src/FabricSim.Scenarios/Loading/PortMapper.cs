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
            if (!CheckPortSpeed(p, "speed", speed.Value, context) || ReadLag(p, speed.Value, context) is not { } members)
            {
                continue;
            }
            ports.Add(new Port(name, siteName, pop, speed.Value)
            {
                CustomerShaper = p.Boolean("customer_shaper") == true,
                DiversityZone = p.Choice("diversity_zone"),
                LagMembers = members,
            });
        }
    }

    /// <summary>
    /// A LAG's member count within Megaport's rules: at most the catalog's members, each at a speed LAGs take, all at
    /// the port's speed (members on one device, so at one location: the port's PoP). Null when refused.
    /// </summary>
    private static int? ReadLag(ObjectReader p, DataRate speed, MappingContext context)
    {
        var listed = p.ScalarItems("member_speeds");
        long? count = p.Has("lag") ? p.Integer("lag", 1) : null;
        if (p.Has("lag") && count is null)
        {
            return null;
        }
        int members = (int)(count ?? (listed.Count > 0 ? listed.Count : 1));
        if (members == 1 && listed.Count <= 1)
        {
            return 1;
        }
        var products = context.Catalog.Products;
        var limit = products.Get("megaport.port.lag_members");
        long most = products.Value("megaport.port.lag_members");
        if (members > most)
        {
            p.Error(p.Has("lag") ? "lag" : "member_speeds", $"{p.Label} bundles {members} ports; a Megaport LAG holds at most {most} ({limit.Citation})",
                $"use 'lag: {most}' or less, or a faster member speed, or a second LAG port");
            return null;
        }
        if (listed.Count > 0 && listed.Count != members)
        {
            p.Error("member_speeds", $"member_speeds of {p.Label} lists {listed.Count} members but lag is {members}", $"list {members} speeds or set 'lag: {listed.Count}'");
            return null;
        }
        foreach (var item in listed)
        {
            if (!DataRate.TryParse(item.Value, out var member, out _))
            {
                p.Errors.Add(item, $"'{item.Value}' in member_speeds of {p.Label} is not a rate", "write e.g. '10Gbps'");
                return null;
            }
            if (member != speed)
            {
                p.Errors.Add(item, $"{p.Label} mixes member speeds ({member} beside the port's {speed}); every member of a LAG runs at one speed ({limit.Citation})",
                    $"cable every member at {speed}, or make the {member} member a port of its own");
                return null;
            }
        }
        var allowed = products.Rates("megaport.port.lag_speed");
        if (!allowed.Contains(speed))
        {
            p.Error("speed", $"a LAG of {speed} ports is not offered; LAG members run at {string.Join(" or ", allowed)} ({products.Get("megaport.port.lag_speed").Citation})",
                $"use 'speed: {allowed.FirstOrDefault(s => s >= speed, allowed[^1])}' with fewer members, or a single port");
            return null;
        }
        return members;
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
