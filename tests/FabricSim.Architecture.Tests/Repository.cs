using System.Text.RegularExpressions;

namespace FabricSim.Architecture.Tests;

/// <summary>The sources and project files under src/, found from the test binaries wherever the repository is checked out.</summary>
internal static partial class Repository
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
            throw new DirectoryNotFoundException("Simulator.sln not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>Every .cs file under src/, build output (bin/, obj/) excluded.</summary>
    public static List<SourceFile> SourceFiles()
    {
        string root = Root;
        return Directory.EnumerateFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
            .Where(relative => !relative.Split('/').Any(part => part is "bin" or "obj"))
            .OrderBy(relative => relative, StringComparer.Ordinal)
            .Select(relative => new SourceFile(relative, File.ReadAllText(Path.Combine(root, relative))))
            .ToList();
    }

    /// <summary>(project, referenced project) for every ProjectReference of every src/*/*.csproj.</summary>
    public static List<(string Project, string Referenced)> ProjectReferences()
    {
        var result = new List<(string, string)>();
        foreach (string csproj in Directory.GetFiles(Path.Combine(Root, "src"), "*.csproj", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            string project = Path.GetFileNameWithoutExtension(csproj);
            foreach (Match match in ProjectReference().Matches(File.ReadAllText(csproj)))
            {
                string referenced = Path.GetFileNameWithoutExtension(match.Groups[1].Value.Replace('\\', '/'));
                result.Add((project, referenced));
            }
        }
        return result;
    }

    [GeneratedRegex("""<ProjectReference\s+Include="([^"]+)"\s*/?>""")]
    private static partial Regex ProjectReference();
}
