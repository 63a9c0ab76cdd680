namespace FabricSim.Scenarios.Tests.Resilience;

/// <summary>
/// A data centre with two ports at one PoP, each with a VXC to AWS: the "redundant" design whose six elements (two
/// ports, two VXCs, AWS's edge, the PoP) are few enough to count every failure set by hand.
/// </summary>
internal static class TwoPortScenario
{
    /// <summary>A data centre in Sydney and AWS Sydney, shared by the resilience tests' small fabrics.</summary>
    public const string SydneyToAws = """
        run: {duration: 2s, warmup: 500ms, seed: 3, replications: 1}
        sites:
          - {name: dc, pop: SYD1, prefixes: [192.168.0.0/16]}
        clouds:
          - {name: aws-syd, provider: aws, region: ap-southeast-2, prefixes: [10.10.0.0/16]}

        """;

    public const string Template = "name: two-ports\n" + SydneyToAws + """
        options:
          - name: redundant
            ports:
              - {name: p1, site: dc, speed: 10Gbps ZONE1}
              - {name: p2, site: dc, speed: 10Gbps ZONE2}
            vxcs:
              - {name: v1, a: p1, b: aws-syd, rate: 500Mbps, cloud: {type: aws_hosted}, bgp: {peer_type: private_cloud, BGP1}}
              - {name: v2, a: p2, b: aws-syd, rate: 300Mbps, cloud: {type: aws_hosted}, bgp: {peer_type: private_cloud, local_preference: 90}}
        traffic:
          - {name: a, from: dc, to: aws-syd, type: cbr, rate: 200Mbps, packet_size: 1000B}
          - {name: b, from: dc, to: aws-syd, type: cbr, rate: 200Mbps, packet_size: 1000B}
        """;

    /// <summary>The same with the second port and its VXC taken out: p1, v1, AWS's edge and SYD1 in series.</summary>
    public static string SinglePort(string extra) =>
        Text(extra: extra)
            .Replace("      - {name: v2, a: p2, b: aws-syd, rate: 300Mbps, cloud: {type: aws_hosted}, bgp: {peer_type: private_cloud, local_preference: 90}}\n", "", StringComparison.Ordinal)
            .Replace("      - {name: p2, site: dc, speed: 10Gbps}\n", "", StringComparison.Ordinal);

    /// <summary>A resilience block giving each named element the same MTBF and MTTR.</summary>
    public static string Reliability(IEnumerable<string> elements, string mtbf, string mttr = "1h") =>
        "\nresilience:\n  reliability:\n" + string.Concat(elements.Select(e => $"    - {{element: {e}, mtbf: {mtbf}, mttr: {mttr}}}\n"));

    /// <param name="zone1">Keys after p1's speed, e.g. ", diversity_zone: red".</param>
    /// <param name="bgp1">Keys of v1's session, e.g. "bfd: true".</param>
    public static string Text(string zone1 = "", string zone2 = "", string bgp1 = "keepalive: 20s, hold: 60s", string extra = "") =>
        Template.Replace(" ZONE1}", zone1 + "}", StringComparison.Ordinal)
            .Replace(" ZONE2}", zone2 + "}", StringComparison.Ordinal)
            .Replace("BGP1", bgp1, StringComparison.Ordinal) + extra;
}
