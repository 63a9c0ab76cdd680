using FabricSim.Engine.Statistics;
using FabricSim.Engine.Time;
using FabricSim.Network.Access;
using FabricSim.Network.Building;
using FabricSim.Network.Built;
using FabricSim.Network.Packets;
using FabricSim.Network.Topology;
using FabricSim.Network.Traffic;
using FabricSim.Network.Units;

namespace FabricSim.Network.Tests.Traffic;

/// <summary>
/// Request/response exchanges against theory on idle paths (exact, in integer nanoseconds): a message leaves as
/// segments of at most the path MTU, back to back, and its response time runs to its last segment's arrival.
/// </summary>
public sealed class RequestResponseTests
{
    [Fact]
    public void Response_time_is_round_trip_propagation_plus_both_serializations_when_idle()
    {
        var rate = DataRate.Parse("1Gbps");
        var (fabric, app) = OneLink(new FabricBuilder(51), rate, SimTime.FromMilliseconds(7), 100, requestBytes: 200, responseBytes: 1400, SimTime.FromSeconds(2));
        fabric.Run(SimTime.FromSeconds(3));
        // Each message is one segment with 40 B of headers: a 240 B request, a 1,440 B response.
        long expected = 14_000_000 + rate.TransmissionTime(240).Nanoseconds + rate.TransmissionTime(1440).Nanoseconds;
        Assert.True(app.ResponseTime.Count > 150);
        Assert.Equal(fabric.Flow("rpc/request").PacketsSent, app.ResponseTime.Count);
        // At 100 requests/s on 1 Gbps, collisions are rare: the minimum is exact and the mean barely above it.
        Assert.Equal(expected, app.ResponseTime.Min);
        Assert.InRange(app.ResponseTimeNanoseconds.Mean, expected, expected + 50);
        Assert.Equal(app.ResponseTime.Count, fabric.SinkOf("rpc/response").PacketsReceived);
    }

    /// <summary>
    /// client —10 Gbps, 1 ms— router —100 Mbps, 5 ms— server. A 10,000 B response is ⌈10,000 / 1,460⌉ = 7 segments
    /// (six of 1,500 B, one of 1,280 B). Either way round, the slow link serialises the whole train back to back and
    /// the fast link adds one segment's serialisation: the first segment on its way to the slow link, or the last one
    /// after it.
    /// </summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_k_segment_response_takes_the_request_then_k_serializations_at_the_bottleneck_and_the_propagation(bool slowLinkAtServer)
    {
        var fast = DataRate.Parse("10Gbps");
        var slow = DataRate.Parse("100Mbps");
        var builder = new FabricBuilder(52)
            .AddNode("client", NodeKind.Host).AddNode("router", NodeKind.Host).AddNode("server", NodeKind.Host);
        builder = slowLinkAtServer
            ? builder.AddLink("a", "client", "router", fast, SimTime.FromMilliseconds(1)).AddLink("b", "router", "server", slow, SimTime.FromMilliseconds(5))
            : builder.AddLink("a", "client", "router", slow, SimTime.FromMilliseconds(5)).AddLink("b", "router", "server", fast, SimTime.FromMilliseconds(1));
        var fabric = builder
            .AddRequestResponse("rpc", "client", "server", requestsPerSecond: 20, requestBytes: 400, responseBytes: 10_000, stop: SimTime.FromSeconds(4))
            .Build();
        fabric.Run(SimTime.FromSeconds(5));
        var app = Assert.IsType<RequestResponseApplication>(fabric.Applications.Single());

        int[] segments = [1500, 1500, 1500, 1500, 1500, 1500, 1280];
        Assert.Equal(7, app.ResponseMessages.Segments);
        long train = segments.Sum(s => slow.TransmissionTime(s).Nanoseconds);
        long request = fast.TransmissionTime(440).Nanoseconds + slow.TransmissionTime(440).Nanoseconds;
        long oneSegmentOnFast = fast.TransmissionTime(slowLinkAtServer ? segments[^1] : segments[0]).Nanoseconds;
        long expected = request + train + oneSegmentOnFast + 2 * 6_000_000;
        Assert.Equal(expected, app.ResponseTime.Min);
        // 20 requests/s against 0.8 ms of service: a response rarely finds another in the way.
        Assert.InRange(app.ResponseTimeNanoseconds.Mean, expected, expected + 50_000);
        Assert.True(app.ResponseTime.Count > 60);
        Assert.Equal(7 * app.ResponseTime.Count, fabric.SinkOf("rpc/response").PacketsReceived);
        Assert.Equal(0, fabric.Context.Ledger.Total(DropReason.TooBig));
    }

