using FabricSim.Engine.Time;
using FabricSim.Network.Geography;
using FabricSim.Network.Internet;
using FabricSim.Network.Packets;
using FabricSim.Network.Queues;
using FabricSim.Network.Tcp;
using FabricSim.Network.Topology;
using FabricSim.Network.Units;

namespace FabricSim.Network.Tests.Tcp;

/// <summary>
/// A client and a server joined by a bottleneck (rate-limited FIFO) and an Internet path that may lose data
/// segments, independently or, with a mean loss burst above one packet, in Gilbert–Elliott bursts; ACKs return over a
/// loss-free path of the same delay. RTT = 2 × one-way delay + serialization. Optionally the data segment starting at
/// one sequence number is dropped the first time it passes (or the first few times).
/// </summary>
internal sealed class TcpTestNetwork
{
    public TcpTestNetwork(ulong seed, int replication, TcpOptions options, DataRate bottleneck, SimTime roundTrip, double lossProbability,
        int bufferPackets, long? dropSequenceOnce = null, double meanLossBurstPackets = 1.0, int dropTimes = 1)
    {
        Context = new FabricContext(seed, replication);
        var sim = Context.Simulator;
        Client = new Node(Context, 0, "client", NodeKind.Host, new GeoLocation(0, 0));
        Server = new Node(Context, 1, "server", NodeKind.Host, new GeoLocation(0, 0));
        var drops = new LedgerDropSink(Context.Ledger);
        SimTime oneWay = roundTrip / 2;
        Forward = new InternetPath("forward", sim, drops, new InternetPathParameters { LossRate = lossProbability, MeanLossBurstPackets = meanLossBurstPackets }, oneWay,
            Context.Random.Get("loss/forward"), Server);
        IPacketReceiver afterBottleneck = dropSequenceOnce is { } sequence ? new DropOneSegment(Forward, Context.Pool, sequence, dropTimes) : Forward;
        Bottleneck = new RateLimitedQueue("bottleneck", sim, drops, bottleneck, null, QueueLimit.Packets(bufferPackets), afterBottleneck);
        Reverse = new InternetPath("reverse", sim, drops, new InternetPathParameters(), oneWay, Context.Random.Get("loss/reverse"), Client);
        Connection = new TcpConnection(Context, "tcp", options, dataFlowId: 0, ackFlowId: 1, Client, Server, Bottleneck, Reverse);
        Transfer = new TcpBulkTransfer(sim, Connection, SimTime.Zero);
    }

    public FabricContext Context { get; }
    public Node Client { get; }
    public Node Server { get; }
    public InternetPath Forward { get; }
    public InternetPath Reverse { get; }
    public RateLimitedQueue Bottleneck { get; }
    public TcpConnection Connection { get; }
    public TcpBulkTransfer Transfer { get; }

    /// <summary>Runs a bulk transfer and returns its goodput in bit/s between warm-up and the end.</summary>
    public double RunBulk(SimTime warmUp, SimTime duration)
    {
        var sim = Context.Simulator;
        Transfer.Activate();
        sim.RunUntil(warmUp);
        Transfer.ResetStatistics();
        sim.RunUntil(warmUp + duration);
        return Transfer.GoodputBitsPerSecond();
    }
}
