using FabricSim.Scenarios.Catalogs;
using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Running;

namespace FabricSim.Scenarios.Tests.Running;

/// <summary>Which sessions run BFD when the MCR has a bfd block and a VXC's bgp block says otherwise.</summary>
public sealed class SessionBfdRunTests
{
    private const string Scenario = """
        name: session-bfd
        run: {duration: 3s, warmup: 500ms, seed: 3, replications: 1}
        sites:
          - {name: syd-dc, pop: SYD1, prefixes: [192.168.0.0/16]}
        clouds:
          - {name: aws, provider: aws, region: ap-southeast-2, prefixes: [10.10.0.0/16]}
          - {name: gcp, provider: google, region: australia-southeast1, prefixes: [10.30.0.0/16]}
        options:
          - name: mcr
            ports: [{name: syd-port, site: syd-dc, speed: 10Gbps}]
            mcrs: [{name: mcr-syd, pop: SYD1, rate: 1Gbps, bfd: {interval: 300ms, multiplier: 3}}]
            vxcs:
              - {name: dc-mcr, a: syd-port, b: mcr-syd, rate: 500Mbps, bgp: {peer_asn: 65001}}
              - {name: mcr-aws, a: mcr-syd, b: aws, rate: 200Mbps, bgp: {}}
              - {name: mcr-gcp, a: mcr-syd, b: gcp, rate: 200Mbps, bgp: {bfd: false}}
        """;

    [Fact]
    public void Bfd_false_on_a_session_is_honoured_when_the_mcr_runs_bfd()
    {
        // Before: 'bfd: false' read as "not set", so the MCR's bfd block switched BFD on for this session too.
        var result = Simulation.Run(ScenarioLoader.LoadText(Scenario, "session-bfd.yaml", Catalog.Default), new RunOptions(Replications: 1, Jobs: 1));
        var mcrTable = result.Options.Single().LookingGlass.Split("\n\n").Single(t => t.TrimStart().StartsWith("mcr-syd ", StringComparison.Ordinal));
        var sessions = mcrTable.Split('\n').Where(l => l.Contains("Established", StringComparison.Ordinal)).ToList();
        Assert.EndsWith("no", Assert.Single(sessions, l => l.TrimStart().StartsWith("gcp", StringComparison.Ordinal)).TrimEnd());
        Assert.EndsWith("yes", Assert.Single(sessions, l => l.TrimStart().StartsWith("aws", StringComparison.Ordinal)).TrimEnd());
    }
}
