using FabricSim.Engine.Time;
using FabricSim.Network.Geography;
using FabricSim.Network.Internet;
using FabricSim.Network.Ipsec;
using FabricSim.Network.Tcp;
using FabricSim.Network.Topology;
using FabricSim.Network.Units;

namespace FabricSim.Network.Tests.Tcp;

public sealed class TcpOverIpsecFingerprintTests
{
    /// <summary>Same inputs and seed give identical results, whether the runs are sequential or on parallel threads.</summary>
    [Fact]
    public void SameSeedGivesIdenticalResultsOnAnyThread()
    {
        string sequential = Run(seed: 17);
        var parallel = new string[4];
        Parallel.For(0, parallel.Length, i => parallel[i] = Run(seed: 17));
        Assert.All(parallel, result => Assert.Equal(sequential, result));
        Assert.NotEqual(sequential, Run(seed: 18));
    }

    private static string Run(ulong seed)
    {
        var context = new FabricContext(seed, 0);
        var site = new Node(context, 0, "site", NodeKind.CustomerRouter, new GeoLocation(-33.87, 151.21));
        var cloud = new Node(context, 1, "cloud", NodeKind.CspEdge, new GeoLocation(1.29, 103.85));
        var vpn = new IpsecVpnConnection(context, "vpn", 1, site, cloud, new IpsecVpnOptions
        {
            SiteUplink = DataRate.FromMegabitsPerSecond(100),
            Path = new InternetPathParameters { Jitter = new TruncatedExponentialJitter(SimTime.FromMilliseconds(2), SimTime.FromMilliseconds(100)), LossRate = 0.001, MeanLossBurstPackets = 2 },
        });
        var senders = new List<TcpSender>();
        for (int i = 0; i < 4; i++)
        {
            var options = new TcpOptions { MaxSegmentSizeBytes = vpn.ClampMss(1460), CongestionControl = (TcpCongestionAlgorithm)(i % 2) };
            var connection = new TcpConnection(context, $"f{i}", options, 2 * i, 2 * i + 1, site, cloud, vpn.EntranceAt(site), vpn.EntranceAt(cloud));
            new TcpBulkTransfer(context.Simulator, connection, SimTime.Zero).Activate();
            senders.Add(connection.Sender);
        }
        context.Simulator.RunUntil(SimTime.FromSeconds(4));
        return string.Join(";", senders.Select(s => $"{s.Unacknowledged},{s.Retransmissions},{s.Timeouts},{s.Congestion.WindowBytes:R}"))
            + $"|{context.Simulator.EventsExecuted}|{context.Ledger.TotalAllReasons()}";
    }
}
