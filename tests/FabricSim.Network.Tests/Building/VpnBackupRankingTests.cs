using FabricSim.Engine.Time;
using FabricSim.Network.Access;
using FabricSim.Network.Addressing;
using FabricSim.Network.Bgp;
using FabricSim.Network.Building;
using FabricSim.Network.Internet;
using FabricSim.Network.Ipsec;

namespace FabricSim.Network.Tests.Building;

/// <summary>
/// How each cloud runs BGP over a VPN beside a private connection to the same site: its own timers, and its own rule
/// for which of the two carries the cloud's traffic to the site. AWS and Azure prefer the private connection for the
/// same prefix whatever the AS path or MED; Google ranks the two by the MED the customer sends (route priority).
/// </summary>
public sealed class VpnBackupRankingTests
{
    private static readonly Ipv4Prefix Site = VpnBesideVxc.Site;

    private static FabricDescription Design(CspProvider provider, BgpSessionOptions? vxcSite = null, BgpSessionOptions? vpnSite = null) =>
        VpnBesideVxc.Design("cloud", provider, vxcSite is null ? null : new VxcBgp(null, vxcSite),
            new VpnSpec("vpn", "dc", "cloud", new IpsecVpnOptions { Path = new InternetPathParameters() }, vpnSite)) with { Duration = SimTime.FromSeconds(2) };

    private static string CloudPathToSite(FabricDescription description)
    {
        var fabric = description.Build(seed: 5);
        fabric.Run(SimTime.FromSeconds(2));
        var edge = fabric.Bgp!.Speakers.Single(s => s.Node.Name == description.Clouds[0].EdgeName);
        return edge.BestRoute(Site)!.Session!.Adjacency.Name;
    }

    /// <summary>AWS-generated configurations 10/30 s; Azure VPN Gateway fixed 60/180 s; Google Cloud Router 20/60 s.</summary>
    [Theory]
    [InlineData(CspProvider.AwsDirectConnect, 10, 30)]
    [InlineData(CspProvider.AzureExpressRoute, 60, 180)]
    [InlineData(CspProvider.GoogleCloudInterconnect, 20, 60)]
    public void Each_cloud_runs_its_own_vpn_timers(CspProvider provider, double keepalive, double hold)
    {
        var fabric = Design(provider).Build(seed: 5);
        fabric.Run(SimTime.FromSeconds(2));

        var session = fabric.Bgp!.Speaker("dc").Sessions.Single(s => s.Adjacency.Name == "vpn");
        Assert.Equal(BgpSessionState.Established, session.State);
        Assert.Equal(SimTime.FromSeconds(hold), session.HoldTime);
        Assert.Equal(SimTime.FromSeconds(keepalive), session.KeepaliveInterval);
        Assert.Equal(SimTime.FromSeconds(hold), session.Peer.HoldTime);
    }

    [Theory]
    [InlineData(CspProvider.AwsDirectConnect)]
    [InlineData(CspProvider.AzureExpressRoute)]
    public void Aws_and_azure_keep_the_private_connection_though_it_sends_the_longer_path_and_higher_med(CspProvider provider)
    {
        var worse = new BgpSessionOptions { AsPathPrepend = 3, MedOut = 300 };
        Assert.Equal("dc-cloud", CloudPathToSite(Design(provider, vxcSite: worse, vpnSite: new BgpSessionOptions { MedOut = 100 })));
    }

    [Fact]
    public void Google_follows_the_med_the_customer_sends()
    {
        var vpnWorse = Design(CspProvider.GoogleCloudInterconnect, vxcSite: new BgpSessionOptions { MedOut = 100 }, vpnSite: new BgpSessionOptions { MedOut = 200 });
        var vxcWorse = Design(CspProvider.GoogleCloudInterconnect, vxcSite: new BgpSessionOptions { MedOut = 300 }, vpnSite: new BgpSessionOptions { MedOut = 200 });

        Assert.Equal("dc-cloud", CloudPathToSite(vpnWorse));
        Assert.Equal("vpn", CloudPathToSite(vxcWorse));
    }
}
