using FabricSim.Scenarios.Schema;
using NJsonSchema;
using YamlDotNet.RepresentationModel;

namespace FabricSim.Scenarios.Tests.Schema;

public class ScenarioSchemaTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromJsonAsync(ScenarioSchema.Generate()).GetAwaiter().GetResult());

    private static ICollection<NJsonSchema.Validation.ValidationError> Validate(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        string json = YamlJson.Convert(stream.Documents[0].RootNode).ToString();
        return Schema.Value.Validate(json);
    }

    /// <summary>The schema reports errors inside list items and nested objects as children of a wrapper error.</summary>
    private static IEnumerable<NJsonSchema.Validation.ValidationError> Flatten(IEnumerable<NJsonSchema.Validation.ValidationError> errors)
    {
        foreach (var error in errors)
        {
            if (error is NJsonSchema.Validation.ChildSchemaValidationError child)
            {
                foreach (var nested in Flatten(child.Errors.Values.SelectMany(e => e)))
                {
                    yield return nested;
                }
            }
            else
            {
                yield return error;
            }
        }
    }

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (string file in RepositoryFiles.BundledScenarios)
        {
            data.Add(Path.GetFileName(file));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Bundled_scenario_validates_against_the_schema(string file)
    {
        var errors = Validate(File.ReadAllText(Path.Combine(RepositoryFiles.ScenariosFolder, file)));
        Assert.Empty(errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Schema_rejects_an_unknown_key()
    {
        string text = File.ReadAllText(Path.Combine(RepositoryFiles.ScenariosFolder, "growth-what-if.yaml"))
            .Replace("rate: 500Mbps, class", "bandwith: 500Mbps, rate: 500Mbps, class", StringComparison.Ordinal);
        var error = Assert.Single(Flatten(Validate(text)));
        Assert.Equal(NJsonSchema.Validation.ValidationErrorKind.NoAdditionalPropertiesAllowed, error.Kind);
        Assert.Equal("bandwith", error.Property);
    }

    [Fact]
    public void Schema_rejects_a_rate_without_unit()
    {
        string text = File.ReadAllText(Path.Combine(RepositoryFiles.ScenariosFolder, "growth-what-if.yaml"))
            .Replace("rate: 250Mbps", "rate: 250", StringComparison.Ordinal);
        Assert.NotEmpty(Validate(text));
    }

    [Fact]
    public void Schema_requires_what_the_loader_requires()
    {
        var schema = Schema.Value;
        Assert.Equal(["name", "run", "sites", "options"], schema.RequiredProperties);
        Assert.False(schema.AllowAdditionalProperties);
        Assert.Contains("vxc", schema.Definitions.Keys);
        Assert.Equal(["name"], schema.Definitions["vxc"].RequiredProperties);
        var eitherName = schema.Definitions["vxc"].AllOf.Where(s => s.AnyOf.Count > 0).Select(s => s.AnyOf.Select(a => string.Join('|', a.RequiredProperties)));
        Assert.Equal([["a", "a_end"], ["b", "b_end"], ["rate", "rate_limit"]], eitherName);
    }

    [Fact]
    public void Schema_accepts_the_provider_names_and_refuses_both_names_at_once()
    {
        string text = File.ReadAllText(Path.Combine(RepositoryFiles.ScenariosFolder, "growth-what-if.yaml"));
        Assert.Contains("rate: 500Mbps, class", text, StringComparison.Ordinal);
        Assert.Empty(Validate(text.Replace("rate: 500Mbps, class", "rate_limit: 500Mbps, class", StringComparison.Ordinal)));
        Assert.NotEmpty(Validate(text.Replace("rate: 500Mbps, class", "rate_limit: 500Mbps, rate: 500Mbps, class", StringComparison.Ordinal)));
        Assert.NotEmpty(Validate(text.Replace("rate: 500Mbps, class", "class", StringComparison.Ordinal)));
    }

    [Fact]
    public void Generation_is_deterministic()
    {
        Assert.Equal(ScenarioSchema.Generate(), ScenarioSchema.Generate());
    }
}
