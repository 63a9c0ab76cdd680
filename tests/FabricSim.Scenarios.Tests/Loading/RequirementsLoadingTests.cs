using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Yaml;

namespace FabricSim.Scenarios.Tests.Loading;

/// <summary>The requirements block: what it reads, and each mistake located with its fix.</summary>
public class RequirementsLoadingTests
{
    private const string Base = """
        name: t
        run: {duration: 10s, replications: 3}
        sites:
          - {name: syd-dc, pop: SYD1}
        clouds:
          - {name: aws-syd, provider: aws, region: ap-southeast-2}
        options:
          - name: sdci
            ports:
              - {name: syd-port, site: syd-dc, speed: 10Gbps}
            vxcs:
              - {name: syd-aws, a: syd-port, b: aws-syd, rate: 500Mbps}
        traffic:
          - {name: voice, from: syd-dc, to: aws-syd, type: cbr, rate: 1Mbps, packet_size: 200B, class: voice}
          - {name: api, from: syd-dc, to: aws-syd, type: request_response, request_size: 400B, response_size: 8KB, interval: 10ms}
        """;

    private static IReadOnlyList<ScenarioError> Errors(string requirements)
    {
        var ex = Assert.Throws<ScenarioValidationException>(() => ScenarioLoader.LoadText(Base + "\n" + requirements, "t.yaml"));
        return ex.Errors;
    }

    [Fact]
    public void Every_bound_is_read_in_its_unit()
    {
        var scenario = ScenarioLoader.LoadText(Base + "\n" + """
            requirements:
              budget: 2500
              flows:
                - {class: voice, p50_latency: 40ms, p99_latency: 150ms, jitter: 30ms, loss: 0.01, throughput: 900kbps, availability: 0.999}
                - {traffic: api/response, p99_latency: 80ms}
            """, "t.yaml");
        var requirements = scenario.Requirements;
        Assert.Equal(2500, requirements.MonthlyBudgetUsd);
        var voice = requirements.Flows[0];
        Assert.Equal((40.0, 150.0, 30.0), (voice.MaxP50Latency!.Value.TotalMilliseconds, voice.MaxP99Latency!.Value.TotalMilliseconds, voice.MaxJitter!.Value.TotalMilliseconds));
        Assert.Equal((0.01, 900_000L, 0.999), (voice.MaxLossRatio, voice.MinThroughput!.Value.BitsPerSecond, voice.MinAvailability));
        Assert.Equal((5, "voice", "class 'voice'"), (voice.QosClass, voice.ClassName, voice.Scope));
        Assert.True(requirements.Flows[1].Selects("api/response", "0"));
        Assert.False(requirements.Flows[1].Selects("api/request", "0"));
    }

    [Fact]
    public void A_scenario_without_requirements_has_none()
    {
        Assert.True(ScenarioLoader.LoadText(Base, "t.yaml").Requirements.IsEmpty);
    }

    [Theory]
    [InlineData("requirements:\n  flows:\n    - {traffic: vocie, p99_latency: 150ms}\n", 18, "did you mean 'voice'", "name of a demand")]
    [InlineData("requirements:\n  flows:\n    - {class: video, p99_latency: 150ms}\n", 18, "which no demand has", "class of a demand")]
    [InlineData("requirements:\n  flows:\n    - {traffic: voice, class: bulk, loss: 0.01}\n", 18, "selects nothing", "remove 'class'")]
    [InlineData("requirements:\n  flows:\n    - {traffic: voice}\n", 18, "bounds nothing", "add at least one")]
    [InlineData("requirements:\n  flows:\n    - {traffic: voice, loss: 1.5}\n", 18, "between 0 and 1", "from 0 to 1")]
    [InlineData("requirements:\n  flows:\n    - {traffic: voice, availability: 99.9}\n", 18, "between 0 and 1", "from 0 to 1")]
    [InlineData("requirements:\n  budget: -5\n", 17, "between 0", "from 0")]
    [InlineData("requirements: {}\n", 16, "sets neither a budget, a flow bound", "budget: 5000")]
    public void A_mistake_in_the_requirements_is_located_with_its_fix(string requirements, int line, string message, string fix)
    {
        var error = Assert.Single(Errors(requirements));
        Assert.Equal(line, error.Line);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Contains(fix, error.Fix, StringComparison.Ordinal);
    }
}