    [Fact]
    public void A_request_larger_than_the_MTU_is_segmented_too_and_answered_once_complete()
    {
        var rate = DataRate.Parse("1Gbps");
        var (fabric, app) = OneLink(new FabricBuilder(53), rate, SimTime.FromMilliseconds(2), 50, requestBytes: 4000, responseBytes: 100, SimTime.FromSeconds(2));
        fabric.Run(SimTime.FromSeconds(3));
        // 4,000 B is 1,500 + 1,500 + 1,120 B; the answer leaves when the last of them has arrived.
        long expected = 4_000_000 + rate.TransmissionTime(1500 + 1500 + 1120).Nanoseconds + rate.TransmissionTime(140).Nanoseconds;
        Assert.Equal(expected, app.ResponseTime.Min);
        Assert.Equal(3 * app.ResponseTime.Count, fabric.SinkOf("rpc/request").PacketsReceived);
        Assert.Equal(0, fabric.Context.Ledger.Total(DropReason.TooBig));
    }

    [Fact]
    public void A_jumbo_path_carries_the_same_message_in_fewer_segments()
    {
        var (fabric, app) = OneLink(new FabricBuilder(54), DataRate.Parse("1Gbps"), SimTime.FromMilliseconds(1), 50, requestBytes: 400, responseBytes: 64_000,
            SimTime.FromSeconds(1), linkMtu: Link.JumboMtuBytes, mtu: 9000);
        fabric.Run(SimTime.FromSeconds(2));
        // ⌈64,000 / 8,960⌉ = 8 segments, against 44 at 1,500 B.
        Assert.Equal(8, app.ResponseMessages.Segments);
        Assert.Equal(8 * app.ResponseTime.Count, fabric.SinkOf("rpc/response").PacketsReceived);
    }

    /// <summary>
    /// What validate's policer refusal rests on: a message's segments reach a policed VXC's entrance at one instant, so
    /// with a 62,500 B burst at 50 Mbps a 64,000 B response (65,760 B of segments) loses its tail every time. The
    /// largest that fits, 60,820 B (62,500 B of segments), empties the bucket, which takes 10 ms to refill: it is lost
    /// only when the response before it left less than 10 ms earlier, 1 − e^(−2/s × 10 ms) = 2 % of Poisson requests at
    /// 2/s (within the binomial 99.9 % interval).
    /// </summary>
    [Theory]
    [InlineData(64_000, false)]
    [InlineData(60_820, true)]
    public void A_policed_VXC_loses_every_message_beyond_its_burst_and_only_those_that_find_it_refilling_within_it(int responseBytes, bool fits)
    {
        var fabric = new FabricBuilder(56)
            .WithWarmUp(SimTime.FromMilliseconds(200))
            .AddPop("SYD", -33.87, 151.21)
            .AddSite("HQ", -33.80, 151.00)
            .AddPort("HQ-port", "HQ", "SYD", DataRate.Parse("10Gbps"))
            .AddCspEdge("AWS", CspProvider.AwsDirectConnect, "SYD", DataRate.Parse("10Gbps"))
            .AddVxc("hq-aws", "HQ", "AWS", DataRate.Parse("50Mbps"), burstBytes: 62_500, portA: "HQ-port")
            .AddRequestResponse("api", "HQ", "AWS", requestsPerSecond: 2, requestBytes: 400, responseBytes: responseBytes, via: "hq-aws")
            .Build();
        fabric.Run(SimTime.FromSeconds(200));

        var messages = fabric.Measure().Flows.Single(f => f.Flow == "api/response").Messages!;
        long decided = messages.Completed + messages.Lost;
        Assert.True(decided > 300, $"only {decided} responses");
        if (!fits)
        {
            Assert.Equal(0, messages.Completed);
            return;
        }
        double expected = 1 - Math.Exp(-2 * 0.010);
        double halfWidth = 3.29 * Math.Sqrt(expected * (1 - expected) / decided);
        Assert.InRange(messages.LossRatio, Math.Max(0, expected - halfWidth), expected + halfWidth);
    }

