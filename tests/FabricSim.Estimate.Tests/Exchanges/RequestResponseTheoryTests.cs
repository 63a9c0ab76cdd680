using FabricSim.Engine.Time;
using FabricSim.Estimate.Flows;
using FabricSim.Estimate.Tests.Fabric;
using FabricSim.Network.Building;
using FabricSim.Network.Units;

namespace FabricSim.Estimate.Tests.Exchanges;

/// <summary>
/// Request/response exchanges at flow level against theory: an idle exchange's response time by hand, segments of a
/// message arriving together as an M^X/D/1 batch (Gross and Harris §3.2; Cooper §5.9), a policer smaller than a
/// message, and the TCP exchange the model refuses.
/// </summary>
public class RequestResponseTheoryTests
{
    /// <summary>Links from the cloud towards the site (region link, hosted CSP port, site port) and back.</summary>
    private static readonly double[] TowardsSite = [4e11, 1e10, 1e9];

    /// <summary>
    /// At one exchange a second nothing queues: the request (one 440 B segment) takes the region's 1 ms entry delay
    /// and its transmission at 1, 10 and 400 Gbit/s; the response's ten 1,500 B segments are stored and forwarded at
    /// each link, the last leaving the 1 Gbit/s port nine transmissions after the first.
    /// </summary>
    [Fact]
    public void An_idle_exchange_takes_both_propagations_its_transmissions_and_the_train_at_the_bottleneck()
    {
        var estimate = Estimate([Exchange("api", 400, 14_600, SimTime.FromSeconds(1))]);

        double request = 1e6 + TowardsSite.Sum(rate => 440 * 8e9 / rate);
        double response = 1e6 + TowardsSite.Sum(rate => 1500 * 8e9 / rate) + 9 * 1500 * 8e9 / 1e9;
        var answered = estimate.Measurements.Flows.Single(f => f.Flow == "api/response");
        Assert.NotNull(answered.ResponseTime);
        // The histogram holds every quantile within 1 %.
        Assert.InRange(answered.ResponseTime.Quantile(0.5), (request + response) * 0.99, (request + response) * 1.01);
        Assert.InRange(answered.ResponseTime.Quantile(0.99), (request + response) * 0.99, (request + response) * 1.01);
        Assert.Null(estimate.Measurements.Flows.Single(f => f.Flow == "api/request").ResponseTime);
        Assert.Equal(0, answered.Messages!.LossRatio);
        Assert.Equal(10, answered.PacketsSent / (double)answered.Messages.Sent, 6);
    }

    /// <summary>
    /// Ten-segment responses (1,500 B each) at 2,500 a second beside 1,500 B Poisson packets at 300 Mbit/s: 600 Mbit/s
    /// on the 1 Gbit/s port towards the site. Each queue towards the site is M^X/D/1: its workload is an M/G/1's whose
    /// jobs are whole batches, so a lone packet waits W = Σ λᵢ E[Bᵢ²] / (2 (1 − ρ)) (Gross and Harris §3.2), and a
    /// segment also waits for the segments of its own batch ahead of it, (k − 1)/2 transmissions on average at the
    /// slowest link (Cooper §5.9), where the store-and-forward train leaves one transmission apart.
    /// </summary>
    [Fact]
    public void Segments_of_a_message_queue_as_a_batch_and_others_wait_behind_the_whole_batch()
    {
        const int Segments = 10;
        const double Messages = 2500, OtherBits = 300e6;
        var estimate = Estimate([Exchange("api", 400, 14_600, SimTime.FromMicroseconds(1e6 / Messages)), Poisson("other", "aws", "dc", OtherBits)]);

        double waits = 0, transmissions = 0;
        foreach (double rate in TowardsSite)
        {
            double segment = 1500 * 8e9 / rate;
            double batches = Messages / 1e9, singles = OtherBits / (8 * 1500) / 1e9;
            double rho = (batches * Segments + singles) * segment;
            waits += (batches * Math.Pow(Segments * segment, 2) + singles * segment * segment) / (2 * (1 - rho));
            transmissions += segment;
        }
        var other = estimate.Measurements.Flows.Single(f => f.Flow == "other");
        double lone = 1e6 + transmissions + waits;
        Assert.InRange(other.DelayMeanMs * 1e6, lone * 0.995, lone * 1.005);
        var response = estimate.Measurements.Flows.Single(f => f.Flow == "api/response");
        double segmentMean = lone + (Segments - 1) / 2.0 * 1500 * 8e9 / 1e9;
        Assert.InRange(response.DelayMeanMs * 1e6, segmentMean * 0.995, segmentMean * 1.005);
        // The port towards the site carries both: what the responses add is their segments' bits.
        var port = estimate.Measurements.Links.Single(l => l.From == "SYD1" && l.To == "dc");
        Assert.Equal(OtherBits + Messages * Segments * 1500 * 8, port.OfferedBitsPerSecond, 0);
    }

    /// <summary>
    /// A policed VXC whose bucket (12,000 B) is smaller than a 14,600 B response: the full bucket passes the first eight
    /// segments of each response and drops the other two, so every response is lost, as packet level finds.
    /// </summary>
    [Fact]
    public void A_policer_smaller_than_a_message_loses_every_message()
    {
        var estimate = Estimate([Exchange("api", 400, 14_600, SimTime.FromMilliseconds(100))],
            [new VxcSpec("dc-aws", "dc-port", "aws", DataRate.FromMegabitsPerSecond(500)) { BurstBytes = 12_000 }]);

        var response = estimate.Measurements.Flows.Single(f => f.Flow == "api/response");
        Assert.Equal(1, response.Messages!.LossRatio);
        Assert.Equal(0.2, response.LossRatio, 3);
        Assert.Equal(0, estimate.Measurements.Flows.Single(f => f.Flow == "api/request").Messages!.LossRatio);
    }

    [Fact]
    public void Flow_level_refuses_TCP_exchanges_naming_slow_start()
    {
        var description = FabricEstimateTheoryTests.Fabric([], [new DemandSpec("pull", "dc", "aws", DemandKind.TcpRequestResponse) { RequestResponse = RequestResponseSpec.Default }]);

        var refused = Assert.Throws<NotSupportedException>(() => FlowEstimator.Estimate(description, (_, _) => FlowRoute.Direct));
        Assert.Contains("TCP request/response demands (pull)", refused.Message, StringComparison.Ordinal);
        Assert.Contains("slow start", refused.Message, StringComparison.Ordinal);
    }

    private static FlowEstimate Estimate(IReadOnlyList<DemandSpec> demands, IReadOnlyList<VxcSpec>? vxcs = null) =>
        FlowEstimator.Estimate(FabricEstimateTheoryTests.Fabric(vxcs ?? [], demands), (_, _) => vxcs is null ? FlowRoute.Direct : new FlowRoute(["dc-aws"]));

    private static DemandSpec Exchange(string name, int requestBytes, int responseBytes, SimTime interval) =>
        new(name, "dc", "aws", DemandKind.RequestResponse) { RequestResponse = new RequestResponseSpec(requestBytes, responseBytes, interval) };

    private static DemandSpec Poisson(string name, string from, string to, double bitsPerSecond) =>
        new(name, from, to, DemandKind.Poisson) { Rate = new DataRate((long)bitsPerSecond) };
}
