using System.Text.Json;
using FabricSim.Cli.Commands;
using FabricSim.Cli.Service;

namespace FabricSim.Cli.Tests.EndToEnd;

/// <summary>
/// The verdict through the real command line: it leads the console output, verdict.json holds it, and
/// <c>compare --check</c> gates a pipeline with exit code 3 when no option meets the requirements.
/// </summary>
public sealed class VerdictEndToEndTests : IDisposable
{
    private readonly string _work = Path.Combine(Path.GetTempPath(), "fabricsim-verdict-" + Guid.NewGuid().ToString("N"));
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();

    public VerdictEndToEndTests() => Directory.CreateDirectory(_work);

    public void Dispose()
    {
        _output.Dispose();
        _error.Dispose();
        Directory.Delete(_work, recursive: true);
    }

    private int Run(params string[] args) =>
        CliApplication.Run(args, () => new ScenarioService(), new CliConsole(_output, _error, IsTerminal: false), _work);

    private string Scenario(Func<string, string>? edit = null)
    {
        string text = File.ReadAllText(RepositoryFiles.Scenario("sdci-vs-ipsec"));
        string file = Path.Combine(_work, "s.yaml");
        File.WriteAllText(file, edit is null ? text : edit(text));
        return file;
    }

    [Fact]
    public void Run_starts_with_the_verdict_and_writes_verdict_json()
    {
        string results = Path.Combine(_work, "out");
        Assert.Equal(ExitCodes.Ok, Run("run", Scenario(), "--duration", "3s", "--out", results));

        string firstLine = _output.ToString().Split('\n').First(line => line.StartsWith("Recommended:", StringComparison.Ordinal)
            || line.StartsWith("No option", StringComparison.Ordinal));
        int verdictAt = _output.ToString().IndexOf(firstLine, StringComparison.Ordinal);
        Assert.True(verdictAt < _output.ToString().IndexOf("+---", StringComparison.Ordinal), "the verdict must come before the comparison table");

        // The VPN's 1 Gbit/s Internet access against a 500 Mbit/s VXC: the comparison is not like for like, and the console says so.
        Assert.Contains("Caveat: options 'sdci' and 'ipsec' are not a like-for-like comparison", _output.ToString(), StringComparison.Ordinal);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(results, "verdict.json")));
        var root = json.RootElement;
        Assert.Equal(2, root.GetProperty("options").GetArrayLength());
        Assert.All(root.GetProperty("options").EnumerateArray(), option => Assert.NotEqual(0, option.GetProperty("checks").GetArrayLength()));
        string html = File.ReadAllText(Path.Combine(results, "index.html"));
        Assert.True(html.IndexOf("id=\"verdict\"", StringComparison.Ordinal) < html.IndexOf("id=\"comparison\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Compare_check_exits_3_when_no_option_meets_the_requirements()
    {
        string file = Scenario(text => text.Replace("{traffic: voice, p99_latency: 150ms,", "{traffic: voice, p99_latency: 1ms,", StringComparison.Ordinal));

        Assert.Equal(ExitCodes.RequirementsNotMet, Run("compare", file, "--duration", "3s", "--check"));
        Assert.Contains("No option meets the requirements.", _output.ToString(), StringComparison.Ordinal);
        Assert.Empty(Directory.GetDirectories(_work));
    }

    [Fact]
    public void Compare_without_check_exits_0_whatever_the_verdict()
    {
        string file = Scenario(text => text.Replace("{traffic: voice, p99_latency: 150ms,", "{traffic: voice, p99_latency: 1ms,", StringComparison.Ordinal));

        Assert.Equal(ExitCodes.Ok, Run("compare", file, "--duration", "3s"));
    }

    [Fact]
    public void Compare_check_without_requirements_is_bad_input()
    {
        string file = Scenario(text => text[..text.IndexOf("\nrequirements:", StringComparison.Ordinal)] + "\n");

        Assert.Equal(ExitCodes.BadInput, Run("compare", file, "--check"));
        Assert.Contains("s.yaml:1:1: ", _error.ToString(), StringComparison.Ordinal);
        Assert.Contains("requirements", _error.ToString(), StringComparison.Ordinal);
    }
}
