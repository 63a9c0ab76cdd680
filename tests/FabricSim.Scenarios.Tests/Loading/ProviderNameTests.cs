using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Yaml;

namespace FabricSim.Scenarios.Tests.Loading;

/// <summary>The Megaport Terraform provider's attribute names read as FabricSim's, and never both on one object.</summary>
public class ProviderNameTests
{
    private const string Canonical = """
        name: t
        run: {duration: 10s, replications: 3}
        sites:
          - {name: syd-dc, pop: SYD1, prefixes: [192.168.0.0/16]}
        clouds:
          - {name: aws-syd, provider: aws, region: ap-southeast-2, prefixes: [10.10.0.0/16]}
        options:
          - name: sdci
            term_months: 12
            ports:
              - {name: syd-port, site: syd-dc, speed: 10Gbps}
            mcrs:
              - {name: mcr, pop: SYD1, rate: 5Gbps}
            prefix_lists:
              - name: aws-in
                rules: [{prefix: 10.10.0.0/16, le: 24}]
            vxcs:
              - {name: dc-mcr, a: syd-port, b: mcr, rate: 1Gbps}
              - name: mcr-aws
                a: mcr
                b: aws-syd
                rate: 500Mbps
                bgp: {import: aws-in, as_path_prepend: 2, med: 50, bfd: true}
        traffic:
          - {name: app, from: syd-dc, to: aws-syd, type: poisson, rate: 100Mbps, packet_size: 1000B}
        """;

    private static string ProviderNames() => Canonical
        .Replace("term_months: 12", "contract_term_months: 12", StringComparison.Ordinal)
        .Replace("speed: 10Gbps", "port_speed: 10Gbps", StringComparison.Ordinal)
        .Replace("rate: 5Gbps", "port_speed: 5Gbps", StringComparison.Ordinal)
        .Replace("prefix_lists:", "prefix_filter_lists:", StringComparison.Ordinal)
        .Replace("rules: [", "entries: [", StringComparison.Ordinal)
        .Replace("a: syd-port, b: mcr, rate: 1Gbps", "a_end: syd-port, b_end: mcr, rate_limit: 1Gbps", StringComparison.Ordinal)
        .Replace("a: mcr\n", "a_end: mcr\n", StringComparison.Ordinal)
        .Replace("b: aws-syd\n", "b_end: aws-syd\n", StringComparison.Ordinal)
        .Replace("rate: 500Mbps", "rate_limit: 500Mbps", StringComparison.Ordinal)
        .Replace("{import: aws-in, as_path_prepend: 2, med: 50, bfd: true}", "{import_whitelist: aws-in, as_path_prepend_count: 2, med_out: 50, bfd_enabled: true}", StringComparison.Ordinal);

    [Fact]
    public void Provider_names_load_as_the_canonical_scenario()
    {
        string aliased = ProviderNames();
        string options = aliased[aliased.IndexOf("options:", StringComparison.Ordinal)..aliased.IndexOf("traffic:", StringComparison.Ordinal)];
        Assert.DoesNotContain(" rate: ", options, StringComparison.Ordinal);
        Assert.DoesNotContain(" a: ", options, StringComparison.Ordinal);
        var expected = ScenarioLoader.LoadText(Canonical, "t.yaml");
        var actual = ScenarioLoader.LoadText(aliased, "t.yaml");
        var expectedOption = expected.Options[0];
        var actualOption = actual.Options[0];
        Assert.Equal(expectedOption.TermMonths, actualOption.TermMonths);
        Assert.Equal(expectedOption.Ports, actualOption.Ports);
        Assert.Equal(expectedOption.Mcrs, actualOption.Mcrs);
        Assert.Equal(expectedOption.Vxcs.Select(v => (v.Name, v.EndA, v.EndB, v.Rate)), actualOption.Vxcs.Select(v => (v.Name, v.EndA, v.EndB, v.Rate)));
        Assert.Equal(expectedOption.Vxcs[1].Bgp, actualOption.Vxcs[1].Bgp);
        Assert.Equal(expectedOption.PrefixLists.Single().Rules, actualOption.PrefixLists.Single().Rules);
    }

    [Theory]
    [InlineData("a: syd-port, b: mcr, rate: 1Gbps", "a: syd-port, a_end: syd-port, b: mcr, rate: 1Gbps", "a_end", "a")]
    [InlineData("a: syd-port, b: mcr, rate: 1Gbps", "a: syd-port, b: mcr, rate_limit: 1Gbps, rate: 1Gbps", "rate", "rate_limit")]
    [InlineData("speed: 10Gbps", "speed: 10Gbps, port_speed: 10Gbps", "port_speed", "speed")]
    public void Both_names_of_one_setting_are_an_error_with_the_fix(string oldText, string newText, string second, string first)
    {
        string text = Canonical.Replace(oldText, newText, StringComparison.Ordinal);
        var ex = Assert.Throws<ScenarioValidationException>(() => ScenarioLoader.LoadText(text, "t.yaml"));
        var error = Assert.Single(ex.Errors);
        Assert.Contains($"'{second}' and '{first}'", error.Message, StringComparison.Ordinal);
        Assert.Equal($"keep one of '{first}' and '{second}'", error.Fix);
        int line = text[..text.IndexOf(newText, StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        Assert.Equal(line, error.Line);
    }

    [Fact]
    public void Every_provider_name_is_documented_at_its_key()
    {
        string docs = File.ReadAllText(Path.Combine(RepositoryFiles.ScenariosFolder, "..", "docs", "scenarios.md"));
        var accepted = ScenarioShapes.All().SelectMany(s => s.Fields.SelectMany(f => (f.Accepts ?? []).Select(a => (s.Name, f.Key, Alias: a)))).ToList();
        Assert.NotEmpty(accepted);
        foreach (var (shape, key, alias) in accepted)
        {
            int section = docs.IndexOf($"### `{shape}`\n", StringComparison.Ordinal);
            int end = docs.IndexOf("\n### ", section + 1, StringComparison.Ordinal);
            string row = docs[section..end].Split('\n').Single(l => l.StartsWith($"| `{key}` |", StringComparison.Ordinal));
            Assert.Contains($"also `{alias}`", row, StringComparison.Ordinal);
        }
    }
}
