namespace FabricSim.Scenarios.Tests.Running;

/// <summary>
/// Designs away from Sydney for checking the flow model against packet level: a queue near saturation, and on/off
/// bursts beside Poisson traffic through an MCR and policers.
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
}
