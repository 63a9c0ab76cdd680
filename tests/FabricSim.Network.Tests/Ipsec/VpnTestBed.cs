using FabricSim.Network.Geography;
using FabricSim.Network.Ipsec;
using FabricSim.Network.Tests.Internet;
using FabricSim.Network.Topology;

namespace FabricSim.Network.Tests.Ipsec;

/// <summary>A site and a cloud node (Sydney and Singapore) joined only by a VPN; the cloud's local deliveries go to a probe.</summary>
internal sealed class VpnTestBed
{
    public VpnTestBed(IpsecVpnOptions options, ulong seed = 1)
    {
        Context = new FabricContext(seed, 0);
        Site = new Node(Context, 0, "site", NodeKind.CustomerRouter, new GeoLocation(-33.87, 151.21));
        Cloud = new Node(Context, 1, "cloud", NodeKind.CspEdge, new GeoLocation(1.29, 103.85));
        Probe = new PacketProbe(Context.Simulator, Context.Pool);
        Cloud.LocalDelivery = Probe;
        SiteProbe = new PacketProbe(Context.Simulator, Context.Pool);
        Site.LocalDelivery = SiteProbe;
        Vpn = new IpsecVpnConnection(Context, "vpn", firstTunnelId: 100, Site, Cloud, options);
    }

    public FabricContext Context { get; }
    public Node Site { get; }
    public Node Cloud { get; }
    /// <summary>What the cloud receives.</summary>
    public PacketProbe Probe { get; }

    /// <summary>What the site receives.</summary>
    public PacketProbe SiteProbe { get; }
    public IpsecVpnConnection Vpn { get; }

    public PacketInjector SendFromSite(Engine.Time.SimTime spacing, long count, int sizeBytes, int flowId = 0, Engine.Time.SimTime? start = null) =>
        new(Context.Simulator, Context.Pool, Vpn.EntranceAt(Site), spacing, count, sizeBytes, flowId, start)
        {
            SourceNodeId = Site.Id,
            DestinationNodeId = Cloud.Id,
        };

    public PacketInjector SendFromCloud(Engine.Time.SimTime spacing, long count, int sizeBytes, int flowId = 0, Engine.Time.SimTime? start = null) =>
        new(Context.Simulator, Context.Pool, Vpn.EntranceAt(Cloud), spacing, count, sizeBytes, flowId, start)
        {
            SourceNodeId = Cloud.Id,
            DestinationNodeId = Site.Id,
        };
}
