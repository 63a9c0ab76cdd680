namespace FabricSim.Architecture.Tests;

/// <summary>The rules applied to the repository's own sources under src/.</summary>
public sealed class SourceArchitectureTests
{
    private static readonly Lazy<NamespaceGraph> Graph = new(() => NamespaceGraph.Analyse(Repository.SourceFiles()));
    private static readonly Lazy<List<DeclaredType>> Types = new(() => TypeDeclarations.Read(Repository.SourceFiles()));

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

    [Fact]
    public void No_two_types_in_src_share_a_name() => AssertNone(ArchitectureRules.DuplicateTypeNames(Types.Value));

    /// <summary>A new public type in the network library is a decision for its users, so it must be made on purpose.</summary>
    [Fact]
    public void Network_public_types_are_the_reviewed_list()
    {
        const string listPath = "tests/FabricSim.Architecture.Tests/FabricSim.Network.public-types.txt";
        var reviewed = File.ReadAllLines(Path.Combine(Repository.Root, listPath))
            .Select(line => line.Trim()).Where(line => line.Length > 0 && !line.StartsWith('#')).ToList();
        var actual = ArchitectureRules.PublicTypes(Types.Value, "FabricSim.Network");
        Assert.True(actual.Count > 10, "expected the network library's public types to be read");
        var added = actual.Except(reviewed, StringComparer.Ordinal).ToList();
        var removed = reviewed.Except(actual, StringComparer.Ordinal).ToList();
        Assert.True(added.Count == 0 && removed.Count == 0,
            $"FabricSim.Network's public types differ from {listPath}. If the change is deliberate, add or remove these lines there "
            + "(one full type name a line, sorted); otherwise make the new type internal."
            + string.Concat(added.Select(t => "\n  + " + t)) + string.Concat(removed.Select(t => "\n  - " + t)));
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
