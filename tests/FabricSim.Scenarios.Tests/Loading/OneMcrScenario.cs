using FabricSim.Scenarios.Catalogs;
using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Yaml;

namespace FabricSim.Scenarios.Tests.Loading;

/// <summary>
/// A site's port, one MCR and one cloud VXC: the smallest design whose MCR, customer-router session and cloud session
/// each carry the keys a validate rule is checked at. Line 10 is the MCR, 12 the customer session, 13 the cloud VXC.
/// </summary>
internal static class OneMcrScenario
{
    // Line numbers count from the first line of this text.
    public const string Template = """
        name: one-mcr
        run: {duration: 2s, warmup: 500ms, seed: 3, replications: 1}
        sites:
          - {name: syd-dc, pop: SYD1, prefixes: [192.168.0.0/16]}
        clouds:
          - CLOUD
        options:
          - name: mcr
            ports: [{name: syd-port, site: syd-dc, speed: 10Gbps}]
            mcrs: [{name: mcr-syd, pop: SYD1, rate: 1Gbps MCR}]
            vxcs:
              - {name: dc-mcr, a: syd-port, b: mcr-syd, rate: 500Mbps, bgp: {peer_asn: CUSTOMERASN}}
              - {name: mcr-cloud, a: mcr-syd, b: CLOUDVXC}
        """;

    public const string Aws = "{name: aws, provider: aws, region: ap-southeast-2, prefixes: [10.10.0.0/16]}";

    public const string Azure = "{name: azure, provider: azure, region: australiaeast, prefixes: [10.20.0.0/16]}";

    public const string Google = "{name: gcp, provider: google, region: australia-southeast1, prefixes: [10.30.0.0/16]}";

    /// <param name="mcr">Keys appended to the MCR, each after ", ".</param>
    /// <param name="cloudVxc">The cloud VXC after 'b: ', e.g. "aws, rate: 200Mbps, bgp: {}".</param>
    public static string Text(string cloud, string cloudVxc, string mcr = "", string customerAsn = "65001") => Template
        .Replace("- CLOUD", "- " + cloud, StringComparison.Ordinal)
        .Replace(" MCR}", mcr + "}", StringComparison.Ordinal)
        .Replace("CUSTOMERASN", customerAsn, StringComparison.Ordinal)
        .Replace("CLOUDVXC", cloudVxc, StringComparison.Ordinal);

    /// <summary>The 1-based column where <paramref name="marker"/> starts on <paramref name="line"/> of <paramref name="text"/>.</summary>
    public static int Column(string text, int line, string marker) => text.Split('\n')[line - 1].IndexOf(marker, StringComparison.Ordinal) + 1;

    public static ScenarioError SingleError(string text)
    {
        var invalid = Assert.Throws<ScenarioValidationException>(() => ScenarioLoader.LoadText(text, "one-mcr.yaml", Catalog.Default));
        return Assert.Single(invalid.Errors);
    }

    public static Model.VxcSettings Vxc(string text, string name) =>
        ScenarioLoader.LoadText(text, "one-mcr.yaml", Catalog.Default).Options.Single().Vxcs.Single(v => v.Name == name);

    public static Model.Mcr Mcr(string text) => ScenarioLoader.LoadText(text, "one-mcr.yaml", Catalog.Default).Options.Single().Mcrs.Single();
}
