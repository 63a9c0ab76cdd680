namespace FabricSim.Scenarios.Tests;

/// <summary>Finds the bundled scenarios folder from the test binaries, wherever the repository is checked out.</summary>
internal static class RepositoryFiles
{
    public static string ScenariosFolder
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                string candidate = Path.Combine(dir.FullName, "scenarios");
                if (File.Exists(Path.Combine(candidate, "catalog", "pops.yaml")))
                {
                    return candidate;
                }
            }
            throw new DirectoryNotFoundException("scenarios/ not found above " + AppContext.BaseDirectory);
        }
    }

    public static IEnumerable<string> BundledScenarios =>
        Directory.GetFiles(ScenariosFolder, "*.yaml").OrderBy(f => f, StringComparer.Ordinal);
}
