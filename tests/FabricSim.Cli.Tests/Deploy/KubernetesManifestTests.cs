using System.Diagnostics;
using FabricSim.Cli.Tests.EndToEnd;
using FabricSim.Scenarios.Shards;
using YamlDotNet.RepresentationModel;

namespace FabricSim.Cli.Tests.Deploy;

/// <summary>
/// deploy/k8s/sweep-job.yaml parses, its Indexed Job runs as many shards as it declares, and the shell lines of its
/// containers (run here with sh, fabricsim replaced by echo) give every completion index a distinct --shard I/N that the
/// command line accepts, which together cover every unit once, and the merge reads exactly the folders the shards write.
/// </summary>
public sealed class KubernetesManifestTests
{
    private static readonly List<YamlMappingNode> Documents = Load();

    private static List<YamlMappingNode> Load()
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(Path.Combine(RepositoryFiles.Root, "deploy", "k8s", "sweep-job.yaml"));
        stream.Load(reader);
        return [.. stream.Documents.Select(d => (YamlMappingNode)d.RootNode)];
    }

    private static YamlNode At(YamlNode node, params string[] path) =>
        path.Aggregate(node, (current, key) => int.TryParse(key, out int i) ? ((YamlSequenceNode)current).Children[i] : ((YamlMappingNode)current).Children[new YamlScalarNode(key)]);

    private static string Text(YamlNode node, params string[] path) => ((YamlScalarNode)At(node, path)).Value!;

    private static YamlMappingNode Job(string name) =>
        Documents.Single(d => Text(d, "kind") == "Job" && Text(d, "metadata", "name") == name);

    private static string Env(YamlNode container, string name) =>
        ((YamlSequenceNode)At(container, "env")).Children.Cast<YamlMappingNode>().Single(e => Text(e, "name") == name) is var entry ? Text(entry, "value") : "";

    /// <summary>Runs a container's shell line with fabricsim replaced by echo, so it prints the arguments fabricsim would get.</summary>
    private static string[] Arguments(YamlNode container, Dictionary<string, string> environment)
    {
        Assert.Equal("/bin/sh", Text(container, "command", "0"));
        string script = Text(container, "args", "0").Replace("exec dotnet /app/fabricsim.dll", "echo", StringComparison.Ordinal);
        var start = new ProcessStartInfo("sh") { RedirectStandardOutput = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        foreach (var env in ((YamlSequenceNode)At(container, "env")).Children.Cast<YamlMappingNode>())
        {
            start.Environment[Text(env, "name")] = Text(env, "value");
        }
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }
        using var process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return output.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    [Fact]
    public void The_indexed_job_gives_each_completion_index_its_own_shard_and_the_merge_reads_every_shards_folder()
    {
        var sweep = Job("fabricsim-sweep");
        Assert.Equal("Indexed", Text(sweep, "spec", "completionMode"));
        int completions = int.Parse(Text(sweep, "spec", "completions"), System.Globalization.CultureInfo.InvariantCulture);
        var container = At(sweep, "spec", "template", "spec", "containers", "0");
        Assert.Equal(completions, int.Parse(Env(container, "SHARDS"), System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(int.Parse(Text(sweep, "spec", "parallelism"), System.Globalization.CultureInfo.InvariantCulture) <= completions);

        var shards = new List<Shard>();
        var folders = new List<string>();
        for (int index = 0; index < completions; index++)
        {
            string[] arguments = Arguments(container, new() { ["JOB_COMPLETION_INDEX"] = index.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            string shardText = arguments[Array.IndexOf(arguments, "--shard") + 1];
            shards.Add(Assert.IsType<Shard>(Shard.TryParse(shardText, out string problem), exactMatch: false) ?? throw new InvalidOperationException(problem));
            folders.Add(arguments[Array.IndexOf(arguments, "--out") + 1]);
        }
        Assert.All(shards, shard => Assert.Equal(completions, shard.Count));
        Assert.Equal(Enumerable.Range(1, completions), shards.Select(s => s.Index));
        // Every unit of a study lands in exactly one of those shards, as the CLI deals them.
        var units = Enumerable.Range(0, 100).Select(id => new WorkUnit(id, 0, "", 0, "o", 0, "")).ToList();
        Assert.Equal(units.Select(u => u.Id), shards.SelectMany(s => s.Select(units)).Select(u => u.Id).Order());

        var merge = At(Job("fabricsim-merge"), "spec", "template", "spec", "containers", "0");
        Assert.Equal(completions.ToString(System.Globalization.CultureInfo.InvariantCulture), Env(merge, "SHARDS"));
        string[] mergeArguments = Arguments(merge, []);
        Assert.Equal("merge", mergeArguments[0]);
        Assert.Equal(folders, mergeArguments.Skip(1).TakeWhile(a => a != "--out"));
    }

    [Fact]
    public void Shards_and_merge_share_one_persistent_volume_claim()
    {
        var claim = Documents.Single(d => Text(d, "kind") == "PersistentVolumeClaim");
        string name = Text(claim, "metadata", "name");
        Assert.Equal("ReadWriteMany", Text(claim, "spec", "accessModes", "0"));
        foreach (string job in new[] { "fabricsim-sweep", "fabricsim-merge" })
        {
            Assert.Equal(name, Text(Job(job), "spec", "template", "spec", "volumes", "0", "persistentVolumeClaim", "claimName"));
        }
    }
}
