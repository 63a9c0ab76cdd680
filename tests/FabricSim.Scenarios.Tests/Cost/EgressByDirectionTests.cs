using FabricSim.Network.Units;
using FabricSim.Scenarios.Cost;
using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Model;

namespace FabricSim.Scenarios.Tests.Cost;

/// <summary>
/// Egress is billed by where bytes go, at the price of the path they leave by, with the provider's volume slices
/// applied to the month's total. Every figure is computed by hand from scenarios/catalog/prices.yaml:
/// GB per month = bit/s × 730 h × 3600 s / 8e9; 1 TB = 1024 GB in the slices.
/// </summary>
public sealed class EgressByDirectionTests
{
    private static Scenario Frankfurt(string options, string traffic, string onRamp = "") => ScenarioLoader.LoadText($$"""
        name: egress
        run: {duration: 2s, warmup: 200ms, replications: 2, seed: 3}
        sites:
          - {name: fra-dc, pop: FRA1, prefixes: [172.16.0.0/16]}
        clouds:
          - {name: aws-fra, provider: aws, region: eu-central-1, prefixes: [10.10.0.0/16]{{onRamp}}}
        options:
        {{options}}
        traffic:
        {{traffic}}
        """, "egress.yaml");

    /// <summary>The first option's bill for a month of the scenario's declared demands.</summary>
    private static IReadOnlyList<FabricSim.Scenarios.Results.CostLine> Bill(Scenario scenario) =>
        CostModel.Monthly(scenario, scenario.Options[0], MonthlyDemand.Rates(scenario, new Dictionary<string, DataRate>()));

    private const string Dx = """
          - name: dx
            ports: [{name: p, site: fra-dc, speed: 10Gbps}]
            vxcs: [{name: v, a: p, b: aws-fra, rate: 1Gbps, cloud: {type: aws_hosted}}]
        """;

    private const string Vpn = """
          - name: vpn
            vpns: [{name: t, site: fra-dc, cloud: aws-fra, internet_access: 1Gbps}]
        """;

    private const string Pull =
        "  - {name: pull, from: fra-dc, to: aws-fra, type: tcp_request_response, request_size: 1KB, response_size: 1MB, interval: 50ms}";

    [Theory]
    // 1 MB every 50 ms = 160 Mbit/s out of AWS: 1.6e8 × 730 × 3600 / 8e9 = 52,560 GB/month.
    // Over DX: × 0.02 USD/GB (DX default) = 1,051.20.
    [InlineData(Dx, 1_051.20)]
    // Over the Internet, by slices: 10,240 × 0.09 + 40,960 × 0.085 + (52,560 − 51,200) × 0.07 = 921.60 + 3,481.60 + 95.20 = 4,498.40.
    [InlineData(Vpn, 4_498.40)]
    public void A_site_pulling_responses_from_a_cloud_pays_for_the_responses(string option, double usd)
    {
        var lines = Bill(Frankfurt(option, Pull));

        // The 1 KB requests go into AWS, which is free: no line for them.
        var transfer = Assert.Single(lines, l => l.Category == "data_transfer");
        Assert.Equal(52_560, transfer.Quantity, 6);
        Assert.Equal(usd, transfer.MonthlyUsd);
        Assert.Equal("pull", transfer.Demand);
        Assert.Equal("aws-fra>fra-dc", transfer.Direction);
    }

    [Fact]
    public void Two_gigabits_out_of_aws_to_the_internet_cost_the_published_slices_not_the_first_slice()
    {
        var scenario = Frankfurt(Vpn,
            "  - {name: a, from: aws-fra, to: fra-dc, type: poisson, rate: 1Gbps}\n  - {name: b, from: aws-fra, to: fra-dc, type: cbr, rate: 1Gbps}");

        var lines = Bill(scenario);

        // 2 Gbit/s = 657,000 GB/month in all (not 59,130 USD at 0.09 for all of it):
        // 10,240 × 0.09 + 40,960 × 0.085 + 102,400 × 0.07 + (657,000 − 153,600) × 0.05
        // = 921.60 + 3,481.60 + 7,168.00 + 25,170.00 = 36,741.20, shared by the two demands of 328,500 GB each.
        var transfers = lines.Where(l => l.Category == "data_transfer").ToList();
        Assert.Equal(["a", "b"], transfers.Select(l => l.Demand));
        Assert.All(transfers, l => Assert.Equal(328_500, l.Quantity, 6));
        Assert.Equal(36_741.20, Math.Round(transfers.Sum(l => l.MonthlyUsd), 2));
    }

    [Fact]
    public void A_cloud_that_starts_the_exchange_pays_for_its_requests_and_not_for_the_responses_it_receives()
    {
        var scenario = Frankfurt(Dx,
            "  - {name: push, from: aws-fra, to: fra-dc, type: request_response, request_size: 1000B, response_size: 100B, interval: 1ms}");

        var lines = Bill(scenario);

        // Requests 1000 B every 1 ms = 8 Mbit/s out of AWS: 8e6 × 730 × 3600 / 8e9 = 2,628 GB × 0.02 = 52.56; responses enter AWS free.
        var transfer = Assert.Single(lines, l => l.Category == "data_transfer");
        Assert.Equal(2_628, transfer.Quantity, 6);
        Assert.Equal(52.56, transfer.MonthlyUsd);
        Assert.Equal("aws-fra>fra-dc", transfer.Direction);
    }

    [Fact]
    public void Dx_data_out_is_priced_by_region_and_connection_location()
    {
        var scenario = Frankfurt("""
              - name: dx
                ports: [{name: p, site: fra-dc, speed: 10Gbps}]
                vxcs: [{name: v, a: p, b: aws-fra, rate: 1Gbps, cloud: {type: aws_hosted}}]
            """, "  - {name: down, from: aws-fra, to: fra-dc, type: cbr, rate: 100Mbps}", ", on_ramp: YYZ1");

        var lines = Bill(scenario);

        // Frankfurt region to a North American DX location: 0.03 USD/GB, not the region's 0.02.
        // 1e8 × 730 × 3600 / 8e9 = 32,850 GB × 0.03 = 985.50.
        var transfer = Assert.Single(lines, l => l.Category == "data_transfer");
        Assert.Equal(0.03, transfer.UnitPriceUsd);
        Assert.Equal(985.50, transfer.MonthlyUsd);
    }

    [Fact]
    public void A_tcp_transfer_out_of_a_cloud_is_billed_and_its_acknowledgements_into_it_are_not()
    {
        var scenario = Frankfurt(Dx, "  - {name: up, from: fra-dc, to: aws-fra, type: tcp_bulk, rate: 100Mbps, mss: 1460B}");

        var volumes = MonthlyDemand.Rates(scenario, new Dictionary<string, DataRate>());
        var lines = CostModel.Monthly(scenario, scenario.Options[0], volumes);

        // The data enter AWS free; acknowledgements (40 B per two 1460 B segments: 1e8 × 40 / 2920 = 1,369,863 bit/s) leave it.
        Assert.Equal(1_369_863, volumes["up"].Reverse.BitsPerSecond);
        var transfer = Assert.Single(lines, l => l.Category == "data_transfer");
        Assert.Equal("aws-fra>fra-dc", transfer.Direction);
        // 1,369,863 × 730 × 3600 / 8e9 = 449.9999955 GB × 0.02 = 9.00.
        Assert.Equal(9.00, transfer.MonthlyUsd);
    }
}
