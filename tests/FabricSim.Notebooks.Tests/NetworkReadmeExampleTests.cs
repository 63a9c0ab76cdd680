namespace FabricSim.Notebooks.Tests;

/// <summary>
/// The C# example in the network library's README runs as a reader would paste it, against the built assemblies with
/// no access to internals: building a fabric in code needs only the public API.
/// </summary>
public sealed class NetworkReadmeExampleTests
{
    [Fact]
    public async Task The_readme_example_builds_a_routed_fabric_through_the_public_api()
    {
        string readme = Path.Combine(RepositoryFolders.Root, "src", "FabricSim.Network", "README.md");
        string example = CSharpBlocks(File.ReadAllText(readme)).Single(block => block.Contains("new FabricDescription", StringComparison.Ordinal));
        // The example's own results decide: traffic reached the cloud over the VXCs, and the MCR learned the cloud's prefix.
        const string check = """
            if (m.Flows.Single(f => f.Flow == "to-aws").PacketsReceived == 0) throw new InvalidOperationException("nothing reached aws");
            if (!routers.Single(r => r.Node == "mcr").Routes.Any(r => r.Prefix == "172.31.0.0/16" && r.IsBest)) throw new InvalidOperationException("the MCR has no route to aws");
            """;
        var notebook = new NotebookDocument(readme, ".net-csharp", [example + "\n" + check]);

        await NotebookRunner.RunAsync(notebook, RepositoryFolders.Notebooks);
    }

    private static IEnumerable<string> CSharpBlocks(string markdown)
    {
        var parts = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split("```");
        for (int i = 1; i < parts.Length; i += 2)
        {
            if (parts[i].StartsWith("csharp\n", StringComparison.Ordinal))
            {
                yield return parts[i]["csharp\n".Length..];
            }
        }
    }
}
