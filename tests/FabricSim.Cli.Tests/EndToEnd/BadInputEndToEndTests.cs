using System.Text.RegularExpressions;
using FabricSim.Cli.Commands;
using FabricSim.Cli.Service;

namespace FabricSim.Cli.Tests.EndToEnd;

/// <summary>
/// Each class of bad input, through the real loader and command line: one located message naming the fix, exit
/// code 2, and no results folder (nor a temporary one) left behind.
/// </summary>
public sealed partial class BadInputEndToEndTests : IDisposable
{
    private readonly string _work = Path.Combine(Path.GetTempPath(), "fabricsim-bad-" + Guid.NewGuid().ToString("N"));
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();

    public BadInputEndToEndTests() => Directory.CreateDirectory(_work);

    public void Dispose()
    {
        _output.Dispose();
        _error.Dispose();
        Directory.Delete(_work, recursive: true);
    }

    [GeneratedRegex(@"bad\.yaml:(\d+):(\d+): ")]
    private static partial Regex Location();

    [Theory]
    [InlineData("syntax", "sites:\n", "sites: [\n", "")]
    [InlineData("unknown key", "rate: 500Mbps, class", "rat: 500Mbps, class", "rename 'rat' to 'rate'")]
    [InlineData("unknown reference", "pop: MEL1", "pop: MEL9", "MEL9")]
    [InlineData("bad unit", "rate: 250Mbps", "rate: 250Mbs", "Mbs")]
    [InlineData("negative rate", "rate: 250Mbps", "rate: -250Mbps", "must be positive")]
    [InlineData("zero rate", "rate: 250Mbps", "rate: 0Mbps", "positive")]
    [InlineData("unreachable endpoint", "  - {name: app, from: mel-dc, to: aws-syd,",
        "  - {name: far, from: mel-dc, to: gcp-syd, type: cbr, rate: 1Mbps, packet_size: 500B}\n  - {name: app, from: mel-dc, to: aws-syd,", "gcp-syd")]
    [InlineData("packet budget", "  replications: 3\n", "  replications: 3\n  max_packets: 1000\n", "max_packets")]
    [InlineData("absurd size", "packet_size: 1400B", "packet_size: 20000B", "MTU")]
    public void Bad_input_is_reported_with_its_location_and_exit_code_2(string errorClass, string find, string replace, string expected)
    {
        string text = File.ReadAllText(RepositoryFiles.Scenario("growth-what-if"));
        Assert.Contains(find, text, StringComparison.Ordinal);
        text = text.Replace(find, replace, StringComparison.Ordinal);
        if (errorClass == "unreachable endpoint")
        {
            text = text.Replace("clouds:\n", "clouds:\n  - {name: gcp-syd, provider: google, region: australia-southeast1, prefixes: [10.30.0.0/16]}\n", StringComparison.Ordinal);
        }
        string file = Path.Combine(_work, "bad.yaml");
        File.WriteAllText(file, text);
        string results = Path.Combine(_work, "results");

        // Over the packet budget only packet level is refused; flow level (what auto picks here) simulates no packets.
        string[] args = errorClass == "packet budget" ? ["run", file, "--out", results, "--fidelity", "packet"] : ["run", file, "--out", results];
        int exitCode = CliApplication.Run(args, () => new ScenarioService(), new CliConsole(_output, _error, IsTerminal: false), _work);

        Assert.Equal(ExitCodes.BadInput, exitCode);
        string message = _error.ToString();
        var location = Location().Match(message);
        Assert.True(location.Success, $"{errorClass}: no file:line:column in '{message}'");
        Assert.True(int.Parse(location.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Contains(expected, message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(results), "a results folder was left behind");
        Assert.Empty(Directory.GetDirectories(_work));
    }
}
