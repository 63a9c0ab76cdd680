using FabricSim.Network.Built;
using FabricSim.Network.Access;
using FabricSim.Network.Availability;

namespace FabricSim.Network.Building;

/// <summary>
/// Starts an exponential up/down process for every element of a fabric that has an MTBF and MTTR, each drawing from
/// its own stream so one element's failures do not shift another's.
/// </summary>
internal static class RandomFailures
{
    public static IReadOnlyList<RandomFailureProcess> Start(Fabric fabric, FabricDescription description)
    {
        var processes = new List<RandomFailureProcess>();
        foreach (var failure in description.Failures.Where(f => !f.IsScheduled))
        {
            if (failure.Mtbf is not { } mtbf || failure.Mttr is not { } mttr || Target(fabric, description, failure.Element) is not { } target)
            {
                continue;
            }
            var process = new RandomFailureProcess(fabric, target, mtbf, mttr);
            process.Start();
            processes.Add(process);
        }
        return processes;
    }

    /// <summary>The failing element: a VXC, a port (its access link), a LAG member, an MCR or PoP (the node), or a backbone link "A-B".</summary>
    private static FailureTarget? Target(Fabric fabric, FabricDescription description, string element)
    {
        if (description.Vxcs.Any(v => v.Name == element))
        {
            return FailureTarget.Of(fabric.Vxc(element));
        }
        if (description.Ports.Any(p => p.Name == element) || fabric.Links.Any(l => l.Name == element))
        {
            return FailureTarget.Of(fabric.Link(element));
        }
        if (AccessPort.TryParseMember(element, out string port, out int member)
            && fabric.Ports.FirstOrDefault(p => p.Name == port) is { } lag && member <= lag.LagMembers)
        {
            return FailureTarget.OfMember(lag, member);
        }
        return fabric.Nodes.Any(n => n.Name == element) ? FailureTarget.Of(fabric.Node(element)) : null;
    }
}
