using FabricSim.Engine.Time;
using FabricSim.Network.Internet;
using FabricSim.Network.Mve;
using FabricSim.Network.Units;

namespace FabricSim.Network.Building;

/// <summary>
/// A Megaport Virtual Edge at a PoP serving one site: its transports (VXCs or Internet access) and the application
/// classes it steers among them by measured latency and loss.
/// </summary>
public sealed record MveSpec(string Name, string Pop, string Site, IReadOnlyList<MveTransportSpec> Transports,
    IReadOnlyList<ApplicationClass> Applications)
{
    /// <summary>Steering is re-evaluated every second, the usual SLA-monitor window: a dead transport is left within it.</summary>
    public static readonly SimTime SteeringInterval = SimTime.FromSeconds(1);
}

/// <summary>
/// One way out of an MVE: the VXC named <see cref="Vxc"/>, or else the Internet over <see cref="Internet"/> behind an
/// optional access rate; an Internet transport may end an IPsec VPN to a cloud, the description's VPN named
/// <see cref="Vpn"/> (<see cref="VpnSpec.FromMve"/>), whose tunnel carries what the transport sends to that cloud.
/// </summary>
public sealed record MveTransportSpec(string Name, string? Vxc = null, DataRate? InternetAccess = null, InternetPathParameters? Internet = null,
    string? Vpn = null);
