using FabricSim.Engine.Time;
using FabricSim.Network.Units;
using FabricSim.Scenarios.Catalogs;
using FabricSim.Scenarios.Generation;
using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Model;

namespace FabricSim.Scenarios.Tests.Running;

/// <summary>
/// Designs away from Sydney for checking the flow model against packet level: a queue near saturation, on/off bursts
/// beside Poisson traffic through an MCR and policers, equal-cost paths across Europe, and a generated dual hub.
/// </summary>
internal static class FlowValidationDesigns
{
    /// <summary>A shaped 100 Mbps VXC with a two-packet bucket loaded to 92 %: its queue, not distance, sets the tail.</summary>
    public const string LondonNearSaturation = """
        name: london-near-saturation
        description: A London data centre to AWS London over one shaped 100 Mbps VXC loaded to 92 %, with voice beside it
        run: {duration: 6s, warmup: 1s, seed: 5, replications: 3}
        sites:
          - {name: lon-dc, pop: LON1, prefixes: [172.16.0.0/16]}
        clouds:
          - {name: aws-lon, provider: aws, region: eu-west-2, prefixes: [10.10.0.0/16]}
        options:
          - name: shaped
            ports:
              - {name: lon-port, site: lon-dc, speed: 1Gbps}
            vxcs:
              - {name: lon-aws, a: lon-port, b: aws-lon, rate: 100Mbps, shaping: true, burst: 3000B, cloud: {type: aws_hosted}}
        traffic:
          - {name: bulk, from: lon-dc, to: aws-lon, type: poisson, rate: 90Mbps, packet_size: 1500B}
          - {name: voice, from: lon-dc, to: aws-lon, type: poisson, rate: 2Mbps, packet_size: 200B}
        """;

    /// <summary>Poisson at 90 % of a 500 Mbps policer beside Pareto on/off bursts (400 Mbps peak, half the time) through one MCR.</summary>
    public const string AshburnBursty = """
        name: ashburn-bursty
        description: An Ashburn data centre to AWS us-east-1 and Azure East US through one MCR, with on/off bursts and a policer near its rate
        run: {duration: 6s, warmup: 1s, seed: 9, replications: 3}
        sites:
          - {name: iad-dc, pop: IAD1, prefixes: [172.20.0.0/16]}
        clouds:
          - {name: aws-use1, provider: aws, region: us-east-1, prefixes: [10.40.0.0/16]}
          - {name: azure-eus, provider: azure, region: eastus, prefixes: [10.50.0.0/16]}
        options:
          - name: mcr
            ports:
              - {name: iad-port, site: iad-dc, speed: 1Gbps}
            mcrs:
              - {name: mcr-iad, pop: IAD1, rate: 1Gbps, asn: 133937}
            vxcs:
              - {name: dc-mcr, a: iad-port, b: mcr-iad, rate: 1Gbps}
              - {name: mcr-aws, a: mcr-iad, b: aws-use1, rate: 500Mbps, cloud: {type: aws_hosted}}
              - {name: mcr-azure, a: mcr-iad, b: azure-eus, rate: 500Mbps, cloud: {type: azure_expressroute}}
        traffic:
          - {name: app, from: iad-dc, to: aws-use1, type: poisson, rate: 450Mbps, packet_size: 1400B}
          - {name: bursts, from: iad-dc, to: azure-eus, type: onoff, rate: 400Mbps, on_mean: 20ms, off_mean: 20ms, packet_size: 1500B}
          - {name: voice, from: iad-dc, to: azure-eus, type: cbr, rate: 1Mbps, packet_size: 200B}
        """;

