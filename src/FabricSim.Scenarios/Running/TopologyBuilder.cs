using FabricSim.Scenarios.Model;
using FabricSim.Scenarios.Results;

namespace FabricSim.Scenarios.Running;

/// <summary>
/// The plain topology record the diagrams draw, read from the option as designed and the link rows it measured: a VXC
/// that ends on a Port is drawn from that Port's PoP, since that is where the fabric carries it.
/// </summary>
internal static class TopologyBuilder
{
    public static TopologySummary Build(Scenario scenario, DesignOption option, IReadOnlyList<LinkSummary> links)
    {
        var failed = scenario.Failures
            .Where(failure => failure.Options.Count == 0 || failure.Options.Contains(option.Name))
            .Select(failure => failure.Element)
            .ToHashSet(StringComparer.Ordinal);
        var nodes = new List<TopologyNode>();
        var popsUsed = option.Ports.Select(port => port.Pop)
            .Concat(option.Mcrs.Select(mcr => mcr.Pop))
            .Concat(option.Mves.Select(mve => mve.Pop))
            .ToHashSet(StringComparer.Ordinal);
        var cloudsUsed = option.Vxcs.SelectMany(vxc => new[] { vxc.EndA, vxc.EndB })
            .Concat(option.Vpns.SelectMany(vpn => new[] { vpn.Site, vpn.Cloud }))
            .Where(end => scenario.FindCloud(end) is not null)
            .ToHashSet(StringComparer.Ordinal);
        // Backbone links appear as they were measured: only those this option's traffic crossed.
        var backbone = links
            .Where(link => scenario.Pops.Any(pop => pop.Code == link.From) && scenario.Pops.Any(pop => pop.Code == link.To))
            .GroupBy(link => link.Link, StringComparer.Ordinal)
            .ToList();
        foreach (var link in backbone.SelectMany(group => group))
        {
            popsUsed.Add(link.From);
            popsUsed.Add(link.To);
        }
        foreach (var cloud in scenario.Clouds.Where(cloud => cloudsUsed.Contains(cloud.Name) && option.Vxcs.Any(vxc => vxc.Touches(cloud.Name))))
        {
            popsUsed.Add(cloud.OnRamp);
        }
        nodes.AddRange(scenario.Sites.OrderBy(site => site.Name, StringComparer.Ordinal)
            .Select(site => new TopologyNode(site.Name, TopologyNodeKind.Site, site.Location, site.Pop, failed.Contains(site.Name))));
        nodes.AddRange(scenario.Pops.Where(pop => popsUsed.Contains(pop.Code)).OrderBy(pop => pop.Code, StringComparer.Ordinal)
            .Select(pop => new TopologyNode(pop.Code, TopologyNodeKind.Pop, pop.Location, pop.Code, failed.Contains(pop.Code))));
        nodes.AddRange(option.Mcrs.OrderBy(mcr => mcr.Name, StringComparer.Ordinal)
            .Select(mcr => new TopologyNode(mcr.Name, TopologyNodeKind.Mcr, scenario.FindPop(mcr.Pop).Location, mcr.Pop, failed.Contains(mcr.Name))));
        nodes.AddRange(option.Mves.OrderBy(mve => mve.Name, StringComparer.Ordinal)
            .Select(mve => new TopologyNode(mve.Name, TopologyNodeKind.Mve, scenario.FindPop(mve.Pop).Location, mve.Pop, failed.Contains(mve.Name))));
        nodes.AddRange(scenario.Clouds.Where(cloud => cloudsUsed.Contains(cloud.Name)).OrderBy(cloud => cloud.Name, StringComparer.Ordinal)
            .Select(cloud => new TopologyNode(cloud.Name, TopologyNodeKind.Cloud, cloud.RegionLocation, cloud.OnRamp, failed.Contains(cloud.Name))));

        var edges = new List<TopologyEdge>();
        TopologyEdge Edge(string name, TopologyEdgeKind kind, string from, string to, double rate, bool down) =>
            new(name, kind, from, to, rate, BusierDirection(links, name), down || failed.Contains(name));

        foreach (var port in option.Ports)
        {
            edges.Add(Edge(port.Name, TopologyEdgeKind.Port, port.Site, port.Pop, port.Capacity.BitsPerSecond, failed.Contains(port.Pop)));
        }
        foreach (var vxc in option.Vxcs)
        {
            string a = Attachment(option, vxc.EndA), b = Attachment(option, vxc.EndB);
            bool endDown = failed.Contains(vxc.EndA) || failed.Contains(vxc.EndB);
            edges.Add(Edge(vxc.Name, TopologyEdgeKind.Vxc, a, b, vxc.Rate.BitsPerSecond, endDown));
        }
        foreach (var vpn in option.Vpns)
        {
            bool down = vpn.FailableElements.Any(failed.Contains);
            edges.Add(Edge(vpn.Name, TopologyEdgeKind.Vpn, vpn.Site, vpn.Cloud, (vpn.InternetAccess ?? vpn.ConnectionRate(vpn.Tunnels))?.BitsPerSecond ?? 0, down));
        }
        foreach (var group in backbone)
        {
            var first = group.First();
            edges.Add(Edge(group.Key, TopologyEdgeKind.Backbone, first.From, first.To, first.CapacityBitsPerSecond,
                failed.Contains(first.From) || failed.Contains(first.To)));
        }
        foreach (var mve in option.Mves)
        {
            foreach (var transport in mve.Transports.Where(t => t.InternetAccess is not null))
            {
                // An Internet uplink reaches whatever the MVE's site exchanges traffic with.
                var far = scenario.Traffic.Select(d => d.From == mve.Site ? d.To : d.To == mve.Site ? d.From : null)
                    .OfType<string>().Distinct(StringComparer.Ordinal).Where(end => nodes.Any(n => n.Name == end));
                foreach (string end in far)
                {
                    edges.Add(Edge($"{mve.Name}/{transport.Name}", TopologyEdgeKind.Internet, mve.Name, end,
                        transport.InternetAccess!.Value.BitsPerSecond, failed.Contains(mve.Name)));
                }
            }
            if (!option.Ports.Any(port => port.Site == mve.Site))
            {
                edges.Add(Edge($"{mve.Site}-{mve.Name}", TopologyEdgeKind.Port, mve.Site, mve.Name, 0, failed.Contains(mve.Name)));
            }
        }
        return new TopologySummary(nodes, edges);
    }

    /// <summary>The node a VXC end is drawn at: a Port's PoP, otherwise the MCR, MVE or cloud of that name.</summary>
    private static string Attachment(DesignOption option, string end) =>
        option.Ports.FirstOrDefault(port => port.Name == end)?.Pop ?? end;

    private static double? BusierDirection(IReadOnlyList<LinkSummary> links, string name)
    {
        var rows = links.Where(link => link.Link == name).ToList();
        return rows.Count == 0 ? null : rows.Max(link => link.Utilization.Mean);
    }
}
