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
    public void Loading_terraform_json_as_a_scenario_is_one_error_naming_the_import_command()
    {
        var ex = Assert.Throws<ScenarioValidationException>(() => ScenarioLoader.LoadText(State(Port("megaport_port.p", 3)), "state.json"));

        var error = Assert.Single(ex.Errors);
        Assert.Equal((1, 2), (error.Line, error.Column));
        Assert.Contains("this is Terraform JSON", error.Message, StringComparison.Ordinal);
        Assert.Equal("write a scenario from it with 'fabricsim import terraform state.json --out scenario.yaml', then validate that", error.Fix);
    }
}
