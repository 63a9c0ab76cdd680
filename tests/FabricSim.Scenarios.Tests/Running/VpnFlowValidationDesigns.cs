namespace FabricSim.Scenarios.Tests.Running;

/// <summary>IPsec VPN designs away from Sydney for checking the flow model against packet level: a metro VPN and long-haul ones.</summary>
internal static class VpnFlowValidationDesigns
{
    /// <summary>
    /// A Frankfurt office to AWS eu-central-1 over a Site-to-Site VPN (two tunnels, ECMP) on a 200 Mbit/s Internet
    /// service: four IMIX flows at about 80 % of the uplink once encrypted (its 1500-byte packets fragment), voice beside it, and
    /// traffic back from the cloud.
    /// </summary>
    public const string FrankfurtMetro = """
        name: frankfurt-vpn
        description: A Frankfurt office to AWS eu-central-1 over an IPsec VPN whose 200 Mbps Internet uplink is busy
        run: {duration: 6s, warmup: 1s, seed: 13, replications: 3}
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
                cipher: aes_gcm_256
                tunnels: 2
                internet_access: 200Mbps
                internet: {jitter: 1ms, loss_rate: 0.002, loss_burst: 2}
        traffic:
          - {name: business, from: fra-office, to: aws-fra, type: poisson, rate: 37.5Mbps, size: {distribution: imix}, count: 4}
          - {name: voice, from: fra-office, to: aws-fra, type: cbr, rate: 80kbps, packet_size: 200B, count: 10}
          - {name: downloads, from: aws-fra, to: fra-office, type: poisson, rate: 60Mbps, packet_size: 1400B}
        """;

    /// <summary>
    /// A São Paulo office to AWS us-east-1 over a VPN to a transit gateway (flows spread over both tunnels by ECMP)
    /// crossing the equator (about 7,600 km of great circle) with a
    /// lossy, jittery path: 5 ms mean queueing delay within a 60 ms bound and 1 % loss in bursts of 4, plus a congestion
    /// cycle peaking during the run; an Azure VPN from the same office to Brazil South shows the one-tunnel gateway, a jitter truncated by
    /// its buffer (2 ms mean within 20 ms) and a busy uplink shared by both VPNs.
    /// </summary>
    public const string SaoPauloLongHaul = """
        name: sao-paulo-vpn
        description: A São Paulo office to AWS us-east-1 and Azure Brazil South over IPsec VPNs on lossy Internet paths
        run: {duration: 6s, warmup: 1s, seed: 17, replications: 3}
        sites:
          - {name: gru-office, pop: GRU1, prefixes: [172.28.0.0/16]}
        clouds:
          - {name: aws-use1, provider: aws, region: us-east-1, prefixes: [10.70.0.0/16]}
          - {name: azure-brs, provider: azure, region: brazilsouth, prefixes: [10.80.0.0/16]}
        options:
          - name: vpn
            vpns:
              - name: vpn-us
                site: gru-office
                cloud: aws-use1
                cipher: aes_cbc_sha1
                nat_t: true
                gateway: transit_gateway
                tunnels: 2
                internet_access: 500Mbps
                internet:
                  jitter: 5ms
                  max_queueing_delay: 60ms
                  loss_rate: 0.01
                  loss_burst: 4
                  diurnal: {extra_delay: 20ms, extra_loss_rate: 0.01, peak_at: 30s, start_at: 25s, period: 60s}
              - name: vpn-brs
                site: gru-office
                cloud: azure-brs
                tunnels: 1
                internet_access: 500Mbps
                gateway_sku: VpnGw1
                internet: {jitter: 2ms, max_queueing_delay: 20ms, loss_rate: 0.001}
        traffic:
          - {name: orders, from: gru-office, to: aws-use1, type: poisson, rate: 40Mbps, size: {distribution: imix}, count: 3}
          - {name: voice, from: gru-office, to: aws-use1, type: cbr, rate: 80kbps, packet_size: 200B, count: 10}
          - {name: reports, from: aws-use1, to: gru-office, type: poisson, rate: 20Mbps, packet_size: 1400B}
          - {name: azure-app, from: gru-office, to: azure-brs, type: poisson, rate: 300Mbps, packet_size: 1300B}
        """;
}
