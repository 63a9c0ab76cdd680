namespace FabricSim.Notebooks.Tests;

/// <summary>Finds the repository from the test binaries, wherever it is checked out: the folder holding Simulator.sln.</summary>
internal static class RepositoryFolders
{
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Simulator.sln")))
                {
                    return dir.FullName;
                }
            }
            throw new DirectoryNotFoundException("No folder holding Simulator.sln above " + AppContext.BaseDirectory);
        }
    }

    public static string Notebooks => Path.Combine(Root, "notebooks");
}
