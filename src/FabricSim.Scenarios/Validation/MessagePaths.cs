using FabricSim.Estimate.Paths;
using FabricSim.Network.Access;
using FabricSim.Network.Building;
using FabricSim.Network.Queues;
using FabricSim.Scenarios.Model;
using FabricSim.Scenarios.Reachability;

namespace FabricSim.Scenarios.Validation;

/// <summary>
/// The ways one direction of a request/response demand goes in an option, as the stages the packet engine puts a
/// message's segments through: for every chain of VXCs BGP may carry it over (each ECMP member), the links of the
/// laid-out data plane and each element that polices or shapes, as the engine has them: a VXC's limiter at the end it
/// is entered from (a policer; a shaper with 'shaping: true'; a customer's shaper, then the policer, at a site's end
/// with 'customer_shaper: true'), an MCR's rate limit at every MCR the message passes through, and an Internet VXC's
/// or IX connection's policer on its way out of the fabric or back in (where the MCR's limit follows, as the engine
/// hands what comes in to the MCR). A cloud's edge polices nothing: its port is a link.
/// </summary>
internal static class MessagePaths
{
    /// <summary>Null where BGP does not carry the direction (a VPN, an MVE's SD-WAN): no VXC, MCR or connection policer is on it.</summary>
    public static IEnumerable<IReadOnlyList<MessageStage>>? Of(DesignOption option, FabricDescription description, Func<LaidOutPaths> laidOut,
        PolicyReachability routing, string from, string to)
    {
        if (routing.VxcPathsOn(from, to) is not { } routes)
        {
            return null;
        }
        return Stages(option, description, laidOut, routes, from, to);
    }

    private static IEnumerable<IReadOnlyList<MessageStage>> Stages(DesignOption option, FabricDescription description, Func<LaidOutPaths> laidOut,
        IReadOnlyList<IReadOnlyList<string>> routes, string from, string to)
    {
        var entering = Connection(option, description, from);
        var leaving = Connection(option, description, to);
        foreach (var vxcs in routes)
        {
            var paths = laidOut();
            var stages = new List<MessageStage>();
            string source = from;
            string destination = to;
            if (entering is { } inbound)
            {
                stages.Add(inbound.Policer with { From = from });
                source = inbound.Router;
                if (description.Mcrs.FirstOrDefault(m => m.Name == inbound.Router) is { } mcr)
                {
                    stages.Add(new MessageStage(StageKind.Policer, "MCR", mcr.Name, mcr.Name, mcr.Rate.BitsPerSecond, paths.McrBurstBytes(mcr.Name)));
                }
            }
            if (leaving is { } outbound)
            {
                destination = outbound.Router;
            }
            if (paths.Tracer.Trace(source, destination, vxcs) is not { } elements)
            {
                continue;
            }
            foreach (var element in elements)
            {
                stages.AddRange(Stages(description, element));
            }
            if (leaving is { } exit)
            {
                stages.Add(exit.Policer);
            }
            yield return stages;
        }
    }

    private static IEnumerable<MessageStage> Stages(FabricDescription description, PathElement element)
    {
        var row = element.Row;
        long rate = (long)element.RateBitsPerSecond;
        switch (row.Kind)
        {
            case "link":
                yield return new MessageStage(StageKind.Link, "link", row.Link, row.From, rate);
                break;
            case "mcr":
                yield return new MessageStage(StageKind.Policer, "MCR", row.Link, row.From, rate, element.BurstBytes);
                break;
            case "vxc":
                var vxc = description.Vxcs.First(v => v.Name == row.Link);
                var policer = new MessageStage(StageKind.Policer, "VXC", row.Link, row.From, rate, element.BurstBytes);
                if (element.Behaviour == ElementBehaviour.Policer)
                {
                    yield return policer;
                }
                else if (vxc.Mode == RateLimitMode.Shape)
                {
                    yield return policer with { Stage = StageKind.Shaper, Queue = vxc.ShaperQueue };
                }
                else
                {
                    yield return policer with { Stage = StageKind.Shaper, Queue = vxc.CustomerShaperQueue ?? QueueLimit.Unlimited };
                    yield return policer;
                }
                break;
        }
    }

    /// <summary>The Internet VXC or IX connection an external destination is reached over, with the router at its end and its policer.</summary>
    private static (string Router, MessageStage Policer)? Connection(DesignOption option, FabricDescription description, string endpoint)
    {
        foreach (var (site, connection, end) in option.ExternalDestinations)
        {
            if (site != endpoint)
            {
                continue;
            }
            string router = description.FindPort(end)?.Site ?? end;
            if (description.InternetVxcs.FirstOrDefault(v => v.Name == connection) is { } internet)
            {
                return (router, new MessageStage(StageKind.Policer, "Internet VXC", internet.Name, router, internet.Rate.BitsPerSecond,
                    Burst(internet.BurstBytes, internet.Name)));
            }
            if (description.IxConnections.FirstOrDefault(ix => ix.Name == connection) is { } ix)
            {
                return (router, new MessageStage(StageKind.Policer, "IX connection", ix.Name, router, ix.Rate.BitsPerSecond,
                    Burst(ix.BurstBytes, ix.Name)));
            }
        }
        return null;
    }

    /// <summary>An option's description gives every connection the catalog's burst, as validate reads it.</summary>
    private static long Burst(long? burstBytes, string connection) =>
        burstBytes ?? throw new InvalidOperationException($"Connection '{connection}' has no policer burst in the option's description.");
}
