using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace FabricSim.Scenarios.Yaml;

/// <summary>Accumulates errors with their source positions so a user sees every problem in one pass.</summary>
internal sealed class ErrorCollector(string file)
{
    private readonly List<ScenarioError> _errors = [];
    private readonly Dictionary<YamlNode, (Mark Mark, string Prefix)> _relocated = new(ReferenceEqualityComparer.Instance);

    public string File { get; } = file;

    public IReadOnlyList<ScenarioError> Errors => _errors;

    public bool HasErrors => _errors.Count > 0;

    /// <summary>Reports errors about <paramref name="node"/> at another position (a sweep rewrites a value; its errors belong to the sweep).</summary>
    public void Relocate(YamlNode node, Mark mark, string prefix) => _relocated[node] = (mark, prefix);

    public void Add(YamlNode node, string message, string fix)
    {
        if (_relocated.TryGetValue(node, out var target))
        {
            Add(target.Mark, target.Prefix + message, fix);
            return;
        }
        Add(node.Start, message, fix);
    }

    /// <summary>An error at <paramref name="node"/> that is kept aside rather than reported, for a check decided later.</summary>
    public ScenarioError Make(YamlNode node, string message, string fix)
    {
        var mark = _relocated.TryGetValue(node, out var target) ? target.Mark : node.Start;
        string prefix = _relocated.TryGetValue(node, out var relocated) ? relocated.Prefix : "";
        return new ScenarioError(File, (int)mark.Line, (int)mark.Column, prefix + message, fix);
    }

    public void Add(Mark mark, string message, string fix) =>
        _errors.Add(new ScenarioError(File, (int)mark.Line, (int)mark.Column, message, fix));

    public void ThrowIfAny()
    {
        if (_errors.Count > 0)
        {
            throw new ScenarioValidationException([.. _errors]);
        }
    }
}
