using FabricSim.Engine.Time;
using FabricSim.Scenarios.Catalogs;
using FabricSim.Scenarios.Model;

namespace FabricSim.Scenarios.Resilience;

/// <summary>
/// How often each element is down: the steady-state unavailability MTTR / (MTBF + MTTR) of an element that fails
/// and is repaired at exponential times, from the catalog's figures for its kind (reliability.*), or the scenario's
/// for that element.
/// </summary>
internal sealed class ComponentReliability(ProductCatalog products, IReadOnlyList<ReliabilitySettings> overrides)
{
    public double Unavailability(FailureElement element)
    {
        var (mtbf, mttr) = Times(element);
        double repair = mttr.Nanoseconds;
        return repair / (mtbf.Nanoseconds + repair);
    }

    /// <summary>The element's mean time between failures and mean time to repair.</summary>
    public (SimTime Mtbf, SimTime Mttr) Times(FailureElement element) =>
        overrides.FirstOrDefault(o => o.Element == element.Name) is { } given
            ? (given.Mtbf, given.Mttr)
            : (products.Duration(Item(element.Kind) + ".mtbf"), products.Duration(Item(element.Kind) + ".mttr"));

    /// <summary>The catalog's item for an element kind, e.g. reliability.cloud_edge.</summary>
    public static string Item(FailureElementKind kind) => kind switch
    {
        FailureElementKind.Port or FailureElementKind.LagMember => "reliability.port",
        FailureElementKind.Vxc => "reliability.vxc",
        FailureElementKind.Mcr => "reliability.mcr",
        FailureElementKind.Mve => "reliability.mve",
        FailureElementKind.CloudEdge => "reliability.cloud_edge",
        FailureElementKind.VpnGateway => "reliability.vpn_gateway",
        FailureElementKind.VpnTunnel => "reliability.vpn_tunnel",
        FailureElementKind.InternetPath => "reliability.internet_path",
        _ => "reliability.pop",
    };
}
