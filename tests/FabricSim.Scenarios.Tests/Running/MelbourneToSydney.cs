namespace FabricSim.Scenarios.Tests.Running;

/// <summary>
/// The small design several runner tests share: a Melbourne data centre with one port and one VXC to AWS Sydney.
/// Each test supplies what it is about: run settings, the port and VXC, its traffic and failures.
/// </summary>
internal static class MelbourneToSydney
{
    public static string Scenario(string name, string run, string portSpeed, string vxc, string traffic, string failures = "") => $$"""
        name: {{name}}
        run: {{run}}
        sites:
          - {name: mel-dc, pop: MEL1, prefixes: [172.16.0.0/16]}
        clouds:
          - {name: aws-syd, provider: aws, region: ap-southeast-2, prefixes: [10.10.0.0/16]}
        options:
          - name: sdci
            ports:
              - {name: mel-port, site: mel-dc, speed: {{portSpeed}}}
            vxcs:
              - {name: mel-aws, a: mel-port, b: aws-syd, {{vxc}}}
        traffic:
        {{traffic}}
        {{(failures.Length == 0 ? "" : "failures:\n" + failures)}}
        """;
}
