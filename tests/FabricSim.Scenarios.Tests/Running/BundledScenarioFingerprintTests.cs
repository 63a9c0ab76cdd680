using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using FabricSim.Engine.Time;
using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Results;
using FabricSim.Scenarios.Running;

namespace FabricSim.Scenarios.Tests.Running;

/// <summary>
/// Fingerprint test: a short run of the bundled SDCI-versus-IPsec scenario (BGP over VXCs, IPsec VPNs, TCP and
/// packet flows), and of the Direct Connect resiliency scenario (cloud edges at two DX locations, ECMP, a BGP VPN
/// backup), summarizes to exactly the same numbers as before. A change to how fabrics are assembled must leave
/// it alone; a deliberate change to the model changes it, and the new fingerprint goes here with the reason.
/// </summary>
public sealed class BundledScenarioFingerprintTests
{
    /// <summary>
    /// First recorded when the assembly moved from the scenario runner into the network library's builder (outputs of
    /// every bundled scenario byte-identical apart from the VXC rows then added to links.csv); re-recorded when private
    /// paths gained the catalog's fitted fixed end delay, and again when Internet paths took the calibrated
    /// base-delay model, bounded queueing delay and region entry; again when each MCR's rate limit gained a row among
    /// the links; and again when BFD packets left at a random phase with RFC 5880 jitter, the two ends of a session
    /// negotiated their BFD interval and the clouds' edges ran their own BGP timers and BFD settings; and again when
    /// VXC policers took the catalog's 10 ms burst and scenario TCP gained SACK; and again when each VPN's gateway and
    /// tunnels gained rows among the links (everything else byte-identical); and again when packet sources carried by BGP
    /// started once their route existed (within the warm-up) instead of at time zero.
    /// </summary>
    private const string Expected = "3CA7B3F29B4F874335C4D89179F2B0902D480ED58891DA1C5F2161C2709D812D";

    /// <summary>
    /// Recorded when the Direct Connect resiliency scenario was bundled: four designs over two DX locations and a VPN
    /// backup; re-recorded when packet sources carried by BGP started once their route existed; and again when each
    /// VXC rode its own port: in the maximum-resiliency design dx-1b and dx-2b had crossed port-1 and port-2 (the
    /// site router's first path to each PoP) and now cross port-1b and port-2b, which carry their sessions and the
    /// return traffic (the other designs have one port per PoP and are unchanged).
    /// </summary>
    private const string ExpectedDxResiliency = "F3C06209ECB46CA1A466D4E03AF5700822EE23CD3277106069DB986EDA87F14B";

    /// <summary>
    /// Recorded when the Frankfurt scenario imported from Terraform was bundled: Oracle FastConnect through an MCR, and
    /// AWS over a Site-to-Site VPN on a transit gateway or over a transit VIF through a Direct Connect gateway.
    /// </summary>
    private const string ExpectedFrankfurt = "33697D071F83EF6FC6E0222555385B8FBAD866F8B7E51D9824DB5DCD47D205CD";

    [Theory]
    [InlineData("sdci-vs-ipsec", Expected)]
    [InlineData("dx-resiliency", ExpectedDxResiliency)]
    [InlineData("frankfurt-vpn-to-dx-gateway", ExpectedFrankfurt)]
    public void A_short_run_of_a_bundled_scenario_summarizes_to_the_recorded_fingerprint(string name, string expected)
    {
        var scenario = ScenarioLoader.Load(Path.Combine(RepositoryFiles.ScenariosFolder, name + ".yaml"));

        var result = Simulation.Run(scenario, new RunOptions(Replications: 1, Jobs: 1, Duration: SimTime.FromSeconds(3)));

        string fingerprint = Fingerprint(result);
        Assert.True(fingerprint == expected, $"fingerprint {fingerprint}, recorded {expected}");
    }

    private static string Fingerprint(ScenarioResult result)
    {
        var text = new StringBuilder();
        var invariant = CultureInfo.InvariantCulture;
        foreach (var option in result.Options)
        {
            foreach (var f in option.Flows)
            {
                text.Append(invariant, $"{option.Name}|{f.Flow}|{f.PacketsSent}|{f.PacketsReceived}|{f.ThroughputBitsPerSecond.Mean:R}|")
                    .Append(invariant, $"{f.LatencyMeanMs.Mean:R}|{f.LatencyP99Ms.Mean:R}|{f.LossRatio.Mean:R}|{f.OutageSeconds.Mean:R}\n");
            }
            foreach (var l in option.Links)
            {
                text.Append(invariant, $"{option.Name}|{l.Link}|{l.From}|{l.To}|{l.PacketsForwarded}|{l.PacketsDropped}|{l.Utilization.Mean:R}\n");
            }
            text.Append(option.LookingGlass);
        }
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
