using FabricSim.Scenarios.Loading;

namespace FabricSim.Scenarios.Tests.Validation;

/// <summary>The packet-budget estimate against hand computation for each traffic type.</summary>
public class PacketEstimateTests
{
    private static double Estimate(string flow)
    {
        var scenario = ScenarioLoader.LoadText($$$"""
            name: t
            run: {duration: 10s}
            sites:
              - {name: a, pop: SYD1}
              - {name: b, pop: SYD2}
            options:
              - name: o
                topology: {mesh: {sites: [a, b], rate: 1Gbps}}
            traffic:
              - {{{flow}}}
            """, "t.yaml");
        return ScenarioChecks.PacketsPerReplication(scenario.Traffic[0], scenario.Run);
    }

    [Fact]
    public void Cbr_counts_rate_over_size_times_active_time_and_count()
    {
        // 8 Mbit/s / (1000 B × 8) = 1000 packets/s, active 2 s..7 s = 5 s, 3 flows.
        Assert.Equal(15_000, Estimate("{name: f, from: a, to: b, type: cbr, rate: 8Mbps, packet_size: 1000B, start: 2s, stop: 7s, count: 3}"), 6);
    }

    [Fact]
    public void OnOff_counts_the_peak_rate_during_the_on_fraction()
    {
        // 8 Mbit/s peak / 8000 bit = 1000 packets/s while on; on 1/(1+3) of the time; 10 s.
        Assert.Equal(2_500, Estimate("{name: f, from: a, to: b, type: onoff, rate: 8Mbps, packet_size: 1000B, on_mean: 100ms, off_mean: 300ms}"), 6);
    }

    /// <summary>
    /// Between two sites with 9000 B LAN MTUs over a VXC (9100 B) the path MTU is 9000 B: a 64,000 B response is
    /// ⌈64,000 / 8,960⌉ = 8 segments, not the 44 of a 1500 B path. The estimate counts (1 + 8) packets per 10 ms ×
    /// 10 s × 2 replications, and the run sends exactly 8 per response.
    /// </summary>
    [Fact]
    public void A_request_response_estimate_counts_the_segments_the_run_sends_at_the_options_path_MTU()
    {
        var scenario = ScenarioLoader.LoadText("""
            name: t
            run: {duration: 10s, warmup: 1s, replications: 2}
            sites:
              - {name: a, pop: SYD1, mtu: 9000B}
              - {name: b, pop: SYD2, mtu: 9000B}
            options:
              - name: o
                topology: {mesh: {sites: [a, b], rate: 1Gbps}}
            traffic:
              - {name: f, from: a, to: b, type: request_response, request_size: 400B, response_size: 64000B, interval: 10ms}
            """, "t.yaml");

        Assert.Equal(9 * 100 * 10 * 2, FabricSim.Scenarios.Running.FidelityChoice.PacketsToSimulate(scenario, scenario.Run), 6);
        var run = FabricSim.Scenarios.Running.ReplicationRun.Execute(scenario, scenario.Options[0], seed: 1, replication: 0, CancellationToken.None);
        var response = run.Outcome.Measurements.Flows.Single(f => f.Flow == "f/response");
        Assert.True(response.Messages!.Sent > 800);
        Assert.Equal(8 * response.Messages.Sent, response.PacketsSent);
        Assert.Equal(0, response.PacketsDropped);
    }

    [Fact]
    public void Request_response_counts_segments_of_both_messages()
    {
        // 1 request segment + ceil(8000/1460) = 6 response segments per 10 ms = 700 packets/s × 10 s.
        Assert.Equal(7_000, Estimate("{name: f, from: a, to: b, type: request_response, request_size: 400B, response_size: 8000B, interval: 10ms}"), 6);
    }

    [Fact]
    public void Tcp_bulk_counts_segments_of_mss_plus_headers_and_acks()
    {
        // 15 Mbit/s / ((1460 + 40) B × 8) = 1250 segments/s, plus one ACK per two segments = 1875 packets/s × 10 s.
        Assert.Equal(18_750, Estimate("{name: f, from: a, to: b, type: tcp_bulk, rate: 15Mbps}"), 6);
    }

    [Fact]
    public void Diurnal_profile_scales_by_its_mean_factor()
    {
        // Mean factor (0.5 + 1.5) / 2 = 1: same as CBR at the base rate; 1000 packets/s × 10 s.
        Assert.Equal(10_000, Estimate("{name: f, from: a, to: b, type: poisson, rate: 8Mbps, packet_size: 1000B, diurnal: {factors: [0.5, 1.5], period: 4s}}"), 6);
    }
}
