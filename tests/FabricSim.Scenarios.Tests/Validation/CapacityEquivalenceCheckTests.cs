using FabricSim.Network.Units;
using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Validation;
using Xunit;

namespace FabricSim.Scenarios.Tests.Validation;

/// <summary>The like-for-like warning on the bundled hub-versus-mesh scenario and on variants of it.</summary>
public class CapacityEquivalenceCheckTests
{
    private static readonly Scenario HubVsMesh = ScenarioLoader.Load(Path.Combine(RepositoryFiles.ScenariosFolder, "hub-vs-mesh.yaml"));

    [Fact]
    public void Hub_spokes_of_500_mbps_against_mesh_vxcs_of_100_mbps_warn_with_the_figures_at_the_mesh_option()
    {
        var warning = Assert.Single(CapacityEquivalenceCheck.Warnings(HubVsMesh));
        // Every one of the nine demands crosses a 500 Mbit/s spoke pair (and the 5 Gbit/s MCR) in the hub, one 100 Mbit/s VXC in the mesh.
        Assert.Contains("differs for 9 of 9 flows", warning.Message, StringComparison.Ordinal);
        Assert.Contains("500Mbps in 'hub' against 100Mbps in 'mesh'", warning.Message, StringComparison.Ordinal);
        string[] lines = HubVsMesh.SourceText.Split('\n');
        Assert.StartsWith("name: mesh", lines[warning.Line - 1][(warning.Column - 1)..], StringComparison.Ordinal);
        Assert.NotEmpty(warning.Fix);
    }

    [Fact]
    public void A_mesh_with_vxcs_as_fast_as_the_spokes_is_a_like_for_like_comparison()
    {
        var mesh = HubVsMesh.FindOption("mesh");
        var equalMesh = mesh with { Vxcs = [.. mesh.Vxcs.Select(vxc => vxc with { Rate = DataRate.Parse("500Mbps") })] };
        var scenario = HubVsMesh with { Options = [HubVsMesh.FindOption("hub"), equalMesh] };
        Assert.Empty(CapacityEquivalenceCheck.Warnings(scenario));
    }

    [Fact]
    public void An_mcr_slower_than_its_spokes_caps_the_hub_capacity()
    {
        var hub = HubVsMesh.FindOption("hub");
        var slowHub = hub with { Mcrs = [.. hub.Mcrs.Select(mcr => mcr with { Rate = DataRate.Parse("100Mbps") })] };
        var scenario = HubVsMesh with { Options = [slowHub, HubVsMesh.FindOption("mesh")] };
        Assert.Empty(CapacityEquivalenceCheck.Warnings(scenario));
    }

    [Fact]
    public void A_flow_one_option_cannot_carry_is_named()
    {
        var hub = HubVsMesh.FindOption("hub");
        // Without the Perth spoke the hub carries nothing to or from per-office.
        var noPerth = hub with { Vxcs = [.. hub.Vxcs.Where(vxc => !vxc.Touches("per-office-port"))] };
        var scenario = HubVsMesh with { Options = [hub, noPerth with { Name = "hub-no-perth" }] };
        var warning = Assert.Single(CapacityEquivalenceCheck.Warnings(scenario));
        Assert.Contains("'voice-bne-per' only in 'hub'", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("differs for", warning.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// The reproducer: a VXC with a 1 Gbit/s VPN beside it as backup was counted as 1 Gbit/s towards AWS against the
    /// same VXC alone at 500 Mbit/s, though BGP keeps the traffic on the VXC while it is up.
    /// </summary>
    [Fact]
    public void A_backup_vpn_beside_a_vxc_adds_no_capacity()
    {
        const string text = """
            name: backup
            run: {duration: 2s, warmup: 500ms, seed: 3, replications: 1}
            sites:
              - {name: dc, pop: SYD1, prefixes: [192.168.0.0/16]}
            clouds:
              - {name: aws, provider: aws, region: ap-southeast-2, prefixes: [10.10.0.0/16]}
            options:
              - name: dx-vpn
                ports: [{name: dc-port, site: dc, speed: 10Gbps}]
                vxcs: [{name: dc-aws, a: dc-port, b: aws, rate: 500Mbps}]
                vpns: [{name: vpn-aws, site: dc, cloud: aws, internet_access: 1Gbps}]
              - name: dx-only
                ports: [{name: dc-port, site: dc, speed: 10Gbps}]
                vxcs: [{name: dc-aws, a: dc-port, b: aws, rate: 500Mbps}]
            traffic:
              - {name: to-aws, from: dc, to: aws, type: cbr, rate: 10Mbps}
            """;
        Assert.Empty(CapacityEquivalenceCheck.Warnings(ScenarioLoader.LoadText(text, "backup.yaml")));
    }
}
