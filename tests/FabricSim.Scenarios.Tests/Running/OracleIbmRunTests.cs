using FabricSim.Scenarios.Catalogs;
using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Model;
using FabricSim.Scenarios.Results;
using FabricSim.Scenarios.Running;

namespace FabricSim.Scenarios.Tests.Running;

/// <summary>
/// A London data centre reaches Oracle us-ashburn-1 and IBM us-east across the Atlantic, through one MCR, beside AWS
/// us-east-1 on the same on-ramp (IAD1) as the reference: the three paths differ only in the leg from the on-ramp's
/// edge to the region, so the difference of their mean one-way delays is the difference of those legs, great-circle
/// km × 1.5 (the catalog's metro route factor) / 204,000 km/s. Constant-rate packets at 0.1 % load, the flows started
/// 100 µs apart so that no packet waits behind another's, see the same delay each: the mean is exact to the clock.
/// </summary>
public sealed class OracleIbmRunTests
{
    private const string Transatlantic = """
        name: oracle-ibm-transatlantic
        run: {duration: 3s, warmup: 1s, seed: 5, replications: 1}
        sites:
          - {name: dc, pop: LON1, prefixes: [172.16.0.0/16]}
        clouds:
          - {name: aws, provider: aws, region: us-east-1, prefixes: [10.10.0.0/16], maximum_paths: 1}
          - {name: oci, provider: oracle, region: us-ashburn-1, prefixes: [10.40.0.0/16]}
          - {name: ibm, provider: ibm, region: us-east, prefixes: [10.50.0.0/16]}
        options:
          - name: mcr
            ports: [{name: dc-port, site: dc, speed: 10Gbps}]
            mcrs: [{name: mcr, pop: LON1, rate: 5Gbps}]
            vxcs:
              - {name: dc-mcr, a: dc-port, b: mcr, rate: 2Gbps}
              - {name: to-aws, a: mcr, b: aws, rate: 1Gbps, cloud: {type: aws_hosted}}
              - {name: to-oci, a: mcr, b: oci, rate: 1Gbps, cloud: {type: oracle_fastconnect}}
              - {name: to-ibm, a: mcr, b: ibm, rate: 1Gbps, cloud: {type: ibm_direct_link}}
        traffic:
          - {name: aws-up, from: dc, to: aws, type: cbr, rate: 1Mbps, packet_size: 1000B}
          - {name: oci-up, from: dc, to: oci, type: cbr, rate: 1Mbps, packet_size: 1000B, start: 1100us}
          - {name: ibm-up, from: dc, to: ibm, type: cbr, rate: 1Mbps, packet_size: 1000B, start: 1200us}
          - {name: oci-down, from: oci, to: dc, type: cbr, rate: DOWNLOAD, packet_size: 1000B}
        """;

    private const double MetroRouteFactor = 1.5;
    private const double FibreKmPerSecond = 204_000;

    /// <summary>The mean latency is exact to the clock, printed in milliseconds: a microsecond is ample.</summary>
    private const double ToleranceMs = 0.001;

    private static OptionResult Run(string download) => Simulation.Run(
        ScenarioLoader.LoadText(Transatlantic.Replace("DOWNLOAD", download, StringComparison.Ordinal), "oracle-ibm.yaml", Catalog.Default),
        new RunOptions(Replications: 1, Jobs: 1)).Options.Single();

    private static double LegMs(CloudProvider provider, string region)
    {
        var catalog = Catalog.Default;
        var onRamp = catalog.Pops.Single(p => p.Code == "IAD1").Location;
        double km = onRamp.DistanceKm(catalog.FindRegion(provider, region)!.Location);
        return km * MetroRouteFactor / FibreKmPerSecond * 1000;
    }

