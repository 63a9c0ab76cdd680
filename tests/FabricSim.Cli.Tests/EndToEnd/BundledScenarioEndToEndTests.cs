using System.Text.Json;
using FabricSim.Cli.Commands;
using FabricSim.Cli.Service;
using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Model;

namespace FabricSim.Cli.Tests.EndToEnd;

/// <summary>
/// Each bundled scenario through the real command line, shortened: exit code, the files a user opens, and the
/// headline finding of the SDCI-versus-IPsec comparison; the Frankfurt scenario that starts from
/// <c>fabricsim import terraform</c> of a fixture keeps its 'as-built' option equal to what the import writes, and its
/// verdict moves from the cheaper VPN to the Direct Connect gateway for the reason its header gives.
/// </summary>
public sealed class BundledScenarioEndToEndTests : IDisposable
{
    private readonly string _work = Path.Combine(Path.GetTempPath(), "fabricsim-e2e-" + Guid.NewGuid().ToString("N"));
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();

    public BundledScenarioEndToEndTests() => Directory.CreateDirectory(_work);

    public void Dispose()
    {
        _output.Dispose();
        _error.Dispose();
        Directory.Delete(_work, recursive: true);
    }

    private int Run(params string[] args) =>
        CliApplication.Run(args, () => new ScenarioService(), new CliConsole(_output, _error, IsTerminal: false), _work);

