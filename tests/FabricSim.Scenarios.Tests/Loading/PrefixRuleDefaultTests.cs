using FabricSim.Scenarios.Catalogs;
using FabricSim.Scenarios.Loading;

namespace FabricSim.Scenarios.Tests.Loading;

/// <summary>A prefix rule's ge and le default as on Megaport's MCR prefix filter lists: the prefix's length and 32.</summary>
public sealed class PrefixRuleDefaultTests
{
    private const string Scenario = """
        name: rules
        run: {duration: 2s, warmup: 500ms, seed: 3, replications: 1}
        sites:
          - {name: syd-dc, pop: SYD1, prefixes: [192.168.0.0/16]}
        clouds:
          - {name: aws, provider: aws, region: ap-southeast-2, prefixes: [10.10.0.0/16]}
        options:
          - name: mcr
            ports: [{name: syd-port, site: syd-dc, speed: 10Gbps}]
            mcrs: [{name: mcr-syd, pop: SYD1, rate: 1Gbps}]
            prefix_lists:
              - name: rules
                rules:
                  - {action: permit, prefix: 10.10.0.0/16}
                  - {action: permit, prefix: 10.20.0.0/16, ge: 24}
                  - {action: deny, prefix: 0.0.0.0/0, le: 0}
            vxcs:
              - {name: dc-mcr, a: syd-port, b: mcr-syd, rate: 500Mbps}
              - {name: mcr-aws, a: mcr-syd, b: aws, rate: 200Mbps, bgp: {import: rules}}
        """;

    [Fact]
    public void Le_defaults_to_32_with_or_without_ge_as_documented()
    {
        // Before: the docs said le defaults to ge while the code used the prefix's length without ge and 32 with it.
        var rules = ScenarioLoader.LoadText(Scenario, "rules.yaml", Catalog.Default).Options.Single().PrefixLists.Single().Rules;
        Assert.Equal((16, 32), (rules[0].MinLength, rules[0].MaxLength));
        Assert.Equal((24, 32), (rules[1].MinLength, rules[1].MaxLength));
        Assert.Equal((0, 0), (rules[2].MinLength, rules[2].MaxLength));
    }
}
