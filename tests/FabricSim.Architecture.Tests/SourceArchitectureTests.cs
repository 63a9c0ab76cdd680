namespace FabricSim.Architecture.Tests;

/// <summary>The rules applied to the repository's own sources under src/.</summary>
public sealed class SourceArchitectureTests
{
    private static readonly Lazy<NamespaceGraph> Graph = new(() => NamespaceGraph.Analyse(Repository.SourceFiles()));

    [Fact]
    public void No_namespace_cycles_in_src()
    {
        var cycles = ArchitectureRules.Cycles(Graph.Value);
        Assert.True(cycles.Count == 0, string.Join(Environment.NewLine, cycles));
    }

    [Fact]
    public void No_namespace_references_a_higher_project()
    {
        var upward = ArchitectureRules.UpwardReferences(Graph.Value);
        Assert.True(upward.Count == 0, string.Join(Environment.NewLine, upward));
    }

    [Fact]
    public void Every_source_file_declares_a_namespace_of_its_project()
    {
        var misplaced = ArchitectureRules.MisplacedFiles(Graph.Value);
        Assert.True(misplaced.Count == 0, string.Join(Environment.NewLine, misplaced));
    }

    [Fact]
    public void Project_references_point_down_the_layers()
    {
        var references = Repository.ProjectReferences();
        Assert.NotEmpty(references);
        var upward = ArchitectureRules.UpwardProjectReferences(references);
        Assert.True(upward.Count == 0, string.Join(Environment.NewLine, upward));
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
}
