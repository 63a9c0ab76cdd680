using FabricSim.Network.Availability;
using FabricSim.Network.Building;
using FabricSim.Scenarios.Model;

namespace FabricSim.Scenarios.Running;

/// <summary>
/// Starts an exponential up/down process for every element of the option that the scenario gives an MTBF and MTTR,
/// each drawing from its own stream so one element's failures do not shift another's.
/// </summary>
internal static class RandomFailures
{
    public static IReadOnlyList<RandomFailureProcess> Start(Fabric fabric, Scenario scenario, DesignOption option)
    {
        var processes = new List<RandomFailureProcess>();
        foreach (var failure in scenario.Failures.Where(f => !f.IsScheduled && f.Options.Contains(option.Name)))
        {
            if (failure.Mtbf is not { } mtbf || failure.Mttr is not { } mttr || Target(fabric, option, failure.Element) is not { } target)
            {
                continue;
            }
            var process = new RandomFailureProcess(fabric, target, mtbf, mttr);
            process.Start();
            processes.Add(process);
        }
        return processes;
    }

    /// <summary>The failing element: a VXC, a port (its access link), an MCR or PoP (the node), or a backbone link "A-B".</summary>
    private static FailureTarget? Target(Fabric fabric, DesignOption option, string element)
    {
        if (option.Vxcs.Any(v => v.Name == element))
        {
            return FailureTarget.Of(fabric.Vxc(element));
        }
        if (option.Ports.Any(p => p.Name == element) || fabric.Links.Any(l => l.Name == element))
        {
            return FailureTarget.Of(fabric.Link(element));
        }
        return fabric.Nodes.Any(n => n.Name == element) ? FailureTarget.Of(fabric.Node(element)) : null;
    }
}