    // Shortened runs, except that a scenario's scheduled failure (at 8s) must still fall inside the run: validate
    // refuses a failure that would never happen.
    [Theory]
    [InlineData("sdci-vs-ipsec", "run", "3s")]
    [InlineData("hub-vs-mesh", "run", "10s")]
    [InlineData("multicloud-bgp", "run", "3s")]
    [InlineData("one-vs-two-mcr", "run", "10s")]
    [InlineData("growth-what-if", "sweep", "3s")]
    [InlineData("sdwan-mve", "run", "3s")]
    [InlineData("dx-resiliency", "run", "3s")]
    [InlineData("frankfurt-vpn-to-dx-gateway", "run", "3s")]
    public void Bundled_scenario_runs_and_writes_its_report(string scenario, string command, string duration)
    {
        string folder = Path.Combine(_work, scenario);

        int exitCode = Run(command, RepositoryFiles.Scenario(scenario), "--out", folder, "--duration", duration, "--replications", "2");

        Assert.True(exitCode == ExitCodes.Ok, _error.ToString());
        foreach (string file in new[] { "summary.csv", "summary.json", "links.csv", "timeseries.csv", "cost.csv", "latency_cdf.csv", "index.html", "scenario.yaml" })
        {
            Assert.True(File.Exists(Path.Combine(folder, file)), $"{file} missing");
        }
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(folder, "plots"), "*.png"));
        Assert.Contains($"Report: {Path.Combine(folder, "index.html")}", _output.ToString(), StringComparison.Ordinal);
        if (command == "sweep")
        {
            Assert.True(File.Exists(Path.Combine(folder, "sweep.csv")));
        }
        Assert.Empty(Directory.GetDirectories(_work, scenario + ".tmp-*"));
    }

    /// <summary>
    /// The private path wins on tail latency for every flow, and on loss for the packet flows (voice, business). A TCP
    /// transfer's losses are its own doing at its bottleneck whatever the path, so for it the test compares goodput.
    /// </summary>
    [Fact]
    public void Sdci_beats_ipsec_on_p99_latency_and_loss()
    {
        string path = RepositoryFiles.Scenario("sdci-vs-ipsec");
        string folder = Path.Combine(_work, "svi");
        // The scenario's own duration: a bulk transfer needs time past slow start before its goodput means anything.
        Assert.Equal(ExitCodes.Ok, Run("run", path, "--out", folder, "--replications", "2"));

        var tcp = Scenarios.Loading.ScenarioLoader.Load(path).Traffic
            .Where(d => d.Type is Scenarios.Model.TrafficType.TcpBulk or Scenarios.Model.TrafficType.TcpRequestResponse)
            .Select(d => d.Name).ToHashSet();
        var flows = Flows(Path.Combine(folder, "summary.json"));
        var sdci = flows.Where(f => f.Option == "sdci").ToDictionary(f => f.Flow);
        var ipsec = flows.Where(f => f.Option == "ipsec").ToDictionary(f => f.Flow);
        Assert.Equal(sdci.Keys.Order(), ipsec.Keys.Order());
        Assert.NotEmpty(tcp);
        foreach (var (flow, direct) in sdci)
        {
            var vpn = ipsec[flow];
            Assert.True(direct.P99 < vpn.P99, $"{flow}: SDCI p99 {direct.P99} ms vs IPsec {vpn.P99} ms");
            if (tcp.Contains(flow))
            {
                Assert.True(direct.Throughput > vpn.Throughput, $"{flow}: SDCI goodput {direct.Throughput} vs IPsec {vpn.Throughput}");
            }
            else
            {
                Assert.True(direct.Loss <= vpn.Loss, $"{flow}: SDCI loss {direct.Loss} vs IPsec {vpn.Loss}");
            }
        }
        Assert.True(sdci.Where(f => !tcp.Contains(f.Key)).Sum(f => f.Value.Loss) < ipsec.Where(f => !tcp.Contains(f.Key)).Sum(f => f.Value.Loss));
    }

    [Fact]
    public void Outputs_are_byte_identical_whatever_the_number_of_jobs()
    {
        string path = RepositoryFiles.Scenario("hub-vs-mesh");
        string one = Path.Combine(_work, "one");
        string two = Path.Combine(_work, "two");
        // Long enough to include the scenario's MCR failure at 8s, so failover is part of what must not depend on --jobs.
        Assert.Equal(ExitCodes.Ok, Run("run", path, "--out", one, "--duration", "10s", "--replications", "3", "--jobs", "1"));
        Assert.Equal(ExitCodes.Ok, Run("run", path, "--out", two, "--duration", "10s", "--replications", "3", "--jobs", "2"));

        var files = Directory.GetFiles(one, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(one, f)).Order().ToList();
        Assert.Equal(files, Directory.GetFiles(two, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(two, f)).Order());
        foreach (string file in files)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(one, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(two, file))), $"{file} differs");
        }
    }

    private const string FrankfurtFixture = "frankfurt-vpn-oracle.state.json";

    [Fact]
    public void The_as_built_option_is_what_the_import_of_its_fixture_writes()
    {
        string bundled = RepositoryFiles.Scenario("frankfurt-vpn-to-dx-gateway");
        Assert.Contains($"fabricsim import terraform tests/FabricSim.Cli.Tests/Fixtures/terraform/{FrankfurtFixture} --name as-built", File.ReadAllText(bundled), StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Ok, Run("import", "terraform", Path.Combine(RepositoryFiles.Root, "tests", "FabricSim.Cli.Tests", "Fixtures", "terraform", FrankfurtFixture), "--name", "as-built"));
        var imported = ScenarioLoader.LoadText(_output.ToString(), "imported.yaml");
        var scenario = ScenarioLoader.Load(bundled);

        var asBuilt = scenario.Options.Single(o => o.Name == "as-built");
        var fromTerraform = Assert.Single(imported.Options);
        Assert.Equal(imported.Sites.Select(s => (s.Name, s.Pop)), scenario.Sites.Select(s => (s.Name, s.Pop)));
        Assert.Equal(imported.Clouds.Select(c => (c.Name, c.Provider, c.Region, c.OnRamp)), scenario.Clouds.Select(c => (c.Name, c.Provider, c.Region, c.OnRamp)));
        Assert.Equal(fromTerraform.TermMonths, asBuilt.TermMonths);
        Assert.Equal(fromTerraform.Ports.Select(p => (p.Name, p.Site, p.Pop, p.Speed)), asBuilt.Ports.Select(p => (p.Name, p.Site, p.Pop, p.Speed)));
        Assert.Equal(fromTerraform.Mcrs.Select(m => (m.Name, m.Pop, m.Rate, m.Asn)), asBuilt.Mcrs.Select(m => (m.Name, m.Pop, m.Rate, m.Asn)));
        Assert.Equal(fromTerraform.Vxcs.Select(v => (v.Name, v.EndA, v.EndB, v.Rate, v.Cloud?.Type, v.Bgp?.PeerAsn)),
            asBuilt.Vxcs.Select(v => (v.Name, v.EndA, v.EndB, v.Rate, v.Cloud?.Type, v.Bgp?.PeerAsn)));
        Assert.Equal(fromTerraform.Vpns.Select(v => (v.Name, v.Site, v.Cloud, v.Gateway!.Type, v.InternetAccess)),
            asBuilt.Vpns.Select(v => (v.Name, v.Site, v.Cloud, v.Gateway!.Type, v.InternetAccess)));
        // The proposal differs only by the VPN given up for a transit VIF through a Direct Connect gateway.
        var proposal = scenario.Options.Single(o => o.Name == "dx-gateway");
        Assert.Empty(proposal.Vpns);
        var vif = Assert.Single(proposal.Vxcs, v => v.Cloud is { Type: CloudConnectionType.AwsHosted });
        Assert.Equal((AwsVifType.Transit, "fra-dxgw"), (vif.Cloud!.Vif!.Value, vif.Cloud.DxGatewayName));
    }

    [Fact]
    public void The_verdict_moves_from_the_cheaper_vpn_to_the_dx_gateway_because_the_replication_cannot_keep_up_over_the_vpn()
    {
        string folder = Path.Combine(_work, "fra");
        // The scenario's own duration: the TCP replication needs time past slow start before its goodput means anything.
        Assert.Equal(ExitCodes.Ok, Run("run", RepositoryFiles.Scenario("frankfurt-vpn-to-dx-gateway"), "--out", folder, "--replications", "2"));

        using var verdict = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "verdict.json")));
        Assert.Equal("dx-gateway", verdict.RootElement.GetProperty("recommended").GetString());
        var options = verdict.RootElement.GetProperty("options").EnumerateArray().ToDictionary(o => o.GetProperty("name").GetString()!);
        Assert.True(options["as-built"].GetProperty("monthly_cost_usd").GetDouble() < options["dx-gateway"].GetProperty("monthly_cost_usd").GetDouble(),
            "the VPN design is the cheaper one, so only a requirement can move the verdict");
        Assert.Equal("fail", options["as-built"].GetProperty("outcome").GetString());
        var failed = options["as-built"].GetProperty("checks").EnumerateArray().Where(c => c.GetProperty("outcome").GetString() == "fail").ToList();
        var replication = Assert.Single(failed);
        Assert.Equal(("replication", "throughput"), (replication.GetProperty("flow").GetString(), replication.GetProperty("metric").GetString()));
        Assert.True(replication.GetProperty("ci_high").GetDouble() < 360, "the whole interval lies below the requirement");
        Assert.Equal("pass", options["dx-gateway"].GetProperty("outcome").GetString());
    }

    private sealed record FlowRow(string Option, string Flow, double P99, double Loss, double Throughput);

    private static List<FlowRow> Flows(string summaryJson)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(summaryJson));
        var rows = new List<FlowRow>();
        foreach (var option in document.RootElement.GetProperty("options").EnumerateArray())
        {
            foreach (var flow in option.GetProperty("flows").EnumerateArray())
            {
                rows.Add(new FlowRow(option.GetProperty("name").GetString()!, flow.GetProperty("flow").GetString()!,
                    flow.GetProperty("latency_p99_ms").GetProperty("mean").GetDouble(),
                    flow.GetProperty("loss_ratio").GetProperty("mean").GetDouble(),
                    flow.GetProperty("throughput_bps").GetProperty("mean").GetDouble()));
            }
        }
        return rows;
    }
}
