using System.Globalization;
using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Running;

namespace FabricSim.Scenarios.Tests.Running;

/// <summary>
/// The main economic case for a private connection: a site pulling data out of a cloud pays less per GB over Direct
/// Connect than over the Internet, so past some monthly volume the DX design is cheaper despite its fixed charges.
/// </summary>
public sealed class EgressBreakEvenRunTests
{
    private const double Hours = 730;
    private const double Interval = 0.05;

    private static string Scenario(long responseBytes) => $$$"""
        name: pull
        run: {duration: 1500ms, warmup: 300ms, replications: 1, seed: 11}
        sites:
          - {name: fra-dc, pop: FRA1, prefixes: [172.16.0.0/16]}
        clouds:
          - {name: aws-fra, provider: aws, region: eu-central-1, prefixes: [10.10.0.0/16]}
        options:
          - name: dx
            ports: [{name: p, site: fra-dc, speed: 1Gbps}]
            vxcs: [{name: v, a: p, b: aws-fra, rate: 500Mbps, cloud: {type: aws_hosted}}]
          - name: vpn
            vpns: [{name: t, site: fra-dc, cloud: aws-fra, internet_access: 1Gbps}]
        traffic:
          - {name: pull, from: fra-dc, to: aws-fra, type: tcp_request_response, request_size: 1KB, response_size: {{{responseBytes.ToString(CultureInfo.InvariantCulture)}}}B, interval: 50ms}
        """;

    /// <summary>AWS Internet egress out of a US/EU region by the month's slices (prices.yaml, 1 TB = 1024 GB).</summary>
    private static double InternetEgressUsd(double gigabytes)
    {
        (double upTo, double price)[] slices = [(10_240, 0.09), (51_200, 0.085), (153_600, 0.07), (double.MaxValue, 0.05)];
        double usd = 0, below = 0;
        foreach (var (upTo, price) in slices)
        {
            usd += Math.Max(0, Math.Min(gigabytes, upTo) - below) * price;
            below = upTo;
        }
        return usd;
    }

    private static long ResponseBytesFor(double gigabytesPerMonth) =>
        (long)Math.Round(gigabytesPerMonth * 8e9 / (Hours * 3600) * Interval / 8);

    [Fact]
    public void Pulling_data_from_a_cloud_makes_dx_cheaper_than_vpn_past_the_break_even_volume()
    {
        // The fixed charges of each design, read from a bill with traffic; the data-transfer part is computed here.
        var probe = Simulation.Run(ScenarioLoader.LoadText(Scenario(10_000), "pull.yaml"), new RunOptions(Jobs: 1));
        double Fixed(string option) => probe.Options.Single(o => o.Name == option).Cost.Where(l => l.Category != "data_transfer").Sum(l => l.MonthlyUsd);
        double fixedDx = Fixed("dx"), fixedVpn = Fixed("vpn");
        Assert.True(fixedDx > fixedVpn, "the private design has the larger fixed charges");
        // Break-even V (GB/month): fixedDx + 0.02 V = fixedVpn + internet(V); the difference grows with V, so bisect.
        double low = 0, high = 1e7;
        for (int i = 0; i < 200; i++)
        {
            double mid = (low + high) / 2;
            if (fixedDx + 0.02 * mid > fixedVpn + InternetEgressUsd(mid))
            {
                low = mid;
            }
            else
            {
                high = mid;
            }
        }
        double breakEven = low;

        foreach (var (factor, dxCheaper) in new[] { (0.5, false), (2.0, true) })
        {
            var result = Simulation.Run(ScenarioLoader.LoadText(Scenario(ResponseBytesFor(breakEven * factor)), "pull.yaml"), new RunOptions(Jobs: 1));

            var dx = result.Options.Single(o => o.Name == "dx");
            var vpn = result.Options.Single(o => o.Name == "vpn");
            Assert.All(result.Options, o => Assert.True(o.Flows.Single().PacketsReceived > 0, $"{o.Name} delivered no responses"));
            Assert.True(dx.MonthlyCostUsd < vpn.MonthlyCostUsd == dxCheaper,
                $"at {breakEven * factor:F0} GB/month (break-even {breakEven:F0}): dx {dx.MonthlyCostUsd:F2}, vpn {vpn.MonthlyCostUsd:F2} USD");
            // Each design bills the responses leaving AWS, one line naming the demand and its direction.
            Assert.All(result.Options, o => Assert.Equal("aws-fra>fra-dc", o.Cost.Single(l => l.Category == "data_transfer").Direction));
        }
    }
}
