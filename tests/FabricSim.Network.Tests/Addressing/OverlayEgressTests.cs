using FabricSim.Engine.Time;
using FabricSim.Network.Addressing;
using FabricSim.Network.Building;
using FabricSim.Network.Topology;
using FabricSim.Network.Units;

namespace FabricSim.Network.Tests.Addressing;

/// <summary>
/// A switch's remembered overlay egress against the registry it remembers, on A → R1 → R2 → B with a detour
/// R1 → R3 → R2: the same answer at every node for every overlay, and still the same after a failure reroutes the
/// overlays and after an overlay registered late.
/// </summary>
public sealed class OverlayEgressTests
{
    [Fact]
    public void Remembered_answers_follow_the_registry_through_reroutes_and_late_overlays()
    {
        var builder = new FabricBuilder(1);
        foreach (string name in new[] { "A", "R1", "R2", "R3", "B" })
        {
            builder.AddNode(name, name.StartsWith('R') ? NodeKind.PopSwitch : NodeKind.CustomerRouter);
        }
        foreach (var (a, b, milliseconds) in new[] { ("A", "R1", 1), ("R1", "R2", 1), ("R1", "R3", 2), ("R3", "R2", 2), ("R2", "B", 1) })
        {
            builder.AddLink($"{a}-{b}", a, b, DataRate.Parse("10Gbps"), SimTime.FromMilliseconds(milliseconds));
        }
        var fabric = builder.Build();
        fabric.Routing.Recompute();
        var registry = new OverlayRegistry(fabric.Context.Ids);
        var nodes = fabric.Nodes;
        var remembered = nodes.Select(n => new OverlayEgress(n, registry)).ToArray();
        var overlays = new List<int>
        {
            registry.Register(fabric.Node("B").Id),
            registry.Register(fabric.Node("A").Id),
            // Arrives at B over its access link: switches head for R2, the link's near end.
            registry.Register(fabric.Node("B").Id, fabric.Link("R2-B").Forward),
        };

        AssertSameAnswers();
        Assert.Same(fabric.Link("R1-R2").Forward, Ask(remembered, fabric.Node("R1"), overlays[0]));

        fabric.Failures.FailLink(fabric.Link("R1-R2"));
        AssertSameAnswers();
        Assert.Same(fabric.Link("R1-R3").Forward, Ask(remembered, fabric.Node("R1"), overlays[0]));

        overlays.Add(registry.Register(fabric.Node("R3").Id));
        fabric.Failures.RecoverLink(fabric.Link("R1-R2"));
        AssertSameAnswers();
        Assert.Same(fabric.Link("R1-R2").Forward, Ask(remembered, fabric.Node("R1"), overlays[0]));

        void AssertSameAnswers()
        {
            foreach (var node in nodes)
            {
                // Twice: the first answer is asked of the registry, the second is the remembered one.
                for (int round = 0; round < 2; round++)
                {
                    foreach (int id in overlays.Append(0).Append(1).Append(OverlayRegistry.FirstOverlayId + 99))
                    {
                        bool expected = registry.TryGetEgress(node, id, out var expectedEgress);
                        bool actual = remembered[node.Id].TryGetEgress(id, out var actualEgress);
                        Assert.Equal(expected, actual);
                        Assert.Same(expectedEgress, actualEgress);
                    }
                }
            }
        }
    }

    private static NetworkInterface? Ask(OverlayEgress[] remembered, Node node, int overlay)
    {
        Assert.True(remembered[node.Id].TryGetEgress(overlay, out var egress));
        return egress;
    }
}
