using System.Diagnostics;
using FabricSim.Engine.Time;
using FabricSim.Network.Geography;
using FabricSim.Network.Internet;
using FabricSim.Network.Ipsec;
using FabricSim.Network.Tcp;
using FabricSim.Network.Topology;
using FabricSim.Network.Units;

namespace FabricSim.Benchmarks;

/// <summary>
/// Ten TCP bulk flows (half NewReno, half CUBIC, MSS clamped to 1379) from a Sydney site to a Singapore cloud over an
/// AWS-style VPN: two ECMP tunnels through a 500 Mbit/s site uplink and Internet paths with bounded queueing delay and bursty
/// loss. Measures simulated packets (ESP packets crossing the Internet) per second of wall time, events per second
/// and bytes allocated per packet after a warm-up that lets pools and queues reach their working size.
/// </summary>
internal sealed class TcpOverIpsecBenchmark : IBenchmark
{
    private const int Flows = 10;

    public string Name => "tcp-ipsec";

    public void Run(BenchmarkReport report, bool quick)
    {
        report.Heading("TCP over an IPsec tunnel pair across the Internet (10 flows)");
        var context = new FabricContext(seed: 1, replication: 0);
        var site = new Node(context, 0, "site", NodeKind.CustomerRouter, new GeoLocation(-33.87, 151.21));
        var cloud = new Node(context, 1, "cloud", NodeKind.CspEdge, new GeoLocation(1.29, 103.85));
        var vpn = new IpsecVpnConnection(context, "vpn", firstTunnelId: 1, site, cloud, new IpsecVpnOptions
        {
            SiteUplink = DataRate.FromMegabitsPerSecond(500),
            Path = new InternetPathParameters
            {
                Jitter = new TruncatedExponentialJitter(SimTime.FromMilliseconds(1), SimTime.FromMilliseconds(100)),
                LossRate = 0.0002,
                MeanLossBurstPackets = 2,
            },
        });
        var transfers = new List<TcpBulkTransfer>(Flows);
        for (int i = 0; i < Flows; i++)
        {
            var options = new TcpOptions
            {
                MaxSegmentSizeBytes = vpn.ClampMss(1460),
                CongestionControl = i % 2 == 0 ? TcpCongestionAlgorithm.NewReno : TcpCongestionAlgorithm.Cubic,
            };
            var connection = new TcpConnection(context, $"flow{i}", options, dataFlowId: 2 * i, ackFlowId: 2 * i + 1, site, cloud,
                vpn.EntranceAt(site), vpn.EntranceAt(cloud));
            var transfer = new TcpBulkTransfer(context.Simulator, connection, SimTime.FromMilliseconds(i));
            transfer.Activate();
            transfers.Add(transfer);
        }
        var simulator = context.Simulator;
        SimTime warmUp = SimTime.FromSeconds(quick ? 5 : 10);
        SimTime measured = SimTime.FromSeconds(quick ? 20 : 120);
        simulator.RunUntil(warmUp);
        foreach (var transfer in transfers)
        {
            transfer.ResetStatistics();
        }
        long packetsBefore = EspPackets(vpn);
        long eventsBefore = simulator.EventsExecuted;
        long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        simulator.RunUntil(warmUp + measured);
        clock.Stop();
        long allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        long packets = EspPackets(vpn) - packetsBefore;
        long events = simulator.EventsExecuted - eventsBefore;
        double wall = clock.Elapsed.TotalSeconds;
        double goodput = 0;
        foreach (var transfer in transfers)
        {
            goodput += transfer.GoodputBitsPerSecond();
        }
        report.Figure("tcp_ipsec.packets_per_s", packets / wall, "packets/s", "ESP packets simulated per second of wall time");
        report.Figure("tcp_ipsec.events_per_s", events / wall, "events/s", "events executed per second of wall time");
        report.Figure("tcp_ipsec.bytes_per_packet", allocated / (double)packets, "B/packet", "bytes allocated per packet in steady state");
        report.Figure("tcp_ipsec.goodput_mbps", goodput / 1e6, "Mbit/s", "aggregate TCP goodput (simulated)");
        report.Note($"{packets:N0} ESP packets, {events:N0} events in {measured.TotalSeconds:0} s simulated, {wall:0.00} s wall; " +
                    $"{context.Ledger.TotalAllReasons():N0} drops; {context.Pool.Created:N0} packet objects ever created");
    }

    private static long EspPackets(IpsecVpnConnection vpn)
    {
        long total = 0;
        foreach (var tunnel in vpn.Tunnels)
        {
            total += tunnel.PathToCloud.PacketsOffered + tunnel.PathToSite.PacketsOffered;
        }
        return total;
    }
}