    /// <summary>
    /// Frankfurt and London sites behind MCRs in both cities, AWS eu-central-1 (one edge, maximum_paths 16 by default)
    /// and Azure West Europe over an MSEE pair (two edges, 4 paths): every cloud-to-site flow has two equal paths, 30
    /// and more ms apart across the Channel, and the Frankfurt router shares its flows to the clouds over both MCRs.
    /// Five flows per demand, so one demand's flows part ways.
    /// </summary>
    public const string EuropeEqualCost = """
        name: europe-equal-cost
        description: Frankfurt and London sites on MCRs in both cities, AWS Frankfurt and Azure West Europe on both, equal paths everywhere
        run: {duration: 4s, warmup: 1s, seed: 21, replications: 3}
        sites:
          - {name: fra-dc, pop: FRA1, prefixes: [172.16.0.0/16], maximum_paths: 2}
          - {name: lon-dc, pop: LON1, prefixes: [172.17.0.0/16]}
        clouds:
          - {name: aws-fra, provider: aws, region: eu-central-1, prefixes: [10.10.0.0/16]}
          - {name: azure-weu, provider: azure, region: westeurope, prefixes: [10.20.0.0/16]}
        options:
          - name: two-mcrs
            ports:
              - {name: fra-port, site: fra-dc, speed: 10Gbps}
              - {name: lon-port, site: lon-dc, speed: 10Gbps}
            mcrs:
              - {name: mcr-fra, pop: FRA1, rate: 5Gbps, asn: 64601}
              - {name: mcr-lon, pop: LON1, rate: 5Gbps, asn: 64602}
            vxcs:
              - {name: fra-mcr-fra, a: fra-port, b: mcr-fra, rate: 2Gbps}
              - {name: fra-mcr-lon, a: fra-port, b: mcr-lon, rate: 2Gbps}
              - {name: lon-mcr-fra, a: lon-port, b: mcr-fra, rate: 2Gbps}
              - {name: lon-mcr-lon, a: lon-port, b: mcr-lon, rate: 2Gbps}
              - {name: mcr-fra-aws, a: mcr-fra, b: aws-fra, rate: 1Gbps, cloud: {type: aws_hosted}}
              - {name: mcr-lon-aws, a: mcr-lon, b: aws-fra, rate: 1Gbps, cloud: {type: aws_hosted}}
              - {name: mcr-fra-azure, a: mcr-fra, b: azure-weu, rate: 1Gbps, cloud: {type: azure_expressroute, link: primary}}
              - {name: mcr-lon-azure, a: mcr-lon, b: azure-weu, rate: 1Gbps, cloud: {type: azure_expressroute, link: secondary}}
        traffic:
          - {name: aws-to-fra, from: aws-fra, to: fra-dc, type: poisson, rate: 40Mbps, packet_size: 1200B, count: 5}
          - {name: aws-to-lon, from: aws-fra, to: lon-dc, type: poisson, rate: 30Mbps, packet_size: 1200B, count: 5}
          - {name: azure-to-fra, from: azure-weu, to: fra-dc, type: poisson, rate: 40Mbps, packet_size: 1000B, count: 5}
          - {name: azure-to-lon, from: azure-weu, to: lon-dc, type: poisson, rate: 30Mbps, packet_size: 1000B, count: 5}
          - {name: fra-to-aws, from: fra-dc, to: aws-fra, type: poisson, rate: 40Mbps, packet_size: 1400B, count: 5}
          - {name: fra-to-azure, from: fra-dc, to: azure-weu, type: poisson, rate: 40Mbps, packet_size: 1400B, count: 5}
          - {name: lon-to-fra, from: lon-dc, to: fra-dc, type: poisson, rate: 20Mbps, packet_size: 1000B, count: 2}
        """;

    /// <summary>The generated dual hub of Johannesburg and Dubai MCRs whose AWS and Azure flows to sites differed at flow level.</summary>
    public static Scenario GeneratedDualHub() => ScenarioLoader.LoadText(FabricGenerator.Generate(
        new GeneratorSettings(6, [CloudProvider.Aws, CloudProvider.Azure, CloudProvider.Google], GeneratedTopology.DualHub,
            DataRate.FromGigabitsPerSecond(1), 0.5, 11) { Duration = SimTime.FromSeconds(3), Replications = 2 },
        Catalog.Default, "fabricsim generate (test)"), "dual-hub.yaml");
}
