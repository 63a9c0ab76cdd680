namespace FabricSim.Cli.Tests.EndToEnd;

/// <summary>Finds the repository's bundled files from the test's output folder.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string Scenario(string name) => Path.Combine(Root, "scenarios", name + ".yaml");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Simulator.sln")))
            {
                return folder.FullName;
            }
        }
        throw new DirectoryNotFoundException("Simulator.sln was not found above " + AppContext.BaseDirectory);
    }
}
