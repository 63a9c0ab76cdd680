using System.Globalization;
using FabricSim.Engine.Time;
using FabricSim.Network.Units;
using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Model;
using FabricSim.Scenarios.Results;
using FabricSim.Scenarios.Yaml;
using YamlDotNet.RepresentationModel;

namespace FabricSim.Scenarios.Sweeps;

/// <summary>
/// Expands a scenario's sweep into one validated scenario per value: the value is written into the parsed tree at
/// the sweep's path and the whole scenario is validated again, so a value that breaks a rule (a VXC rate above its
/// port, a budget overrun) is caught. Errors are reported at the sweep's path line.
/// </summary>
internal static class SweepExpansion
{
    public static IReadOnlyList<SweepCase> Expand(Scenario scenario)
    {
        if (scenario.Sweep is not { } sweep)
        {
            return [];
        }
        var setup = new ErrorCollector(scenario.SourceFile);
        var root = YamlDocuments.ParseRoot(scenario.SourceText, setup);
        var sweepNode = (YamlMappingNode)root.Children[new YamlScalarNode("sweep")];
        var pathNode = sweepNode.Children[new YamlScalarNode("path")];
        var target = SweepPath.Resolve(root, sweep.Path, out string problem);
        if (target is null)
        {
            setup.Add(pathNode, $"sweep path '{sweep.Path}': {problem}", "write a path such as traffic[voice].rate or options[sdci].vxcs[syd-aws].rate");
            setup.ThrowIfAny();
            return [];
        }
        var texts = new List<(string Text, double Value)>();
        if (sweep.UsesFactors)
        {
            string basePath = sweep.RelativeTo ?? sweep.Path;
            var baseNode = sweep.RelativeTo is null ? target : SweepPath.Resolve(root, basePath, out problem);
            var anchor = sweep.RelativeTo is null ? pathNode : sweepNode.Children[new YamlScalarNode("relative_to")];
            if (baseNode is null)
            {
                setup.Add(anchor, $"sweep relative_to '{basePath}': {problem}", "write a path such as options[sdci].vxcs[syd-aws].rate");
                setup.ThrowIfAny();
            }
            foreach (double factor in sweep.Factors)
            {
                string? scaled = Scale(baseNode!.Value ?? string.Empty, factor);
                if (scaled is null)
                {
                    setup.Add(anchor, $"the value '{baseNode.Value}' at '{basePath}' is not a number, rate, duration or size, so it cannot be scaled", "sweep a numeric field");
                    setup.ThrowIfAny();
                    continue;
                }
                texts.Add((scaled, factor));
            }
        }
        else
        {
            var valueNodes = ((YamlSequenceNode)sweepNode.Children[new YamlScalarNode("values")]).Children;
            for (int i = 0; i < sweep.Values.Count; i++)
            {
                if (Magnitude(sweep.Values[i]) is { } magnitude)
                {
                    texts.Add((sweep.Values[i], magnitude));
                }
                else
                {
                    setup.Add(valueNodes[i], $"sweep value '{sweep.Values[i]}' is not a number, rate, duration or size", "write e.g. 100Mbps, 20ms, 1500B or 0.5");
                }
            }
            setup.ThrowIfAny();
        }
        return Build(scenario, sweep, root, target, pathNode, texts);
    }

    private static List<SweepCase> Build(Scenario scenario, Sweep sweep, YamlMappingNode root, YamlScalarNode target, YamlNode pathNode, List<(string Text, double Value)> texts)
    {
        var cases = new List<SweepCase>();
        var errors = new List<ScenarioError>();
        string original = target.Value ?? string.Empty;
        try
        {
            foreach (var (text, value) in texts)
            {
                target.Value = text;
                var collector = new ErrorCollector(scenario.SourceFile);
                collector.Relocate(target, pathNode.Start, $"with {sweep.Path} = {text}: ");
                try
                {
                    var variant = ScenarioMapper.Map(root, scenario.SourceText, collector, scenario.Catalog);
                    cases.Add(new SweepCase(sweep.Name, value, text, variant));
                }
                catch (ScenarioValidationException ex)
                {
                    errors.AddRange(ex.Errors.Select(e => e.Message.StartsWith("with ", StringComparison.Ordinal) ? e : e with { Message = $"with {sweep.Path} = {text}: {e.Message}" }));
                }
            }
        }
        finally
        {
            target.Value = original;
        }
        if (errors.Count > 0)
        {
            throw new ScenarioValidationException(errors);
        }
        return cases;
    }

    /// <summary>The value multiplied, written in the same kind of unit it was given in.</summary>
    internal static string? Scale(string text, double factor)
    {
        if (DataRate.TryParse(text, out var rate, out _))
        {
            return rate.Scale(factor).ToString();
        }
        if (SimTime.TryParse(text, out var time, out _))
        {
            return SimTime.FromSeconds(time.TotalSeconds * factor).ToString();
        }
        if (ByteSize.TryParse(text, out long bytes, out _))
        {
            return ByteSize.Format((long)Math.Round(bytes * factor, MidpointRounding.AwayFromZero));
        }
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double number))
        {
            return (number * factor).ToString("R", CultureInfo.InvariantCulture);
        }
        return null;
    }

    /// <summary>What a point's value measures: the factor of a relative sweep, else the kind of the value written.</summary>
    internal static SweepValueKind KindOf(Sweep sweep, string text) =>
        sweep.UsesFactors ? SweepValueKind.Factor
        : DataRate.TryParse(text, out _, out _) ? SweepValueKind.Rate
        : SimTime.TryParse(text, out _, out _) ? SweepValueKind.Duration
        : ByteSize.TryParse(text, out _, out _) ? SweepValueKind.Size
        : SweepValueKind.Number;

    /// <summary>A value in base units: bit/s for rates, seconds for durations, bytes for sizes.</summary>
    internal static double? Magnitude(string text) =>
        DataRate.TryParse(text, out var rate, out _) ? rate.BitsPerSecond
        : SimTime.TryParse(text, out var time, out _) ? time.TotalSeconds
        : ByteSize.TryParse(text, out long bytes, out _) ? bytes
        : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double number) ? number
        : null;
}
