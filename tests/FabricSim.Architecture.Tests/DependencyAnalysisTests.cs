namespace FabricSim.Architecture.Tests;

/// <summary>
/// The analysis on small synthetic source sets with a known answer: it must report a deliberately introduced cycle
/// and upward reference, naming the namespaces and the file:line of each edge, and find the references C# resolves
/// without a using directive.
/// </summary>
public sealed class DependencyAnalysisTests
{
    private static NamespaceGraph Analyse(params (string Path, string Text)[] files) =>
        NamespaceGraph.Analyse(files.Select(f => new SourceFile(f.Path, f.Text)));

    [Fact]
    public void A_three_namespace_cycle_is_reported_with_the_file_and_line_of_each_edge()
    {
        var graph = Analyse(
            ("src/FabricSim.Network/Topology/Node.cs", """
                using FabricSim.Network.Links;

                namespace FabricSim.Network.Topology;

                public sealed class Node { public NetworkInterface? First; }
                """),
            ("src/FabricSim.Network/Links/NetworkInterface.cs", """
                using FabricSim.Network.Routing;

                namespace FabricSim.Network.Links;

                public sealed class NetworkInterface { public ForwardingTable? Table; }
                """),
            ("src/FabricSim.Network/Routing/ForwardingTable.cs", """
                namespace FabricSim.Network.Routing;

                public sealed class ForwardingTable
                {
                    public FabricSim.Network.Topology.Node? Owner;
                }
                """));

        string message = Assert.Single(ArchitectureRules.Cycles(graph));

        Assert.Contains("Namespace cycle: FabricSim.Network.Links -> FabricSim.Network.Routing -> FabricSim.Network.Topology -> FabricSim.Network.Links", message);
        Assert.Contains("src/FabricSim.Network/Links/NetworkInterface.cs:1 (using FabricSim.Network.Routing;)", message);
        Assert.Contains("src/FabricSim.Network/Routing/ForwardingTable.cs:5 (FabricSim.Network.Topology.Node)", message);
        Assert.Contains("src/FabricSim.Network/Topology/Node.cs:1 (using FabricSim.Network.Links;)", message);
    }

    [Fact]
    public void Breaking_one_edge_of_the_cycle_clears_it()
    {
        var graph = Analyse(
            ("src/FabricSim.Network/Topology/Node.cs", "using FabricSim.Network.Links;\nnamespace FabricSim.Network.Topology;\npublic sealed class Node { public NetworkInterface? First; }"),
            ("src/FabricSim.Network/Links/NetworkInterface.cs", "namespace FabricSim.Network.Links;\npublic sealed class NetworkInterface { }"));

        Assert.Empty(ArchitectureRules.Cycles(graph));
        Assert.Equal(["FabricSim.Network.Links"], graph.Edges["FabricSim.Network.Topology"].Keys);
    }

    [Fact]
    public void Two_separate_cycles_are_reported_separately()
    {
        var graph = Analyse(
            ("src/FabricSim.Reporting/Plots/Plot.cs", "using FabricSim.Reporting.Writing;\nnamespace FabricSim.Reporting.Plots;\npublic class Plot { Writer? w; }"),
            ("src/FabricSim.Reporting/Writing/Writer.cs", "using FabricSim.Reporting.Plots;\nnamespace FabricSim.Reporting.Writing;\npublic class Writer { Plot? p; }"),
            ("src/FabricSim.Network/Qos/Drr.cs", "using FabricSim.Network.Queues;\nnamespace FabricSim.Network.Qos;\npublic class Drr { Spec? s; }"),
            ("src/FabricSim.Network/Queues/Spec.cs", "using FabricSim.Network.Qos;\nnamespace FabricSim.Network.Queues;\npublic class Spec { Drr? d; }"));

        var cycles = ArchitectureRules.Cycles(graph);

        Assert.Equal(2, cycles.Count);
        Assert.Contains("FabricSim.Network.Qos -> FabricSim.Network.Queues -> FabricSim.Network.Qos", cycles[0]);
        Assert.Contains("FabricSim.Reporting.Plots -> FabricSim.Reporting.Writing -> FabricSim.Reporting.Plots", cycles[1]);
    }

