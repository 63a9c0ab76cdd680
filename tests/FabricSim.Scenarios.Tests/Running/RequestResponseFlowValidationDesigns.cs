using System.Globalization;

namespace FabricSim.Scenarios.Tests.Running;

/// <summary>
/// Designs for checking the flow level's request/response model against packet level: a site behind a 1 Gbit/s port
/// and an MCR, exchanges whose responses are 1, 3, 10 and 44 segments (one with a 3-segment request) beside Poisson
/// traffic and voice towards the site, so the port's queue towards the site is shared at a chosen load; and a VPN over
/// a lossy Internet path for loss per message.
/// </summary>
internal static class RequestResponseFlowValidationDesigns
{
    /// <summary>
    /// Load on the port's direction towards the site: the exchanges' responses (60, 72, 120 and 264 Mbit/s of segments
    /// at load 0.7: 0.74 of it) and 184 Mbit/s of 1,500 B Poisson packets, all scaled with the load, and 1 Mbit/s of voice.
    /// </summary>
    /// <param name="pop">The site's PoP (the MCR's too).</param>
    /// <param name="region">The AWS region, reached over a VXC from the MCR.</param>
    public static string ThroughMcr(string name, string pop, string region, double load)
    {
        double scale = load / 0.7;
        string Interval(double ms) => string.Create(CultureInfo.InvariantCulture, $"{Math.Round(ms / scale * 1000)}us");
        string background = string.Create(CultureInfo.InvariantCulture, $"{Math.Round(184 * scale)}Mbps");
        return $$"""
            name: {{name}}
            description: A data centre at {{pop}} to AWS {{region}} through an MCR, request/response exchanges sharing the port towards the site at load {{load.ToString(CultureInfo.InvariantCulture)}}
            run: {duration: 4s, warmup: 500ms, seed: 23, replications: 3}
            sites:
              - {name: dc, pop: {{pop}}, prefixes: [172.16.0.0/16]}
            clouds:
              - {name: aws, provider: aws, region: {{region}}, prefixes: [10.10.0.0/16]}
            options:
              - name: mcr
                ports:
                  - {name: dc-port, site: dc, speed: 1Gbps}
                mcrs:
                  - {name: mcr, pop: {{pop}}, rate: 5Gbps, asn: 133937}
                vxcs:
                  - {name: dc-mcr, a: dc-port, b: mcr, rate: 1Gbps}
                  - {name: mcr-aws, a: mcr, b: aws, rate: 2Gbps, cloud: {type: aws_hosted} }
            traffic:
              - {name: r1, from: dc, to: aws, type: request_response, request_size: 400B, response_size: 1460B, interval: {{Interval(0.2)}}}
              - {name: r3, from: dc, to: aws, type: request_response, request_size: 400B, response_size: 4380B, interval: {{Interval(0.5)}}}
              - {name: r10, from: dc, to: aws, type: request_response, request_size: 4000B, response_size: 14600B, interval: {{Interval(1)}}}
              - {name: r44, from: dc, to: aws, type: request_response, request_size: 400B, response_size: 64240B, interval: {{Interval(2)}}}
              - {name: other, from: aws, to: dc, type: poisson, rate: {{background}}, packet_size: 1500B}
              - {name: voice, from: aws, to: dc, type: poisson, rate: 1Mbps, packet_size: 200B}
            """;
    }

    /// <summary>
    /// Uploads between two sites through an MCR: a Sydney site sends 44-segment requests (264 Mbit/s) to a Melbourne site,
    /// whose port also carries Poisson traffic from AWS, 70 % in all. The uploads are a batch at the Sydney port and
    /// leave it one 1 Gbit/s transmission apart, so the Melbourne port, as fast, sees them one segment at a time.
    /// </summary>
    public const string SpacedUploads = """
        name: spaced-uploads
        description: Uploads from Sydney to Melbourne through an MCR, spaced by the Sydney port, sharing the Melbourne port at 70 %
        run: {duration: 4s, warmup: 500ms, seed: 31, replications: 3}
        sites:
          - {name: syd-dc, pop: SYD1, prefixes: [172.16.0.0/16]}
          - {name: mel-dc, pop: MEL1, prefixes: [172.17.0.0/16]}
        clouds:
          - {name: aws, provider: aws, region: ap-southeast-2, prefixes: [10.10.0.0/16]}
        options:
          - name: mcr
            ports:
              - {name: syd-port, site: syd-dc, speed: 1Gbps}
              - {name: mel-port, site: mel-dc, speed: 1Gbps}
            mcrs:
              - {name: mcr, pop: SYD1, rate: 5Gbps, asn: 133937}
            vxcs:
              - {name: syd-mcr, a: syd-port, b: mcr, rate: 1Gbps}
              - {name: mel-mcr, a: mel-port, b: mcr, rate: 1Gbps}
              - {name: mcr-aws, a: mcr, b: aws, rate: 2Gbps, cloud: {type: aws_hosted}}
        traffic:
          - {name: upload, from: syd-dc, to: mel-dc, type: request_response, request_size: 64240B, response_size: 400B, interval: 2ms}
          - {name: other, from: aws, to: mel-dc, type: poisson, rate: 436Mbps, packet_size: 1500B}
        """;

    /// <summary>
    /// A Frankfurt office to AWS eu-central-1 over an IPsec VPN whose Internet path loses 1 % in bursts of 2: exchanges
    /// of 1, 3, 10 and 44 segments at the clamped MSS (1,379 B), lightly loaded, so loss per message is the path's.
    /// </summary>
    public const string LossyVpn = """
        name: lossy-vpn-exchanges
        description: A Frankfurt office to AWS eu-central-1 over an IPsec VPN losing 1 % of packets in bursts of 2
        run: {duration: 12s, warmup: 500ms, seed: 29, replications: 3}
        sites:
          - {name: fra-office, pop: FRA1, prefixes: [172.24.0.0/16]}
        clouds:
          - {name: aws-fra, provider: aws, region: eu-central-1, prefixes: [10.60.0.0/16]}
        options:
          - name: vpn
            vpns:
              - name: vpn-fra
                site: fra-office
                cloud: aws-fra
                tunnels: 2
                internet_access: 500Mbps
                internet: {jitter: 1ms, loss_rate: 0.01, loss_burst: 2}
        traffic:
          - {name: r1, from: fra-office, to: aws-fra, type: request_response, request_size: 400B, response_size: 1379B, interval: 1ms}
          - {name: r3, from: fra-office, to: aws-fra, type: request_response, request_size: 400B, response_size: 4137B, interval: 2ms}
          - {name: r10, from: fra-office, to: aws-fra, type: request_response, request_size: 400B, response_size: 13790B, interval: 4ms}
          - {name: r44, from: fra-office, to: aws-fra, type: request_response, request_size: 400B, response_size: 60676B, interval: 8ms}
        """;
}
