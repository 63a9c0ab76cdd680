using FabricSim.Scenarios.Descriptions;
using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Model;
using FabricSim.Scenarios.Running;
using FabricSim.Scenarios.Validation;

namespace FabricSim.Scenarios.Tests.Validation;

/// <summary>
/// What validate works out about each option's paths at load is carried on the option, and is what the run would
/// work out again: each request/response demand's message MTU (through an MCR, 1,500 B; through an IPsec VPN, the
/// clamped MSS and its headers, 1,419 B; from a port to a cloud, the site's 1,500 B; none for other demands) and the
/// network each endpoint is addressed at, hence the same fabric description and the same packet estimate.
/// </summary>
public sealed class ValidatedPathsTests
{
    private const string Text = """
        name: carried
        run: {duration: 5s, warmup: 1s, seed: 3, replications: 2}
        sites:
          - {name: syd-dc, pop: SYD1, prefixes: [10.1.0.0/16, 10.2.0.0/16]}
          - {name: lon-dc, pop: LON1, prefixes: [10.3.0.0/16]}
          - {name: mel-dc, pop: MEL1, prefixes: [10.4.0.0/16]}
        clouds:
          - {name: aws-sin, provider: aws, region: ap-southeast-1, prefixes: [10.20.0.0/16]}
          - {name: aws-use, provider: aws, region: us-east-1, prefixes: [10.30.0.0/16]}
        options:
          - name: mcr
            ports: [{name: syd-port, site: syd-dc, speed: 10Gbps}, {name: lon-port, site: lon-dc, speed: 10Gbps}]
            mcrs: [{name: mcr-syd, pop: SYD1, rate: 1Gbps}]
            vxcs:
              - {name: dc-mcr, a: syd-port, b: mcr-syd, rate: 500Mbps}
              - {name: mcr-aws, a: mcr-syd, b: aws-sin, rate: 500Mbps, cloud: {type: aws_hosted}}
              - {name: lon-use, a: lon-port, b: aws-use, rate: 500Mbps, cloud: {type: aws_hosted}}
            vpns: [{name: mel-use, site: mel-dc, cloud: aws-use, internet_access: 1Gbps}]
        traffic:
          - {name: via-mcr, from: syd-dc, to: aws-sin, type: request_response, request_size: 400B, response_size: 14000B, interval: 20ms}
          - {name: via-vpn, from: mel-dc, to: aws-use, type: request_response, request_size: 400B, response_size: 14000B, interval: 20ms}
          - {name: direct, from: lon-dc, to: aws-use, type: request_response, request_size: 400B, response_size: 14000B, interval: 20ms}
          - {name: stream, from: lon-dc, to: aws-use, type: cbr, rate: 1Mbps, packet_size: 1000B}
        """;

    [Fact]
    public void The_paths_carried_from_validation_are_those_the_run_would_work_out_again()
    {
        var scenario = ScenarioLoader.LoadText(Text, "carried.yaml");
        var option = Assert.Single(scenario.Options);
        var fresh = option with { Paths = null };
        Assert.NotNull(option.Paths);
        Assert.True(option.Paths!.Fits(option, scenario.Traffic));

        var carried = DemandPathMtu.ForMessages(scenario, option);
        var again = DemandPathMtu.ForMessages(scenario, fresh);
        Assert.Equal(scenario.Traffic.Select(again), scenario.Traffic.Select(carried));
        Assert.Equal([1500, 1419, 1500, null], scenario.Traffic.Select(carried));

        var described = OptionDescription.Of(scenario, option);
        var redescribed = OptionDescription.Of(scenario, fresh);
        Assert.Equal(redescribed.Demands.Select(d => d.RequestResponse?.MtuBytes), described.Demands.Select(d => d.RequestResponse?.MtuBytes));
        Assert.Equal(redescribed.Sites.Select(s => string.Join(",", s.Prefixes)), described.Sites.Select(s => string.Join(",", s.Prefixes)));
        Assert.Equal(redescribed.Clouds.Select(c => string.Join(",", c.Prefixes)), described.Clouds.Select(c => string.Join(",", c.Prefixes)));
        Assert.Equal(FidelityChoice.PacketsToSimulate(scenario with { Options = [fresh] }, scenario.Run), FidelityChoice.PacketsToSimulate(scenario, scenario.Run));
    }

    [Fact]
    public void An_option_with_other_elements_or_other_traffic_works_its_paths_out_afresh()
    {
        var scenario = ScenarioLoader.LoadText(Text, "carried.yaml");
        var option = Assert.Single(scenario.Options);

        Assert.False(option.Paths!.Fits(option with { Mcrs = [.. option.Mcrs] }, scenario.Traffic));
        Assert.False(option.Paths.Fits(option, [.. scenario.Traffic.Take(2)]));
        Assert.False(option.Paths.Fits(option, [scenario.Traffic[0] with { Name = "renamed" }, .. scenario.Traffic.Skip(1)]));
        // A copy with one element less (the MCR's VXC to the cloud) has no path there, so nothing carried answers for it.
        var without = option with { Vxcs = [.. option.Vxcs.Where(v => v.Name != "mcr-aws")] };
        Assert.Null(DemandPathMtu.ForMessages(scenario, without)(scenario.Traffic[0]));
    }
}
