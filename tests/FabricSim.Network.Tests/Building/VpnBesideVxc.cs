using FabricSim.Network.Access;
using FabricSim.Network.Addressing;
using FabricSim.Network.Building;
using FabricSim.Network.Geography;
using FabricSim.Network.Traffic;
using FabricSim.Network.Units;

namespace FabricSim.Network.Tests.Building;

/// <summary>
/// A Sydney site "dc" with a port and a 500 Mbit/s VXC "dc-{cloud}" straight to a cloud in the same metro, and a VPN
/// beside it: the design every VPN-backup test varies.
/// </summary>
internal static class VpnBesideVxc
{
    public static readonly Ipv4Prefix Site = Ipv4Prefix.Parse("192.168.0.0/16");
    public static readonly Ipv4Prefix Vpc = Ipv4Prefix.Parse("10.10.0.0/16");

    public static FabricDescription Design(string cloud, CspProvider provider, VxcBgp? vxcBgp, VpnSpec vpn) => new()
    {
        Pops = [new PopSpec("SYD1", new GeoLocation(-33.87, 151.21))],
        Sites = [new SiteSpec("dc", new GeoLocation(-33.80, 151.00), [Site])],
        Clouds = [new CloudSpec(cloud, provider, "SYD1", new GeoLocation(-33.87, 151.21), [Vpc])],
        Ports = [new PortSpec("dc-port", "dc", "SYD1", DataRate.Parse("10Gbps"))],
        Vxcs = [new VxcSpec("dc-" + cloud, "dc-port", cloud, DataRate.Parse("500Mbps"), Bgp: vxcBgp)],
        Vpns = [vpn],
    };

    /// <summary>Constant 10 Mbit/s of 1000-byte packets: one every 0.8 ms.</summary>
    public static DemandSpec Cbr(string name, string from, string to) =>
        new(name, from, to, DemandKind.ConstantBitRate) { Rate = DataRate.Parse("10Mbps"), Sizes = new FixedPacketSize(1000) };
}