    /// <summary>
    /// Loaded: Poisson requests at λ = 500/s over one 100 Mbps link (1 ms each way), each answered by 14,600 B, ten
    /// full segments whose 1.2 ms of service arrive together. FIFO serves a batch whole, so the response direction is
    /// an M/D/1 queue of batches with service kS = 1.2 ms at ρ = 0.6: Wq = ρ kS / (2 (1 − ρ)) = 0.9 ms, and the
    /// last segment leaves Wq + kS after its batch arrives. The request direction is M/D/1 too (440 B, ρ = 0.0176).
    /// Mean response time = 2 ms + S_req + Wq_req + Wq + kS, against the 99 % interval of eight replications.
    /// </summary>
    [Fact]
    public void Loaded_response_time_is_that_of_an_MD1_queue_serving_each_response_as_one_batch()
    {
        var rate = DataRate.Parse("100Mbps");
        const double lambda = 500;
        double batch = 10 * rate.TransmissionTime(1500).Nanoseconds;
        double request = rate.TransmissionTime(440).Nanoseconds;
        static double Wait(double rho, double service) => rho * service / (2 * (1 - rho));
        double rhoResponse = lambda * batch / 1e9;
        double rhoRequest = lambda * request / 1e9;
        double expected = 2_000_000 + request + Wait(rhoRequest, request) + Wait(rhoResponse, batch) + batch;
        var means = new RunningStatistics();
        for (int replication = 0; replication < 8; replication++)
        {
            var (fabric, app) = OneLink(new FabricBuilder(57, replication).WithWarmUp(SimTime.FromSeconds(1)), rate, SimTime.FromMilliseconds(1), lambda,
                requestBytes: 400, responseBytes: 14_600);
            fabric.Run(SimTime.FromSeconds(11));
            Assert.Equal(10, app.ResponseMessages.Segments);
            means.Add(app.ResponseTimeNanoseconds.Mean);
        }
        var interval = means.ConfidenceInterval(0.99);
        Assert.True(interval.Contains(expected), $"{expected:F0} ns outside [{interval.Lower:F0}, {interval.Upper:F0}]");
        // And the interval is tight enough to tell: within 2 % of the theory.
        Assert.True(interval.HalfWidth < 0.02 * expected, $"half-width {interval.HalfWidth:F0} ns");
    }

    [Fact]
    public void Exchanges_allocate_nothing_per_message_in_steady_state()
    {
        var (fabric, app) = OneLink(new FabricBuilder(55), DataRate.Parse("1Gbps"), SimTime.FromMilliseconds(1), 2000, requestBytes: 400, responseBytes: 8000);
        fabric.Run(SimTime.FromSeconds(1));
        long before = GC.GetAllocatedBytesForCurrentThread();
        long answered = app.ResponseTime.Count;
        fabric.Run(SimTime.FromSeconds(2));
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(app.ResponseTime.Count - answered > 1500, "too few exchanges to tell");
        Assert.Equal(0, allocated);
    }

    /// <summary>client —<paramref name="rate"/>, <paramref name="delay"/>— server, with one exchange "rpc" between them.</summary>
    private static (Fabric Fabric, RequestResponseApplication App) OneLink(FabricBuilder builder, DataRate rate, SimTime delay, double requestsPerSecond,
        int requestBytes, int responseBytes, SimTime? stop = null, int linkMtu = Link.EthernetMtuBytes, int mtu = MessageSegments.DefaultMtuBytes)
    {
        var fabric = builder
            .AddNode("client", NodeKind.Host).AddNode("server", NodeKind.Host)
            .AddLink("l", "client", "server", rate, delay, mtuBytes: linkMtu)
            .AddRequestResponse("rpc", "client", "server", requestsPerSecond, requestBytes, responseBytes, stop: stop, mtuBytes: mtu)
            .Build();
        return (fabric, Assert.IsType<RequestResponseApplication>(fabric.Applications.Single()));
    }
}
