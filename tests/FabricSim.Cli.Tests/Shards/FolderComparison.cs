namespace FabricSim.Cli.Tests.Shards;

/// <summary>Two results folders compared file by file, byte for byte, with the first difference named.</summary>
internal static class FolderComparison
{
    public static void AssertIdentical(string expected, string actual)
    {
        var expectedFiles = Files(expected);
        Assert.Equal(expectedFiles, Files(actual));
        Assert.NotEmpty(expectedFiles);
        foreach (string file in expectedFiles)
        {
            byte[] a = File.ReadAllBytes(Path.Combine(expected, file));
            byte[] b = File.ReadAllBytes(Path.Combine(actual, file));
            Assert.True(a.AsSpan().SequenceEqual(b), $"{file} differs between the single-process results and the merged shards");
        }
    }

    private static List<string> Files(string folder) =>
        [.. Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f)).Order(StringComparer.Ordinal)];
}
