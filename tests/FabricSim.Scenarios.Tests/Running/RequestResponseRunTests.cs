using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Running;

namespace FabricSim.Scenarios.Tests.Running;

/// <summary>
/// Exchanges answer their requests: the server's responder stays in place while the flow is watched for outages,
/// each exchange reports its response time, and every two-way traffic type carries packets both ways.
/// </summary>
public sealed class RequestResponseRunTests
{
    private static string Exchange(string traffic) => MelbourneToSydney.Scenario(
        "exchange", "{duration: 4s, warmup: 500ms, seed: 5, replications: 2}", "10Gbps", "rate: 1Gbps", traffic);

    /// <summary>Reproducer: 400 B requests every 10 ms, 8 KB responses, watched for outages as every packet demand is.</summary>
    private static IReadOnlyList<FabricSim.Scenarios.Results.FlowSummary> RunApi() => Assert.Single(Simulation.Run(ScenarioLoader.LoadText(Exchange(
            "  - {name: api, from: mel-dc, to: aws-syd, type: request_response, request_size: 400B, response_size: 8KB, interval: 10ms}"),
            "api.yaml"), new RunOptions(Jobs: 1)).Options).Flows;

    [Fact]
    public void A_watched_request_response_demand_still_gets_its_responses()
    {
        var flows = RunApi();

        var request = flows.Single(f => f.Flow == "api/request");
        var response = flows.Single(f => f.Flow == "api/response");
        // Every request reached the server and was answered: nothing is lost at 1 % of the VXC's rate.
        Assert.True(response.PacketsReceived > 0, "no response arrived");
        // Requests that arrive just before the warm-up ends are answered inside the window and vice versa at its end:
        // at 100 requests/s and ~10 ms of delay, at most a couple per boundary per replication. Each answer is
        // ⌈8,000 / 1,460⌉ = 6 segments at the path's 1,500 B MTU.
        Assert.Equal(0, response.PacketsSent % 6);
        Assert.InRange(response.PacketsSent / 6, request.PacketsReceived - 2 * 2 * 2, request.PacketsReceived + 2 * 2 * 2);
        Assert.Equal(0, response.LossRatio.Mean);
        Assert.Equal(0, response.OutageSeconds.Mean);
    }

    [Fact]
    public void Response_time_is_the_request_delay_plus_the_response_delay()
    {
        var flows = RunApi();

        var request = flows.Single(f => f.Flow == "api/request");
        var response = flows.Single(f => f.Flow == "api/response");
        Assert.Null(request.ResponseTimeP50Ms);
        Assert.NotNull(response.ResponseTimeP50Ms);
        Assert.NotNull(response.ResponseTimeP99Ms);
        // At 1 % load neither direction queues, so each exchange takes the request's one-way delay plus the
        // response's last segment's, 5 × 1.2 us after its first at 10 Gbps; the latency histogram holds every quantile
        // within 1 %, so each side may be off by that much.
        double expected = request.LatencyP50Ms.Mean + response.LatencyP50Ms.Mean;
        Assert.InRange(response.ResponseTimeP50Ms.Mean, expected * 0.98, expected * 1.02);
        Assert.True(response.ResponseTimeP95Ms!.Mean >= response.ResponseTimeP50Ms.Mean * 0.99);
        Assert.True(response.ResponseTimeP99Ms.Mean >= response.ResponseTimeP95Ms.Mean * 0.99);
    }

    [Fact]
    public void A_tcp_exchange_takes_between_one_and_eight_round_trips()
    {
        var scenario = ScenarioLoader.LoadText(Exchange(
            "  - {name: ping, from: mel-dc, to: aws-syd, type: request_response, request_size: 400B, response_size: 400B, interval: 10ms}\n" +
            "  - {name: pull, from: mel-dc, to: aws-syd, type: tcp_request_response, request_size: 400B, response_size: 100KB, interval: 50ms}"),
            "pull.yaml");

        var flows = Assert.Single(Simulation.Run(scenario, new RunOptions(Jobs: 1)).Options).Flows;

        double roundTrip = flows.Single(f => f.Flow == "ping/response").ResponseTimeP50Ms!.Mean;
        var pull = flows.Single(f => f.Flow == "pull");
        Assert.NotNull(pull.ResponseTimeP50Ms);
        // 100 KB is 74 segments of 1360 B: even from a one-segment initial window, slow start sends them in 7
        // rounds, after the request's own half round trip; no exchange can beat one round trip.
        Assert.InRange(pull.ResponseTimeP50Ms.Mean, roundTrip * 0.99, roundTrip * 8);
    }

    [Theory]
    [InlineData("request_response, request_size: 400B, response_size: 8KB, interval: 10ms")]
    [InlineData("tcp_request_response, request_size: 400B, response_size: 100KB, interval: 50ms")]
    [InlineData("tcp_bulk, rate: 50Mbps")]
    public void Every_two_way_traffic_type_carries_packets_both_ways(string type)
    {
        var scenario = ScenarioLoader.LoadText(Exchange($"  - {{name: both, from: mel-dc, to: aws-syd, type: {type}}}"), "both.yaml");

        var run = ReplicationRun.Execute(scenario, scenario.Options[0], seed: 5, replication: 0, CancellationToken.None);

        // The VXC is the only way between the site and the cloud: each of its directions must have carried the demand.
        var vxc = run.Outcome.Measurements.Links.Where(l => l.Link == "mel-aws").ToList();
        Assert.Equal(2, vxc.Count);
        Assert.All(vxc, direction => Assert.True(direction.BytesSent > 50_000, $"{direction.From}>{direction.To}: {direction.BytesSent} bytes"));
    }
}
