using FabricSim.Scenarios.Reachability;

namespace FabricSim.Scenarios.Loading;

/// <summary>
/// Reports every flow that BGP policy keeps from its destination in some option, at the flow and at the blocking
/// session, unless the flow says 'expect: unreachable'; and every session a cloud would drop for too many routes.
/// </summary>
internal static class RoutingPolicyCheck
{
    public static void Run(MappingContext context, MappedOption option, IReadOnlyList<MappedDemand> demands, PolicyReachability analysis)
    {
        foreach (var breach in analysis.PrefixLimitBreaches)
        {
            context.Errors.Add(OptionNodes.Vxc(option, breach.Vxc),
                $"{breach.Advertised} routes would be advertised to '{breach.Cloud}' over VXC '{breach.Vxc}' in option '{option.Option.Name}', above the {breach.Limit} it accepts ({breach.Product}: {breach.Citation}); it drops the BGP session",
                $"add an export prefix list on VXC '{breach.Vxc}' that keeps at most {breach.Limit} routes, or summarise them");
        }
        long mcrRoutes = context.Catalog.Products.Value("megaport.mcr.routes");
        foreach (var mcr in option.Option.Mcrs.Where(m => analysis.RoutesAt(m.Name) > mcrRoutes))
        {
            context.Errors.Add(option.Reader.ValueNode("mcrs") ?? option.Reader.Node,
                $"MCR '{mcr.Name}' in option '{option.Option.Name}' would hold {analysis.RoutesAt(mcr.Name)} routes, above the {mcrRoutes} an MCR supports ({context.Catalog.Products.Get("megaport.mcr.routes").Citation})",
                "summarise prefixes or filter them with import prefix lists");
        }
        var reported = new HashSet<(string, BlockReason)>();
        foreach (var mapped in demands.Where(d => !d.Demand.ExpectUnreachable))
        {
            var routing = analysis.Check(mapped.Demand);
            if (routing.Block is not { } block)
            {
                continue;
            }
            var sessionNode = block.Vxc.Length > 0 ? OptionNodes.Vxc(option, block.Vxc) : option.Reader.Node;
            string where = $"{context.Errors.File}:{sessionNode.Start.Line}:{sessionNode.Start.Column}";
            string session = block.Vxc.Length > 0 ? $"the BGP session on VXC '{block.Vxc}' ({where})" : $"option '{option.Option.Name}' ({where})";
            context.Errors.Add(mapped.At,
                $"flow '{mapped.Demand.Name}' is unreachable in option '{option.Option.Name}' by BGP policy, blocked at {session}: {block.Detail}",
                $"{block.Fix}; or mark the flow 'expect: unreachable'");
            if (block.Vxc.Length > 0 && reported.Add((block.Vxc, block.Reason)))
            {
                context.Errors.Add(sessionNode,
                    $"the BGP session on VXC '{block.Vxc}' in option '{option.Option.Name}' blocks flow '{mapped.Demand.Name}': {block.Detail}", block.Fix);
            }
        }
    }
}
