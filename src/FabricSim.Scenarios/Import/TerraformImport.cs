using FabricSim.Scenarios.Catalogs;

namespace FabricSim.Scenarios.Import;

/// <summary>The result of importing one Terraform JSON file: the scenario text and the warnings it carries as comments.</summary>
public sealed record TerraformImport(string Scenario, IReadOnlyList<string> Warnings)
{
    /// <summary>Reads <c>terraform show -json</c> output and writes a scenario; throws <see cref="TerraformImportException"/> when the file is not that.</summary>
    public static TerraformImport FromJson(string json, string scenarioName, string optionName, string commandLine)
    {
        var file = TerraformDocument.Parse(json);
        var fabric = TerraformImporter.Import(file.Resources, Catalog.Default, MegaportLocations.Bundled);
        string kind = file.IsPlan ? "plan" : "state";
        return new TerraformImport(ImportedScenarioWriter.Write(fabric, TerraformImporter.Slug(scenarioName), optionName, commandLine, kind),
            [.. fabric.Warnings.Select(w => w.ToString())]);
    }

    /// <summary>Whether a name can stand unquoted as an element name in the written scenario; else the nearest one that can.</summary>
    public static bool IsPlainName(string name, out string suggestion)
    {
        suggestion = TerraformImporter.Slug(name);
        return suggestion == name;
    }
}
