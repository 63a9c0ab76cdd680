using FabricSim.Cli.Commands;
using FabricSim.Cli.Service;
using FabricSim.Cli.Tests.EndToEnd;
using FabricSim.Network.Units;
using FabricSim.Scenarios;
using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Model;

namespace FabricSim.Cli.Tests;

/// <summary>
/// <c>fabricsim import terraform</c> on fixtures written from the Megaport provider's documented examples
/// (Fixtures/terraform/README.md): what each resource becomes, the warnings for what it cannot map, and that the
/// scenario it writes validates and runs.
/// </summary>
public sealed class ImportCommandTests : IDisposable
{
    private readonly string _work = Path.Combine(Path.GetTempPath(), "fabricsim-import-" + Guid.NewGuid().ToString("N"));
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();

    public ImportCommandTests() => Directory.CreateDirectory(_work);

    public void Dispose()
    {
        _output.Dispose();
        _error.Dispose();
        Directory.Delete(_work, recursive: true);
    }

    private static string Fixture(string name) => Path.Combine(RepositoryFiles.Root, "tests", "FabricSim.Cli.Tests", "Fixtures", "terraform", name);

    private int Run(params string[] args) =>
        CliApplication.Run(args, () => new ScenarioService(), new CliConsole(_output, _error, IsTerminal: false), _work);

    private Scenario Import(string fixture, params string[] more)
    {
        Assert.Equal(ExitCodes.Ok, Run(["import", "terraform", Fixture(fixture), .. more]));
        return ScenarioLoader.LoadText(_output.ToString(), "imported.yaml");
    }

    [Fact]
    public void Port_mcr_and_aws_hosted_vxc_state_maps_each_resource()
    {
        var scenario = Import("port-mcr-aws.state.json", "--name", "as-built");

        var option = Assert.Single(scenario.Options);
        Assert.Equal("as-built", option.Name);
        var port = Assert.Single(option.Ports);
        Assert.Equal(("megaport-port-example", "BNE1", DataRate.FromGigabitsPerSecond(1)), (port.Name, port.Pop, port.Speed));
        Assert.Equal("BNE1", Assert.Single(scenario.Sites).Pop);
        var mcr = Assert.Single(option.Mcrs);
        Assert.Equal(("megaport-mcr-example", "BNE1", DataRate.FromMegabitsPerSecond(2500), 64555L), (mcr.Name, mcr.Pop, mcr.Rate, mcr.Asn));
        var cloud = Assert.Single(scenario.Clouds, c => c.Provider == CloudProvider.Aws);
        Assert.Equal((CloudProvider.Aws, "ap-southeast-2", "SYD1"), (cloud.Provider, cloud.Region, cloud.OnRamp));
        Assert.Equal(3, option.Vxcs.Count);
        Assert.Equal(("megaport-port-example", "megaport-mcr-example"), (option.Vxcs[0].EndA, option.Vxcs[0].EndB));
        var aws = option.Vxcs[1];
        Assert.Equal(("megaport-mcr-example", cloud.Name, DataRate.FromGigabitsPerSecond(1)), (aws.EndA, aws.EndB, aws.Rate));
        Assert.Equal(CloudConnectionType.AwsHosted, aws.Cloud!.Type);
        Assert.Equal(64551L, aws.Bgp!.PeerAsn);
        Assert.Equal(12, option.TermMonths);
    }

