using FabricSim.Scenarios.Yaml;
using YamlDotNet.RepresentationModel;

namespace FabricSim.Scenarios.Loading;

/// <summary>
/// JSON is YAML, so the output of <c>terraform show -json</c> parses as a scenario and would fail on its first key;
/// architects keep their fabric as Terraform, so that file is named for what it is and the importer is offered.
/// </summary>
internal static class TerraformJsonCheck
{
    /// <summary>Keys HashiCorp's JSON output format puts beside <c>format_version</c> in a state or a plan.</summary>
    private static readonly string[] TerraformKeys = ["values", "planned_values", "terraform_version", "resource_changes", "prior_state"];

    public static void Run(YamlMappingNode root, ErrorCollector errors)
    {
        var keys = root.Children.Keys.OfType<YamlScalarNode>().ToList();
        if (keys.FirstOrDefault(k => k.Value == "format_version") is not { } version || !keys.Any(k => TerraformKeys.Contains(k.Value)))
        {
            return;
        }
        errors.Add(version, $"this is Terraform JSON (the output of 'terraform show -json'), not a scenario",
            $"write a scenario from it with 'fabricsim import terraform {errors.File} --out scenario.yaml', then validate that");
        errors.ThrowIfAny();
    }
}
