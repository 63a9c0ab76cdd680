using FabricSim.Scenarios.Yaml;
using System.Globalization;
using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Validation;

namespace FabricSim.Scenarios.Tests.Loading;

public class LimitsDocsTests
{
    [Fact]
    public void Docs_list_every_input_limit_with_its_value()
    {
        string docs = File.ReadAllText(Path.Combine(RepositoryFiles.ScenariosFolder, "..", "docs", "scenarios.md"));
        int section = docs.IndexOf("## Limits", StringComparison.Ordinal);
        Assert.True(section >= 0, "docs/scenarios.md has no Limits section");
        string limits = docs[section..docs.IndexOf("\n## ", section + 1, StringComparison.Ordinal)];
        string[] expected =
        [
            $"| file size | {InputLimits.MaxCharacters.ToString(CultureInfo.InvariantCulture)} characters",
            $"| {InputLimits.MaxDepth} deep |",
            $"| {InputLimits.MaxNodes.ToString(CultureInfo.InvariantCulture)} per file |",
            $"| {InputLimits.MaxAliases} per file |",
            $"| sweep points | {InputLimits.MaxSweepPoints} per sweep |",
            $"| `maximum_paths` | 1 to {InputLimits.MaxMaximumPaths} |",
            $"| `run.duration` | at least {InputLimits.MinDuration} |",
            $"| `run.probe_interval` | at least {InputLimits.MinProbeInterval} |",
            $"| BGP `keepalive` | at least {InputLimits.MinKeepalive} |",
            $"| BFD `interval` | at least {InputLimits.MinBfdInterval} |",
            $"| `packet_size` | at least {Plausibility.MinPacketBytes}B |",
            $"| `mss` | at least {Plausibility.MinMssBytes}B |",
            $"| default {Model.RunSettings.DefaultMaxPackets.ToString(CultureInfo.InvariantCulture)} |",
        ];
        Assert.All(expected, row => Assert.Contains(row, limits, StringComparison.Ordinal));
    }
}