    [Fact]
    public void An_upward_reference_from_a_lower_project_is_reported()
    {
        var graph = Analyse(
            ("src/FabricSim.Engine/Time/SimTime.cs", """
                namespace FabricSim.Engine.Time;

                public readonly record struct SimTime(long Nanoseconds)
                {
                    public static SimTime Of(FabricSim.Scenarios.Model.RunSettings run) => new(run.Ns);
                }
                """),
            ("src/FabricSim.Scenarios/Model/RunSettings.cs", """
                using FabricSim.Engine.Time;

                namespace FabricSim.Scenarios.Model;

                public sealed record RunSettings(long Ns) { public SimTime Duration => new(Ns); }
                """));

        string message = Assert.Single(ArchitectureRules.UpwardReferences(graph));

        Assert.Contains("Upward reference FabricSim.Engine.Time -> FabricSim.Scenarios.Model", message);
        Assert.Contains("src/FabricSim.Engine/Time/SimTime.cs:5 (FabricSim.Scenarios.Model.RunSettings)", message);
    }

    [Fact]
    public void Downward_references_and_the_future_estimate_layer_are_allowed()
    {
        var graph = Analyse(
            ("src/FabricSim.Estimate/Flows/FlowEstimate.cs", "using FabricSim.Network.Building;\nnamespace FabricSim.Estimate.Flows;\npublic class FlowEstimate { FabricDescription? d; }"),
            ("src/FabricSim.Network/Building/FabricDescription.cs", "namespace FabricSim.Network.Building;\npublic class FabricDescription { }"),
            ("src/FabricSim.Scenarios/Running/Runner.cs", "using FabricSim.Estimate.Flows;\nnamespace FabricSim.Scenarios.Running;\npublic class Runner { FlowEstimate? e; }"));

        Assert.Empty(ArchitectureRules.UpwardReferences(graph));
        Assert.Empty(ArchitectureRules.Cycles(graph));
        Assert.Empty(ArchitectureRules.MisplacedFiles(graph));
    }

    [Fact]
    public void Network_referencing_the_estimate_layer_is_upward()
    {
        var graph = Analyse(
            ("src/FabricSim.Estimate/Flows/FlowEstimate.cs", "namespace FabricSim.Estimate.Flows;\npublic class FlowEstimate { }"),
            ("src/FabricSim.Network/Building/FabricBuilder.cs", "using FabricSim.Estimate.Flows;\nnamespace FabricSim.Network.Building;\npublic class FabricBuilder { FlowEstimate? e; }"));

        string message = Assert.Single(ArchitectureRules.UpwardReferences(graph));
        Assert.Contains("FabricSim.Network.Building -> FabricSim.Estimate.Flows", message);
        Assert.Contains("src/FabricSim.Network/Building/FabricBuilder.cs:1", message);
    }

