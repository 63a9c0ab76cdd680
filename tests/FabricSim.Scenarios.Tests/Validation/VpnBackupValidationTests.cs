using FabricSim.Scenarios.Catalogs;
using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Yaml;

namespace FabricSim.Scenarios.Tests.Validation;

/// <summary>
/// validate refuses a VPN beside a VXC that can never take over, or that takes the traffic while the VXC is up, at
/// the key that makes it so, with the fix.
/// </summary>
public sealed class VpnBackupValidationTests
{
    private const string Template = """
        name: vpn-backup
        run: {duration: 2s, warmup: 500ms, seed: 3, replications: 1}
        sites:
          - {name: dc, pop: SYD1, prefixes: [192.168.0.0/16]}
        clouds:
          - {name: cloud, provider: PROVIDER, region: REGION, prefixes: [10.10.0.0/16]}
        options:
          - name: backup
            ports: [{name: dc-port, site: dc, speed: 10Gbps}]
            vxcs:
              - {name: dc-cloud, a: dc-port, b: cloud, rate: 500Mbps}
              - {name: vpn, site: dc, cloud: cloud, internet_access: 1Gbps VPN}
            prefix_lists:
              - {name: only, rules: [{prefix: 172.16.0.0/12}]}
        """;

    private static string Text(string vpnKeys, string provider = "aws", string region = "ap-southeast-2") => Template
        .Replace("PROVIDER", provider, StringComparison.Ordinal).Replace("REGION", region, StringComparison.Ordinal)
        .Replace(" VPN}", vpnKeys + "}", StringComparison.Ordinal)
        .Replace("      - {name: vpn,", "    vpns:\n      - {name: vpn,", StringComparison.Ordinal);

    private static ScenarioError SingleError(string text)
    {
        var invalid = Assert.Throws<ScenarioValidationException>(() => ScenarioLoader.LoadText(text, "vpn-backup.yaml", Catalog.Default));
        return Assert.Single(invalid.Errors);
    }

    private static (int Line, int Column) At(string text, string marker)
    {
        string[] lines = text.Split('\n');
        int line = Array.FindIndex(lines, l => l.Contains(marker, StringComparison.Ordinal));
        return (line + 1, lines[line].IndexOf(marker, StringComparison.Ordinal) + 1);
    }

    [Fact]
    public void A_vpn_backup_as_the_clouds_gateway_ranks_it_validates()
    {
        var scenario = ScenarioLoader.LoadText(Text(string.Empty), "vpn-backup.yaml", Catalog.Default);
        Assert.Single(scenario.Options.Single().Vpns);
    }

    [Fact]
    public void An_import_list_that_accepts_none_of_the_clouds_networks_is_an_error_at_import()
    {
        string text = Text(", bgp: {import: only}");
        var error = SingleError(text);
        Assert.Contains("can never take over", error.Message, StringComparison.Ordinal);
        Assert.Contains("10.10.0.0/16", error.Message, StringComparison.Ordinal);
        Assert.Contains("permit 10.10.0.0/16 in prefix list 'only'", error.Fix, StringComparison.Ordinal);
        Assert.Equal(At(text, "only}"), (error.Line, error.Column));
    }

    [Fact]
    public void An_export_list_that_advertises_none_of_the_sites_networks_is_an_error_at_export()
    {
        string text = Text(", bgp: {export: only}");
        var error = SingleError(text);
        Assert.Contains("cloud has no route back", error.Message, StringComparison.Ordinal);
        Assert.Contains("permit 192.168.0.0/16", error.Fix, StringComparison.Ordinal);
        Assert.Equal(At(text, "only}"), (error.Line, error.Column));
    }

    [Fact]
    public void A_vpn_ranked_above_the_vxc_at_the_site_is_an_error_at_local_preference()
    {
        string text = Text(", bgp: {local_preference: 200}");
        var error = SingleError(text);
        Assert.Contains("the VXC never carries it", error.Message, StringComparison.Ordinal);
        Assert.Contains("local preference 200 on its routes against 100", error.Message, StringComparison.Ordinal);
        Assert.Contains("below 100", error.Fix, StringComparison.Ordinal);
        Assert.Equal(At(text, "200}"), (error.Line, error.Column));
    }

