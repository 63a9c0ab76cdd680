namespace FabricSim.Scenarios.Tests.Running;

/// <summary>Cloud-to-cloud designs: a metro pair in London and a long-haul pair from Virginia to Singapore.</summary>
internal static class CloudVpnDesigns
{
    /// <summary>
    /// AWS eu-west-2 and Azure uksouth (both regions in London) joined through an MCR at LON1 or by an IPsec VPN between
    /// the AWS virtual private gateway and an active-active Azure VpnGw1 (four tunnels, as Microsoft's guide builds it).
    /// @RATE is AWS's send rate, @PATH the VPN's Internet path, @REQUIREMENTS the requirements block.
    /// </summary>
    public const string London = """
        name: london-cloud-to-cloud
        run: {duration: 3s, warmup: 500ms, seed: 5, replications: 3}
        sites:
          - {name: lon-dc, pop: LON1, prefixes: [192.168.0.0/16]}
        clouds:
          - {name: aws-lon, provider: aws, region: eu-west-2, prefixes: [10.10.0.0/16]}
          - {name: azure-uks, provider: azure, region: uksouth, prefixes: [10.20.0.0/16]}
        options:
          - name: mcr
            mcrs:
              - {name: mcr-lon, pop: LON1, rate: 1Gbps}
            vxcs:
              - {name: mcr-aws, a: mcr-lon, b: aws-lon, rate: 500Mbps}
              - {name: mcr-azure, a: mcr-lon, b: azure-uks, rate: 500Mbps}
          - name: vpn
            cloud_vpns:
              - {name: aws-azure, a: aws-lon, b: azure-uks, tunnels: 4, b_gateway_sku: VpnGw1, internet: @PATH}
        traffic:
          - {name: aws-to-azure, from: aws-lon, to: azure-uks, type: poisson, rate: @RATE, packet_size: 1200B}
          - {name: azure-to-aws, from: azure-uks, to: aws-lon, type: poisson, rate: 20Mbps, packet_size: 1200B}
        @REQUIREMENTS
        """;

    public static string LondonWith(string rate = "300Mbps", string path = "{jitter: 0s, loss_rate: 0}", string requirements = "") =>
        London.Replace("@RATE", rate, StringComparison.Ordinal).Replace("@PATH", path, StringComparison.Ordinal)
            .Replace("@REQUIREMENTS", requirements, StringComparison.Ordinal);

    /// <summary>
    /// AWS us-east-1 to Google asia-southeast1 (about 15,500 km of great circle) over HA VPN's four tunnels to an AWS
    /// gateway (@GATEWAY: virtual_private_gateway or transit_gateway); @TRAFFIC is the traffic block.
    /// </summary>
    public const string VirginiaSingapore = """
        name: virginia-singapore
        run: {duration: 2s, warmup: 500ms, seed: 7, replications: 3}
        sites:
          - {name: iad-dc, pop: IAD1, prefixes: [192.168.0.0/16]}
        clouds:
          - {name: aws-use1, provider: aws, region: us-east-1, prefixes: [10.30.0.0/16]}
          - {name: gcp-sin, provider: google, region: asia-southeast1, prefixes: [10.40.0.0/16]}
        options:
          - name: vpn
            cloud_vpns:
              - {name: aws-gcp, a: aws-use1, b: gcp-sin, tunnels: 4, a_gateway: @GATEWAY, internet: @PATH}
        @TRAFFIC
        """;

    public static string VirginiaSingaporeWith(string traffic, string gateway = "virtual_private_gateway", string path = "{jitter: 0s, loss_rate: 0}") =>
        VirginiaSingapore.Replace("@GATEWAY", gateway, StringComparison.Ordinal).Replace("@PATH", path, StringComparison.Ordinal)
            .Replace("@TRAFFIC", traffic, StringComparison.Ordinal);
}