    [Fact]
    public void What_cannot_be_mapped_is_a_warning_with_its_address_on_stderr_and_in_the_file()
    {
        Import("port-mcr-aws.state.json");

        string warning = "megaport_mcr.mcr: contract_term_months 1 is priced at the option's term of 12 months";
        Assert.Contains("fabricsim import: warning: " + warning, _error.ToString(), StringComparison.Ordinal);
        Assert.Contains("#   " + warning, _output.ToString(), StringComparison.Ordinal);
        Assert.Contains("# Imported by: fabricsim import terraform ", _output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_oracle_partner_config_becomes_a_fastconnect_vxc_in_the_region_of_its_virtual_circuit()
    {
        // The Oracle VXC of this fixture has no partner port, only oracle_config.virtual_circuit_id, whose OCID names
        // the region (ocid1.virtualcircuit.oc1.ap-sydney-1...).
        var scenario = Import("port-mcr-aws.state.json");

        var oracle = Assert.Single(scenario.Clouds, c => c.Provider == CloudProvider.Oracle);
        Assert.Equal(("ap-sydney-1", "SYD1"), (oracle.Region, oracle.OnRamp));
        var vxc = Assert.Single(Assert.Single(scenario.Options).Vxcs, v => v.Touches(oracle.Name));
        Assert.Equal((CloudConnectionType.OracleFastConnect, DataRate.FromGigabitsPerSecond(1)), (vxc.Cloud!.Type, vxc.Rate));
        // Its only warning is the contract term every product of another term gets.
        Assert.Equal(["megaport_vxc.oracle_vxc: contract_term_months 1 is priced at the option's term of 12 months (FabricSim prices an option on one term, at most 36 months)"],
            _error.ToString().Split('\n').Where(l => l.Contains("oracle", StringComparison.OrdinalIgnoreCase)).Select(l => l.Replace("fabricsim import: warning: ", "", StringComparison.Ordinal).TrimEnd('\r')));
    }

    [Fact]
    public void Megaport_multicloud_example_maps_oracle_by_its_partner_port_and_ibm_to_the_nearest_region_with_a_warning()
    {
        var scenario = Import("oracle-ibm.state.json");

        var option = Assert.Single(scenario.Options);
        var oracle = Assert.Single(scenario.Clouds, c => c.Provider == CloudProvider.Oracle);
        Assert.Equal(("ap-singapore-1", "SIN1"), (oracle.Region, oracle.OnRamp));
        var toOracle = Assert.Single(option.Vxcs, v => v.Touches(oracle.Name));
        Assert.Equal(CloudConnectionType.OracleFastConnect, toOracle.Cloud!.Type);
        Assert.Equal(31898L, toOracle.Bgp!.PeerAsn);
        var ibm = Assert.Single(scenario.Clouds, c => c.Provider == CloudProvider.Ibm);
        var toIbm = Assert.Single(option.Vxcs, v => v.Touches(ibm.Name));
        Assert.Equal((CloudConnectionType.IbmDirectLinkConnect, DataRate.FromMegabitsPerSecond(500)), (toIbm.Cloud!.Type, toIbm.Rate));
        // IBM's partner port is not in the file, so nothing names the region: the nearest to the MCR, said aloud.
        Assert.Contains($"megaport_vxc.ibm_vxc_1_sin: the ibm region is not in the file; using {ibm.Region}", _error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_transit_vif_takes_its_dx_gateway_and_a_vpn_connection_on_the_transit_gateway_becomes_a_vpn()
    {
        var scenario = Import("aws-dxgw-vpn.state.json");

        var option = Assert.Single(scenario.Options);
        var aws = Assert.Single(scenario.Clouds);
        Assert.Equal((CloudProvider.Aws, "ap-southeast-2"), (aws.Provider, aws.Region));
        var transit = Assert.Single(option.Vxcs, v => v.Cloud is not null);
        Assert.Equal((AwsVifType.Transit, "example"), (transit.Cloud!.Vif!.Value, transit.Cloud.DxGatewayName));
        var vpn = Assert.Single(option.Vpns);
        Assert.Equal((scenario.Sites.Single().Name, aws.Name, "transit_gateway"), (vpn.Site, vpn.Cloud, vpn.Gateway!.Type));
        string warnings = _error.ToString();
        Assert.Contains("aws_vpn_connection.example: the customer gateway at 172.0.0.1 is taken to be at site", warnings, StringComparison.Ordinal);
        Assert.Contains("aws_ec2_transit_gateway_vpc_attachment.example: aws_ec2_transit_gateway_vpc_attachment is not imported", warnings, StringComparison.Ordinal);
        Assert.Contains("megaport_mve.mve_aruba: MVEs are not imported yet", warnings, StringComparison.Ordinal);
        // Read, so not warned about: the gateway, its association, the transit gateway and the customer gateway.
        foreach (string read in (string[])["aws_dx_gateway.example:", "aws_dx_gateway_association.example:", "aws_ec2_transit_gateway.example:", "aws_customer_gateway.example:"])
        {
            Assert.DoesNotContain(read, warnings, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_megaport_ix_and_an_internet_vxc_from_an_mcr_become_an_ix_connection_and_an_internet_vxc()
    {
        var scenario = Import("internet-ix.state.json");

        var option = Assert.Single(scenario.Options);
        var ix = Assert.Single(option.IxConnections);
        Assert.Equal(("test-port-for-ix", "Sydney IX", DataRate.Parse("500Mbps"), 65000L, (int?)2000), (ix.Port, ix.Exchange, ix.Rate, ix.Asn, ix.Vlan));
        Assert.Empty(ix.Peers);
        var internet = Assert.Single(option.InternetVxcs);
        Assert.Equal(("megaport-mcr-example", DataRate.Parse("100Mbps")), (internet.End, internet.Rate));
        Assert.Empty(internet.Reaches);
        string warnings = _error.ToString();
        Assert.Contains("megaport_ix.test_ix: mac_address '00:11:22:33:44:55' is not modelled", warnings, StringComparison.Ordinal);
        Assert.Contains("megaport_ix.test_ix: Terraform does not say which networks peer at the exchange", warnings, StringComparison.Ordinal);
        Assert.Contains("megaport_vxc.transit_vxc: Terraform does not say which Internet destinations", warnings, StringComparison.Ordinal);
        Assert.Contains("megaport_vxc.mve_transit_vxc: it ends at MVE megaport_mve.mve, which is not imported yet", warnings, StringComparison.Ordinal);
        Assert.Contains("megaport_mve.mve: MVEs are not imported yet", warnings, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_mcrs_in_diverse_zones_keep_their_expressroute_links_sessions_and_prefix_lists()
    {
        var scenario = Import("two-mcr-expressroute.state.json");

        var option = Assert.Single(scenario.Options);
        Assert.Equal(["SYD1", "SYD2"], option.Mcrs.Select(m => m.Pop));
        var azure = Assert.Single(scenario.Clouds);
        Assert.Equal((CloudProvider.Azure, "australiaeast"), (azure.Provider, azure.Region));
        Assert.Equal([ExpressRouteLink.Primary, ExpressRouteLink.Secondary], option.Vxcs.Select(v => v.Cloud!.ExpressRouteLink!.Value));
        Assert.All(option.Vxcs, v => Assert.Equal(DataRate.FromGigabitsPerSecond(1), v.Cloud!.PortSpeed));
        Assert.Equal(["mcr-sydney-red", "mcr-sydney-blue"], option.Vxcs.Select(v => v.EndA));
        Assert.Equal(["azure-vnets", "azure-vnets-2"], option.Vxcs.Select(v => v.Bgp!.ImportList));
        Assert.All(option.PrefixLists, l => Assert.Equal("10.20.0.0/16", Assert.Single(l.Rules).Prefix.ToString()));
        Assert.Contains("azurerm_virtual_network_gateway.er_gateway: azurerm_virtual_network_gateway is not imported", _error.ToString(), StringComparison.Ordinal);
        Assert.Contains("azurerm_resource_group.rg: not part of the interconnection fabric", _error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_plan_with_child_modules_finds_vxc_ends_through_the_configuration_references()
    {
        var scenario = Import("child-modules.plan.json");

        var option = Assert.Single(scenario.Options);
        Assert.Equal(["sydney-dc-port"], option.Ports.Select(p => p.Name));
        Assert.Equal(["sydney-hub-mcr"], option.Mcrs.Select(m => m.Name));
        Assert.Equal([("sydney-dc-port", "sydney-hub-mcr"), ("sydney-hub-mcr", "google-australia-southeast1")], option.Vxcs.Select(v => (v.EndA, v.EndB)));
        var google = Assert.Single(scenario.Clouds);
        Assert.Equal((CloudProvider.Google, "australia-southeast1"), (google.Provider, google.Region));
        Assert.Contains("module.sydney.megaport_mve.sdwan: MVEs are not imported yet", _error.ToString(), StringComparison.Ordinal);
        Assert.Contains("google_compute_router.router: google_compute_router is not imported", _error.ToString(), StringComparison.Ordinal);
        Assert.Contains("# From a Terraform plan", _output.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("port-mcr-aws.state.json")]
    [InlineData("two-mcr-expressroute.state.json")]
    [InlineData("child-modules.plan.json")]
    [InlineData("oracle-ibm.state.json")]
    [InlineData("aws-dxgw-vpn.state.json")]
    [InlineData("internet-ix.state.json")]
    public void Imported_scenario_validates_and_runs(string fixture)
    {
        Assert.Equal(ExitCodes.Ok, Run("import", "terraform", Fixture(fixture), "--out", "imported.yaml"));
        string scenario = Path.Combine(_work, "imported.yaml");
        Assert.Equal(ExitCodes.Ok, Run("validate", scenario));
        Assert.Contains("valid: scenario", _output.ToString(), StringComparison.Ordinal);

        string results = Path.Combine(_work, "results");
        Assert.Equal(ExitCodes.Ok, Run("run", scenario, "--duration", "2s", "--replications", "1", "--out", results));
        Assert.Contains("terraform", File.ReadAllText(Path.Combine(results, "cost.csv")), StringComparison.Ordinal);
    }

    [Fact]
    public void Out_writes_a_new_file_only()
    {
        string existing = Path.Combine(_work, "mine.yaml");
        File.WriteAllText(existing, "name: mine\n");

        Assert.Equal(ExitCodes.BadInput, Run("import", "terraform", Fixture("port-mcr-aws.state.json"), "--out", existing));

        Assert.Contains("mine.yaml exists", _error.ToString(), StringComparison.Ordinal);
        Assert.Equal("name: mine\n", File.ReadAllText(existing));
    }

    [Theory]
    [InlineData("{\"format_version\": \"1.0\", \"values\": ", "not valid JSON")]
    [InlineData("{\"name\": \"scenario\"}", "has no top-level format_version")]
    [InlineData("{\"format_version\": \"1.0\"}", "has no values.root_module")]
    public void A_file_that_is_not_terraform_show_json_is_exit_2_with_the_reason_and_writes_nothing(string json, string reason)
    {
        string input = Path.Combine(_work, "input.json");
        File.WriteAllText(input, json);

        Assert.Equal(ExitCodes.BadInput, Run("import", "terraform", input, "--out", "out.yaml"));

        Assert.Contains($"{input}: ", _error.ToString(), StringComparison.Ordinal);
        Assert.Contains(reason, _error.ToString(), StringComparison.Ordinal);
        Assert.Equal(["input.json"], Directory.GetFileSystemEntries(_work).Select(Path.GetFileName));
    }

    [Fact]
    public void Validate_on_terraform_json_names_the_import_command()
    {
        Assert.Equal(ExitCodes.BadInput, Run("validate", Fixture("port-mcr-aws.state.json")));

        string message = _error.ToString();
        Assert.Contains("this is Terraform JSON (the output of 'terraform show -json'), not a scenario", message, StringComparison.Ordinal);
        Assert.Contains("fabricsim import terraform", message, StringComparison.Ordinal);
        Assert.DoesNotContain("unknown key", message, StringComparison.Ordinal);
    }
}
