using FabricSim.Scenarios.Loading;

namespace FabricSim.Scenarios.Tests.Loading;

public class ScenarioDocsTests
{
    [Fact]
    public void Docs_list_every_object_and_key_the_loader_accepts()
    {
        string docs = File.ReadAllText(Path.Combine(RepositoryFiles.ScenariosFolder, "..", "docs", "scenarios.md"));
        foreach (var shape in ScenarioShapes.All())
        {
            int section = docs.IndexOf($"### `{shape.Name}`", StringComparison.Ordinal);
            Assert.True(section >= 0, $"docs/scenarios.md has no section for {shape.Name}");
            int end = docs.IndexOf("\n### ", section + 1, StringComparison.Ordinal);
            string body = end < 0 ? docs[section..] : docs[section..end];
            Assert.All(shape.Fields, f => Assert.Contains($"| `{f.Key}` |", body, StringComparison.Ordinal));
        }
    }
}
