using FabricSim.Engine.Time;
using FabricSim.Network.Units;

namespace FabricSim.Scenarios.Model;

/// <summary>An SD-WAN edge at a PoP serving a site, choosing per application among its transports.</summary>
public sealed record Mve(
    string Name,
    string Pop,
    string Site,
    string Size,
    IReadOnlyList<MveTransportSettings> Transports,
    IReadOnlyList<ApplicationPolicy> Applications);

/// <summary>A transport of an MVE: a VXC (by name) or an Internet uplink with its access rate and path.</summary>
public sealed record MveTransportSettings(string Name, string? Vxc, DataRate? InternetAccess, InternetPathSettings? Internet)
{
    /// <summary>The option's VPN (<see cref="Model.Vpn.MvePop"/>) this Internet transport ends towards a cloud; null for none.</summary>
    public string? Vpn { get; init; }
}

/// <summary>Thresholds for one QoS class; a transport breaching any of them is avoided while another meets them.</summary>
public sealed record ApplicationPolicy(
    int QosClass,
    SimTime? MaxLatency,
    SimTime? MaxJitter,
    double? MaxLossRate,
    string? PreferredTransport);
