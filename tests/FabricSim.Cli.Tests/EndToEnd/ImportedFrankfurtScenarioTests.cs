using System.Text.Json;
using FabricSim.Cli.Commands;
using FabricSim.Cli.Service;
using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Model;

namespace FabricSim.Cli.Tests.EndToEnd;

/// <summary>
/// scenarios/frankfurt-vpn-to-dx-gateway.yaml starts from <c>fabricsim import terraform</c> of a fixture: its 'as-built'
/// option must stay what the import writes, and its verdict must move from the cheaper VPN to the Direct Connect
/// gateway for the reason its header gives (the replication cannot keep up over the VPN).
/// </summary>
public sealed class ImportedFrankfurtScenarioTests : IDisposable
{
    private const string Fixture = "frankfurt-vpn-oracle.state.json";

    private readonly string _work = Path.Combine(Path.GetTempPath(), "fabricsim-fra-" + Guid.NewGuid().ToString("N"));
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();

    public ImportedFrankfurtScenarioTests() => Directory.CreateDirectory(_work);

    public void Dispose()
    {
        _output.Dispose();
        _error.Dispose();
        Directory.Delete(_work, recursive: true);
    }

    private int Run(params string[] args) =>
        CliApplication.Run(args, () => new ScenarioService(), new CliConsole(_output, _error, IsTerminal: false), _work);

    [Fact]
    public void The_as_built_option_is_what_the_import_of_its_fixture_writes()
    {
        string bundled = RepositoryFiles.Scenario("frankfurt-vpn-to-dx-gateway");
        Assert.Contains($"fabricsim import terraform tests/FabricSim.Cli.Tests/Fixtures/terraform/{Fixture} --name as-built", File.ReadAllText(bundled), StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Ok, Run("import", "terraform", Path.Combine(RepositoryFiles.Root, "tests", "FabricSim.Cli.Tests", "Fixtures", "terraform", Fixture), "--name", "as-built"));
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
}