    [Fact]
    public void Each_cloud_is_reached_with_the_propagation_from_its_on_ramp_to_its_region()
    {
        var option = Run("10Mbps");
        double Mean(string flow) => option.Flows.Single(f => f.Flow == flow).LatencyMeanMs.Mean;

        double aws = LegMs(CloudProvider.Aws, "us-east-1");
        double oracle = LegMs(CloudProvider.Oracle, "us-ashburn-1");
        double ibm = LegMs(CloudProvider.Ibm, "us-east");
        // IBM's Washington DC region lies about 42 km from the Ashburn on-ramp, Oracle's region at the on-ramp's metro.
        Assert.InRange(ibm, 0.25, 0.35);
        Assert.InRange(Mean("oci-up") - Mean("aws-up"), oracle - aws - ToleranceMs, oracle - aws + ToleranceMs);
        Assert.InRange(Mean("ibm-up") - Mean("aws-up"), ibm - aws - ToleranceMs, ibm - aws + ToleranceMs);
        // Nothing is lost on the way in either direction, and the Atlantic is crossed: well over 30 ms one way.
        Assert.All(option.Flows, f => Assert.Equal(0, f.LossRatio.Mean));
        Assert.All(option.Flows, f => Assert.True(f.LatencyMeanMs.Mean > 30, $"{f.Flow}: {f.LatencyMeanMs.Mean} ms"));
    }

    [Fact]
    public void Bgp_comes_up_with_oracle_31898_and_ibm_13884_and_the_mcr_learns_both_regions()
    {
        var option = Run("10Mbps");
        var headers = option.LookingGlass.Split('\n').Where(l => l.Contains("(AS ", StringComparison.Ordinal)).ToList();
        Assert.Contains(headers, h => h.StartsWith("oci-edge (AS 31898,", StringComparison.Ordinal));
        Assert.Contains(headers, h => h.StartsWith("ibm-edge (AS 13884,", StringComparison.Ordinal));
        var tables = option.LookingGlass.Split("\n\n").ToDictionary(t => t.TrimStart().Split(' ')[0], t => t);
        Assert.Contains("*> 10.40.0.0/16", tables["mcr"], StringComparison.Ordinal);
        Assert.Contains("*> 10.50.0.0/16", tables["mcr"], StringComparison.Ordinal);
    }

    /// <summary>
    /// Oracle bills a partner FastConnect by port-hour of the bandwidth ordered (1 Gbps: 0.2125 USD/h, 730 h a month)
    /// and charges nothing for data over FastConnect, below or above the 10 TB a month that its Internet egress gives
    /// free; unmetered IBM Direct Link Connect is a monthly charge with its data included.
    /// </summary>
    [Theory]
    [InlineData("10Mbps", 3285.0)]
    [InlineData("50Mbps", 16425.0)]
    public void Cost_bills_the_ports_by_the_hour_and_no_fastconnect_data_under_or_over_oracle_free_internet_tier(string download, double gigabytes)
    {
        var option = Run(download);
        const double FreeInternetTierGigabytes = 10 * 1024;
        Assert.Equal(gigabytes > FreeInternetTierGigabytes, download == "50Mbps");

        var port = Assert.Single(option.Cost, c => c.Item.StartsWith("Oracle FastConnect to-oci", StringComparison.Ordinal));
        Assert.Equal(730, port.Quantity);
        Assert.Equal(0.2125, port.UnitPriceUsd);
        Assert.Equal(155.13, port.MonthlyUsd);
        var transfer = Assert.Single(option.Cost, c => c.Category == "data_transfer" && c.Item.StartsWith("oci-down", StringComparison.Ordinal));
        // Mbit/s × 730 h × 3600 s / 8,000 Mbit per GB.
        Assert.Equal(gigabytes, transfer.Quantity, 6);
        Assert.Equal(0, transfer.MonthlyUsd);
        Assert.Contains("oracle.com/cloud/networking/fastconnect/faq", transfer.Source, StringComparison.Ordinal);

        var ibm = Assert.Single(option.Cost, c => c.Item.StartsWith("IBM Direct Link Connect to-ibm 1Gbps local routing", StringComparison.Ordinal));
        Assert.Equal(1000, ibm.MonthlyUsd);
    }
}