    [Fact]
    public void A_google_vpn_with_no_higher_med_than_the_interconnect_is_an_error_naming_ecmp()
    {
        string text = Text(string.Empty, "google", "australia-southeast1");
        var error = SingleError(text);
        Assert.Contains("by ECMP", error.Message, StringComparison.Ordinal);
        Assert.Contains("cloud.google.com/vpc/docs/routes", error.Message, StringComparison.Ordinal);
        Assert.Contains("med: 100", error.Fix, StringComparison.Ordinal);
        Assert.Equal(At(text, "vpn, site"), (error.Line, error.Column));

        ScenarioLoader.LoadText(Text(", bgp: {med: 100}", "google", "australia-southeast1"), "vpn-backup.yaml", Catalog.Default);
    }

    [Fact]
    public void Static_routes_at_the_default_distance_beat_the_vxc_and_are_an_error_at_routing()
    {
        string text = Text(", routing: static");
        var error = SingleError(text);
        Assert.Contains("administrative distance 1 beat the VXC's eBGP routes (20)", error.Message, StringComparison.Ordinal);
        Assert.Contains("static_distance: 250", error.Fix, StringComparison.Ordinal);
        Assert.Equal(At(text, "static}"), (error.Line, error.Column));

        ScenarioLoader.LoadText(Text(", routing: static, static_distance: 250"), "vpn-backup.yaml", Catalog.Default);
    }

    [Fact]
    public void Static_routing_to_google_is_an_error_because_ha_vpn_routes_by_bgp_only()
    {
        string text = Text(", routing: static, static_distance: 250", "google", "australia-southeast1");
        var error = SingleError(text);
        Assert.Contains("BGP only", error.Message, StringComparison.Ordinal);
        Assert.Equal(At(text, "static,"), (error.Line, error.Column));
    }

    /// <summary>Azure VPN Gateway sends a keepalive every 60 s whatever the site proposes: a 30 s hold at the site expires between two.</summary>
    [Fact]
    public void A_hold_time_azure_does_not_keep_is_an_error_at_the_timer()
    {
        string text = Text(", bgp: {keepalive: 10s}", "azure", "australiaeast");
        var error = SingleError(text);
        Assert.Contains("does not negotiate them down", error.Message, StringComparison.Ordinal);
        Assert.Contains("hold: 180s", error.Fix, StringComparison.Ordinal);
        Assert.Equal(At(text, "10s}"), (error.Line, error.Column));

        ScenarioLoader.LoadText(Text(string.Empty, "azure", "australiaeast"), "vpn-backup.yaml", Catalog.Default);
    }

    /// <summary>Through an MCR the Interconnect's path is one AS longer than the VPN's: a higher MED alone may not make the VPN the backup.</summary>
    [Fact]
    public void A_google_vpn_shorter_than_the_path_through_an_mcr_needs_a_prepend_as_well()
    {
        string text = Text(", bgp: {med: 200}", "google", "australia-southeast1").Replace(
            "      - {name: dc-cloud, a: dc-port, b: cloud, rate: 500Mbps}",
            "      - {name: dc-mcr, a: dc-port, b: mcr, rate: 500Mbps}\n      - {name: mcr-cloud, a: mcr, b: cloud, rate: 500Mbps}",
            StringComparison.Ordinal).Replace("    vxcs:", "    mcrs: [{name: mcr, pop: SYD1, rate: 1Gbps}]\n    vxcs:", StringComparison.Ordinal);
        var error = SingleError(text);
        Assert.Contains("AS path 1 against 2", error.Message, StringComparison.Ordinal);
        Assert.Contains("as_path_prepend: 1", error.Fix, StringComparison.Ordinal);
    }
}
