using FabricSim.Scenarios.Catalogs;
using FabricSim.Scenarios.Import;
using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Yaml;

namespace FabricSim.Scenarios.Tests.Import;

public class TerraformImporterTests
{
    private static string State(params string[] resources) =>
        """{"format_version": "1.0", "values": {"root_module": {"resources": [""" + string.Join(", ", resources) + "]}}}";

    private static string Port(string address, long locationId) =>
        $$"""{"address": "{{address}}", "mode": "managed", "type": "megaport_port", "values": {"product_name": "{{address}}", "port_speed": 10000, "location_id": {{locationId}}, "contract_term_months": 12""" + "}}";

    [Fact]
    public void An_unknown_location_is_a_warning_naming_the_resource_and_the_file_to_extend()
    {
        var imported = TerraformImport.FromJson(State(Port("megaport_port.known", 3), Port("megaport_port.far", 999999)), "t", "as-built", "test");

        string warning = Assert.Single(imported.Warnings);
        Assert.StartsWith("megaport_port.far: Megaport location 999999 is not in scenarios/catalog/megaport-locations.yaml", warning, StringComparison.Ordinal);
        Assert.Contains("#   " + warning, imported.Scenario, StringComparison.Ordinal);
        var port = Assert.Single(Assert.Single(ScenarioLoader.LoadText(imported.Scenario, "t.yaml").Options).Ports);
        Assert.Equal("SYD1", port.Pop);
    }

    [Fact]
    public void A_location_missing_from_the_mapping_is_found_by_the_metro_of_its_data_source()
    {
        string data = """{"address": "data.megaport_location.mel", "mode": "data", "type": "megaport_location", "values": {"id": 424242, "name": "A Melbourne data centre", "metro": "Melbourne"}}""";

        var imported = TerraformImport.FromJson(State(data, Port("megaport_port.mel", 424242)), "t", "as-built", "test");

        Assert.Empty(imported.Warnings);
        Assert.Equal("MEL1", Assert.Single(Assert.Single(ScenarioLoader.LoadText(imported.Scenario, "t.yaml").Options).Ports).Pop);
    }

    [Fact]
    public void Every_mapped_location_names_a_catalog_pop_and_carries_its_source()
    {
        string text = File.ReadAllText(Path.Combine(RepositoryFiles.ScenariosFolder, "catalog", "megaport-locations.yaml"));
        var codes = Catalog.Default.Pops.Select(p => p.Code).ToHashSet();
        var lines = text.Split('\n').Where(l => l.TrimStart().StartsWith("- {", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(lines);
        Assert.All(lines, l =>
        {
            Assert.Contains("source: provider-examples, date: 2026-12-04", l, StringComparison.Ordinal);
            string pop = l[(l.IndexOf("pop: ", StringComparison.Ordinal) + 5)..].Split(',')[0];
            Assert.Contains(pop, codes);
        });
        Assert.NotNull(MegaportLocations.Bundled.Pop(3, null, null, Catalog.Default));
    }

    [Fact]
    public void A_lag_port_is_imported_as_a_LAG_of_its_members_without_a_warning()
    {
        string lag = """{"address": "megaport_lag_port.lag_port", "mode": "managed", "type": "megaport_lag_port", "values": {"product_name": "Megaport Lag Port Example", "port_speed": 10000, "location_id": 383, "contract_term_months": 12, "lag_count": 2}}""";

        var imported = TerraformImport.FromJson(State(lag), "t", "as-built", "test");

        Assert.Empty(imported.Warnings);
        var port = Assert.Single(Assert.Single(ScenarioLoader.LoadText(imported.Scenario, "t.yaml").Options).Ports);
        Assert.Equal(("BNE1", Network.Units.DataRate.FromGigabitsPerSecond(10), 2), (port.Pop, port.Speed, port.LagMembers));
        Assert.Equal(Network.Units.DataRate.FromGigabitsPerSecond(20), port.Capacity);
    }

    [Fact]
    public void A_plan_reads_the_partner_port_from_its_prior_state_for_the_aws_region()
    {
        string plan = """
            {"format_version": "1.2",
             "planned_values": {"root_module": {"resources": [
               {"address": "megaport_mcr.mcr", "mode": "managed", "type": "megaport_mcr", "values": {"product_name": "mcr", "port_speed": 1000, "location_id": 5, "contract_term_months": 1}},
               {"address": "megaport_vxc.aws", "mode": "managed", "type": "megaport_vxc", "values": {"product_name": "aws", "rate_limit": 500, "contract_term_months": 1, "a_end": {}, "b_end": {},
                 "b_end_partner_config": {"partner": "aws", "aws_config": {"connect_type": "AWSHC", "owner_account": "123456789012"}}}}]}},
             "prior_state": {"format_version": "1.0", "values": {"root_module": {"resources": [
               {"address": "data.megaport_partner.aws_port", "mode": "data", "type": "megaport_partner",
                "values": {"connect_type": "AWSHC", "product_name": "Asia Pacific (Sydney) (ap-southeast-2)", "location_id": 3, "product_uid": "p-1"}}]}}},
             "configuration": {"root_module": {"resources": [
               {"address": "megaport_vxc.aws", "mode": "managed", "type": "megaport_vxc", "expressions": {
                 "a_end": {"requested_product_uid": {"references": ["megaport_mcr.mcr.product_uid", "megaport_mcr.mcr"]}},
                 "b_end": {"requested_product_uid": {"references": ["data.megaport_partner.aws_port.product_uid", "data.megaport_partner.aws_port"]}}}}]}}}
            """;

        var imported = TerraformImport.FromJson(plan, "t", "as-built", "test");

        Assert.Empty(imported.Warnings);
        var scenario = ScenarioLoader.LoadText(imported.Scenario, "t.yaml");
        var cloud = Assert.Single(scenario.Clouds);
        Assert.Equal(("ap-southeast-2", "SYD1"), (cloud.Region, cloud.OnRamp));
        Assert.Equal(("mcr", cloud.Name), (Assert.Single(scenario.Options[0].Vxcs).EndA, scenario.Options[0].Vxcs[0].EndB));
    }

    [Fact]
    public void Loading_terraform_json_as_a_scenario_is_one_error_naming_the_import_command()
    {
        var ex = Assert.Throws<ScenarioValidationException>(() => ScenarioLoader.LoadText(State(Port("megaport_port.p", 3)), "state.json"));

        var error = Assert.Single(ex.Errors);
        Assert.Equal((1, 2), (error.Line, error.Column));
        Assert.Contains("this is Terraform JSON", error.Message, StringComparison.Ordinal);
        Assert.Equal("write a scenario from it with 'fabricsim import terraform state.json --out scenario.yaml', then validate that", error.Fix);
    }
}