    [Fact]
    public void Names_resolved_through_enclosing_namespaces_make_edges()
    {
        var graph = Analyse(
            ("src/FabricSim.Engine/Events/Simulator.cs", "namespace FabricSim.Engine.Events;\npublic sealed class Simulator { }"),
            ("src/FabricSim.Network/Links/Link.cs", "namespace FabricSim.Network.Links;\npublic sealed class Link { public const int Mtu = 1500; }"),
            ("src/FabricSim.Network/Units.cs", "namespace FabricSim.Network;\npublic readonly record struct DataRate(long BitsPerSecond);"),
            ("src/FabricSim.Network/Bgp/Session.cs", """
                namespace FabricSim.Network.Bgp;

                public sealed class Session
                {
                    private readonly Engine.Events.Simulator _simulator = new();
                    public int Limit => Links.Link.Mtu;
                    public DataRate Rate { get; } = new(1);
                }
                """));

        var targets = graph.Edges["FabricSim.Network.Bgp"];

        Assert.Equal(["FabricSim.Engine.Events", "FabricSim.Network", "FabricSim.Network.Links"], targets.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(5, targets["FabricSim.Engine.Events"][0].Line);
        Assert.Equal("Links.Link.Mtu", targets["FabricSim.Network.Links"][0].Text);
        Assert.Equal(7, targets["FabricSim.Network"][0].Line);
    }

    [Fact]
    public void An_attribute_of_an_enclosing_namespace_makes_an_edge()
    {
        var graph = Analyse(
            ("src/FabricSim.Network/MeasuredAttribute.cs", "namespace FabricSim.Network;\npublic sealed class MeasuredAttribute : System.Attribute { }"),
            ("src/FabricSim.Network/Links/Link.cs", "namespace FabricSim.Network.Links;\n[Measured]\npublic sealed class Link { }"));

        var reference = Assert.Single(graph.References);
        Assert.Equal(("FabricSim.Network.Links", "FabricSim.Network", 2), (reference.From, reference.To, reference.Line));
    }

    [Fact]
    public void Alias_static_and_global_usings_make_edges()
    {
        var graph = Analyse(
            ("src/FabricSim.Network/Links/Link.cs", "namespace FabricSim.Network.Links;\npublic sealed class Link { public const int Mtu = 1500; }"),
            ("src/FabricSim.Network/Queues/Limit.cs", "namespace FabricSim.Network.Queues;\npublic static class Limits { }"),
            ("src/FabricSim.Network/Packets/Packet.cs", "namespace FabricSim.Network.Packets;\npublic sealed class Packet { }"),
            ("src/FabricSim.Scenarios/Running/Runner.cs", """
                global using FabricSim.Network.Packets;
                using L = FabricSim.Network.Links.Link;
                using static FabricSim.Network.Queues.Limits;

                namespace FabricSim.Scenarios.Running;

                public sealed class Runner { }
                """));

        Assert.Equal(
            ["FabricSim.Network.Links", "FabricSim.Network.Packets", "FabricSim.Network.Queues"],
            graph.Edges["FabricSim.Scenarios.Running"].Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_member_that_shares_a_namespace_name_or_a_nearer_type_makes_no_edge()
    {
        var graph = Analyse(
            ("src/FabricSim.Network/Links/Link.cs", "namespace FabricSim.Network.Links;\npublic sealed class Link { }"),
            ("src/FabricSim.Network/Options.cs", "namespace FabricSim.Network;\npublic sealed class Options { }"),
            ("src/FabricSim.Network/Building/Fabric.cs", """
                namespace FabricSim.Network.Building;

                public sealed class Options { }

                public sealed class Fabric
                {
                    public List<string> Links { get; } = [];
                    public int Count => Links.Count;
                    public Options Settings { get; } = new();
                }
                """));

        Assert.False(graph.Edges.ContainsKey("FabricSim.Network.Building"));
    }

    [Fact]
    public void Documentation_references_are_not_dependencies()
    {
        var graph = Analyse(
            ("src/FabricSim.Network/Links/Link.cs", "namespace FabricSim.Network.Links;\npublic sealed class Link { }"),
            ("src/FabricSim.Network/Queues/Queue.cs", """
                namespace FabricSim.Network.Queues;

                /// <summary>Sits in front of a <see cref="FabricSim.Network.Links.Link"/>.</summary>
                public sealed class Queue { }
                """));

        Assert.Empty(graph.References);
    }

    [Fact]
    public void A_file_outside_its_project_namespace_is_reported()
    {
        var graph = Analyse(
            ("src/FabricSim.Engine/Events/Stray.cs", "namespace FabricSim.Network.Links;\npublic sealed class Stray { }"),
            ("src/FabricSim.Engine/Events/NoNamespace.cs", "public sealed class Loose { }"));

        var messages = ArchitectureRules.MisplacedFiles(graph);

        Assert.Contains("src/FabricSim.Engine/Events/Stray.cs declares namespace FabricSim.Network.Links, which is not part of FabricSim.Engine.", messages);
        Assert.Contains("src/FabricSim.Engine/Events/NoNamespace.cs declares no namespace.", messages);
    }

    [Fact]
    public void Project_references_must_point_down()
    {
        var messages = ArchitectureRules.UpwardProjectReferences(
        [
            ("FabricSim.Scenarios", "FabricSim.Network"),
            ("FabricSim.Network", "FabricSim.Reporting"),
            ("FabricSim.Cli", "FabricSim.Cli"),
            ("FabricSim.Plugins", "FabricSim.Engine"),
        ]);

        Assert.Equal(
        [
            "FabricSim.Network references FabricSim.Reporting, which is not below it.",
            "FabricSim.Cli references FabricSim.Cli, which is not below it.",
            "FabricSim.Plugins references FabricSim.Engine: FabricSim.Plugins belongs to no layer.",
        ], messages);
    }
}
