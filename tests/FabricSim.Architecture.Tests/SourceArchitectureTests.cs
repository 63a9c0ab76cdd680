namespace FabricSim.Architecture.Tests;

/// <summary>The rules applied to the repository's own sources under src/.</summary>
public sealed class SourceArchitectureTests
{
    private static readonly Lazy<NamespaceGraph> Graph = new(() => NamespaceGraph.Analyse(Repository.SourceFiles()));

    [Fact]
    public void No_namespace_cycles_in_src() => AssertNone(ArchitectureRules.Cycles(Graph.Value));

    [Fact]
    public void No_namespace_references_a_higher_project() => AssertNone(ArchitectureRules.UpwardReferences(Graph.Value));

    [Fact]
    public void Every_source_file_declares_a_namespace_of_its_project() => AssertNone(ArchitectureRules.MisplacedFiles(Graph.Value));

    [Fact]
    public void Project_references_point_down_the_layers()
    {
        var references = Repository.ProjectReferences();
        Assert.NotEmpty(references);
        AssertNone(ArchitectureRules.UpwardProjectReferences(references));
    }

    /// <summary>Guards the analysis itself: if it stopped reading the sources, every rule above would pass vacuously.</summary>
    [Fact]
    public void The_analysis_sees_known_dependencies_of_every_project()
    {
        var graph = Graph.Value;
        Assert.True(Repository.SourceFiles().Count > 200, "expected the whole of src/ to be read");
        foreach (string project in Layers.BottomUp.Where(p => p != "FabricSim.Estimate"))
        {
            Assert.Contains(graph.Namespaces, ns => Layers.ProjectOf(ns) == project);
        }
        var edges = graph.Edges;
        Assert.Contains(edges, e => Layers.ProjectOf(e.Key) == "FabricSim.Network" && e.Value.Keys.Any(to => to == "FabricSim.Engine.Time"));
        Assert.Contains(edges, e => Layers.ProjectOf(e.Key) == "FabricSim.Cli" && e.Value.Keys.Any(to => Layers.ProjectOf(to) == "FabricSim.Scenarios"));
    }

    /// <summary>Fails with every violation's message, so one run shows all that must be fixed.</summary>
    private static void AssertNone(List<string> violations) =>
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
}
