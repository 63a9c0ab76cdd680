using FabricSim.Cli.Commands;
using FabricSim.Cli.Service;

namespace FabricSim.Cli.Tests.EndToEnd;

/// <summary>
/// Product limits the real services impose are caught by validate with exit code 2 and the offered values listed,
/// instead of a run that dies at the cost step or prices something that cannot be bought.
/// </summary>
public sealed class ProductLimitEndToEndTests : IDisposable
{
    private readonly string _work = Path.Combine(Path.GetTempPath(), "fabricsim-limits-" + Guid.NewGuid().ToString("N"));
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();

    public ProductLimitEndToEndTests() => Directory.CreateDirectory(_work);

    public void Dispose()
    {
        _output.Dispose();
        _error.Dispose();
        Directory.Delete(_work, recursive: true);
    }

    [Theory]
    [InlineData("ExpressRoute port_speed 400Gbps", "port_speed: 1Gbps}", "port_speed: 400Gbps}",
        "offered: 50Mbps, 100Mbps, 200Mbps, 500Mbps, 1Gbps, 2Gbps, 5Gbps, 10Gbps")]
    // The MCR is raised to 5 Gbit/s so that only the circuit limits the VXC.
    [InlineData("2 Gbit/s VXC on a 1 Gbit/s circuit", "b: azure-syd\n        rate: 500Mbps||rate: 1Gbps\n        asn", "b: azure-syd\n        rate: 2Gbps||rate: 5Gbps\n        asn",
        "rate 2Gbps of vxc 'mcr-azure' exceeds the 1Gbps of the cloud connection")]
    [InlineData("1.25 Gbit/s MCR", "rate: 1Gbps\n        asn", "rate: 1.25Gbps\n        asn",
        "offered: 1Gbps, 2.5Gbps, 5Gbps, 10Gbps, 25Gbps, 50Gbps, 100Gbps")]
    public void A_product_the_provider_does_not_sell_is_exit_2_with_the_offered_values(string what, string find, string replace, string expected)
    {
        string text = File.ReadAllText(RepositoryFiles.Scenario("sdci-vs-ipsec"));
        foreach (var (from, to) in find.Split("||").Zip(replace.Split("||")))
        {
            Assert.True(text.Contains(from, StringComparison.Ordinal), what);
            text = text.Replace(from, to, StringComparison.Ordinal);
        }
        string file = Path.Combine(_work, "bad.yaml");
        File.WriteAllText(file, text);

        int exitCode = CliApplication.Run(["validate", file], () => new ScenarioService(), new CliConsole(_output, _error, IsTerminal: false), _work);

        Assert.Equal(ExitCodes.BadInput, exitCode);
        Assert.Contains(expected, _error.ToString(), StringComparison.Ordinal);
        Assert.Contains("bad.yaml:", _error.ToString(), StringComparison.Ordinal);
    }
}
