using FabricSim.Scenarios.Catalogs;
using FabricSim.Scenarios.Yaml;

namespace FabricSim.Scenarios.Loading;

/// <summary>
/// Reads a scenario file into a validated model. Every problem in the file is collected and thrown together as a
/// <see cref="ScenarioValidationException"/>. Reads only; never writes a file.
/// </summary>
public static class ScenarioLoader
{
    public static Scenario Load(string path) => Load(path, Catalog.Default);

    public static Scenario Load(string path, Catalog catalog) => LoadText(File.ReadAllText(path), path, catalog);

    public static Scenario LoadText(string text, string fileName) => LoadText(text, fileName, Catalog.Default);

    public static Scenario LoadText(string text, string fileName, Catalog catalog) => LoadText(text, fileName, catalog, []);

    /// <summary>Reads a scenario file with run settings given outside it (see <see cref="RunOverride"/>).</summary>
    public static Scenario Load(string path, IReadOnlyList<RunOverride> overrides) => LoadText(File.ReadAllText(path), path, Catalog.Default, overrides);

    public static Scenario LoadText(string text, string fileName, Catalog catalog, IReadOnlyList<RunOverride> overrides)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        var errors = new ErrorCollector(fileName);
        var root = YamlDocuments.ParseRoot(text, errors);
        TerraformJsonCheck.Run(root, errors);
        OverrideInjection.Apply(root, overrides, errors);
        return ScenarioMapper.Map(root, text, errors, catalog);
    }
}
