using FabricSim.Scenarios.Model;
using FabricSim.Scenarios.Yaml;

namespace FabricSim.Scenarios.Validation;

/// <summary>
/// Warns where a TCP demand crosses a policed VXC whose burst is below the path's bandwidth-delay product: TCP sends
/// each window as one train at its port's rate, the policer drops whatever of the train exceeds its burst, and the
/// flow stays far below the VXC's rate (the policer-limited regime of docs/model-notes.md). The round trip is a lower
/// bound (fibre at route factor 1 plus the catalog's end delays), so a warning is never a false alarm. A VXC counts
/// as crossed when it ends at one of the demand's ends (a port of its site, or its cloud).
/// </summary>
public static class PolicerBurstCheck
{
    private const double FibreKmPerSecond = 204_000;

    public static IReadOnlyList<ScenarioError> Warnings(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var warnings = new List<ScenarioError>();
        foreach (var option in scenario.Options)
        {
            foreach (var demand in scenario.Traffic.Where(d => d.Tcp is not null))
            {
                if (Location(scenario, demand.From) is not { } from || Location(scenario, demand.To) is not { } to)
                {
                    continue;
                }
                double rtt = 2 * (from.DistanceKm(to) / FibreKmPerSecond + 2 * scenario.Catalog.EndDelay.TotalSeconds);
                var ends = new HashSet<string>([demand.From, demand.To], StringComparer.Ordinal);
                ends.UnionWith(option.Ports.Where(p => p.Site == demand.From || p.Site == demand.To).Select(p => p.Name));
                foreach (var vxc in option.Vxcs.Where(v => !v.Shaped && !v.CustomerShaper && (ends.Contains(v.EndA) || ends.Contains(v.EndB))))
                {
                    long bdp = (long)(vxc.Rate.BitsPerSecond * rtt / 8);
                    if (vxc.BurstBytes >= bdp)
                    {
                        continue;
                    }
                    var (line, column) = NameLocation.Find(scenario.SourceText, vxc.Name, option.Name);
                    warnings.Add(new ScenarioError(scenario.SourceFile, line, column,
                        $"TCP demand '{demand.Name}' crosses VXC '{vxc.Name}' in option '{option.Name}', policed at {vxc.Rate} with a burst of {vxc.BurstBytes:N0} B, below the path's bandwidth-delay product of at least {bdp:N0} B ({rtt * 1000:F0} ms round trip): the policer drops each window's tail and TCP stays far below {vxc.Rate}",
                        $"add 'customer_shaper: true' to the VXC (or its port) so your router shapes to the rate, or 'burst: {bdp}B' if the provider grants it, or 'pacing: true' on the demand"));
                }
            }
        }
        return warnings;
    }

    private static GeoPoint? Location(Scenario scenario, string endpoint) =>
        scenario.Sites.FirstOrDefault(s => s.Name == endpoint)?.Location ?? scenario.Clouds.FirstOrDefault(c => c.Name == endpoint)?.RegionLocation;
}
