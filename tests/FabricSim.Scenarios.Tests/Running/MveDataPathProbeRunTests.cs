using FabricSim.Engine.Time;
using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Results;
using FabricSim.Scenarios.Running;

namespace FabricSim.Scenarios.Tests.Running;

/// <summary>
/// SD-WAN SLA probes travel the data's path: through the VXC's policer and on to where the traffic goes, so an MVE
/// steers on what its applications would see.
/// </summary>
public sealed class MveDataPathProbeRunTests
{
    /// <summary>
    /// A Frankfurt branch behind an MVE whose first (preferred) transport is VXC <paramref name="firstVxc"/> and whose
    /// second is a clean Internet uplink; five voice calls go to AWS Frankfurt (plus <paramref name="extraTraffic"/>).
    /// </summary>
    private static string FrankfurtBranch(string name, int seed, string firstVxc, string voicePolicy, string fabric, string extraTraffic = "") => $$"""
        name: {{name}}
        run: {duration: 10s, warmup: 4s, seed: {{seed}}, replications: 1}
        sites:
          - {name: fra-branch, pop: FRA1, prefixes: [192.168.60.0/24]}
        clouds:
          - {name: aws-fra, provider: aws, region: eu-central-1, prefixes: [10.20.0.0/16]}
        options:
          - name: mve
            mves:
              - name: mve-fra
                pop: FRA1
                site: fra-branch
                size: small
                transports:
                  - {name: vxc, vxc: {{firstVxc}}}
                  - name: inet
                    internet_access: 1Gbps
                    internet: {jitter: 1ms, loss_rate: 0}
                applications:
                  - {class: voice, {{voicePolicy}}}
        {{fabric}}
        traffic:
          - {name: voice, from: fra-branch, to: aws-fra, type: cbr, rate: 80kbps, packet_size: 200B, class: voice, count: 5}
          {{extraTraffic}}
        """;

    /// <summary>The first transport is a 100 Mbit/s VXC to AWS carrying 130 Mbit/s of backup; voice allows 1 % loss.</summary>
    private static readonly string PolicedVxc = FrankfurtBranch("mve-policed-vxc", 23, "mve-aws", "max_latency: 30ms, max_loss_rate: 0.01", """
            vxcs:
              - {name: mve-aws, a: mve-fra, b: aws-fra, rate: 100Mbps, class: business, cloud: {type: aws_hosted, vif: private, mtu: 1500B}, bgp: {peer_asn: 64512, peer_type: private_cloud, keepalive: 30s, hold: 90s}}
        """,
        "- {name: backup, from: fra-branch, to: aws-fra, type: poisson, rate: 130Mbps, packet_size: 1500B, class: bulk}");

    /// <summary>
    /// The first transport is a VXC to an MCR in Madrid, which reaches AWS Frankfurt by a second VXC: the first hop
    /// ends about 12 ms away, the data's path is about 25 ms long one way. Voice allows 15 ms; the clean Internet
    /// transport reaches the region in about 5 ms.
    /// </summary>
    private static readonly string FarEnd = FrankfurtBranch("mve-far-end-latency", 29, "mve-mcr", "max_latency: 15ms, max_loss_rate: 0.01", """
            mcrs:
              - {name: mcr-mad, pop: MAD1, rate: 1Gbps, asn: 133937}
            vxcs:
              - {name: mve-mcr, a: mve-fra, b: mcr-mad, rate: 100Mbps, bgp: {peer_asn: 65000, peer_type: non_cloud}}
              - {name: mcr-aws, a: mcr-mad, b: aws-fra, rate: 100Mbps, cloud: {type: aws_hosted, vif: private, mtu: 1500B}, bgp: {peer_asn: 64512, peer_type: private_cloud, keepalive: 30s, hold: 90s}}
        """);

    private static readonly Lazy<OptionResult> Policed = new(() => RunSingle(PolicedVxc));
    private static readonly Lazy<OptionResult> Hairpin = new(() => RunSingle(FarEnd));

    private static OptionResult RunSingle(string yaml)
    {
        var scenario = ScenarioLoader.LoadText(yaml, "inline.yaml");
        return Assert.Single(ScenarioRunner.Run(scenario, new RunOptions(Jobs: 1)).Options);
    }

    private static FlowSummary Flow(OptionResult option, string name) => option.Flows.Single(f => f.Flow == name);

    [Fact]
    public void Voice_leaves_a_vxc_whose_policer_drops_backup_traffic_for_a_clean_internet_transport()
    {
        var option = Policed.Value;

        Assert.Contains("voice: now on inet", option.LookingGlass, StringComparison.Ordinal);
        var voice = Flow(option, "voice");
        Assert.True(voice.PacketsReceived > 1000, $"only {voice.PacketsReceived} voice packets measured");
        Assert.True(voice.LossRatio.Mean < 0.01, $"voice lost {voice.LossRatio.Mean:P2}, above its 1 % threshold");
        // The backup stays on the VXC, whose policer passes 100 of every 130 Mbit/s offered: 3/13 lost in the long run.
        // The policer's burst is a few packets against ~325,000 measured, so only the 1500-byte granularity and the
        // VXC's framing move the ratio, by well under a point.
        Assert.InRange(Flow(option, "backup").LossRatio.Mean, 3.0 / 13 - 0.01, 3.0 / 13 + 0.01);
    }

    [Fact]
    public void Voice_leaves_a_vxc_whose_far_end_is_near_but_whose_path_to_the_destination_breaks_its_latency_threshold()
    {
        var option = Hairpin.Value;

        Assert.Contains("voice: now on inet", option.LookingGlass, StringComparison.Ordinal);
        var voice = Flow(option, "voice");
        Assert.True(voice.PacketsReceived > 1000, $"only {voice.PacketsReceived} voice packets measured");
        Assert.Equal(0.0, voice.LossRatio.Mean, 6);
        Assert.True(voice.LatencyP50Ms.Mean < 15, $"voice p50 {voice.LatencyP50Ms.Mean:F3} ms, above its 15 ms threshold");
    }
}
