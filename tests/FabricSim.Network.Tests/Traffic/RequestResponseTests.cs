using FabricSim.Engine.Time;
using FabricSim.Network.Building;
using FabricSim.Network.Topology;
using FabricSim.Network.Traffic;
using FabricSim.Network.Units;

namespace FabricSim.Network.Tests.Traffic;

public sealed class RequestResponseTests
{
    [Fact]
    public void Response_time_is_round_trip_propagation_plus_both_serializations_when_idle()
    {
        var rate = DataRate.Parse("1Gbps");
        var fabric = new FabricBuilder(51)
            .AddNode("client", NodeKind.Host).AddNode("server", NodeKind.Host)
            .AddLink("l", "client", "server", rate, SimTime.FromMilliseconds(7))
            .AddRequestResponse("rpc", "client", "server", requestsPerSecond: 100, requestBytes: 200, responseBytes: 1400, stop: SimTime.FromSeconds(2))
            .Build();
        fabric.Run(SimTime.FromSeconds(3));
        var app = Assert.IsType<RequestResponseApplication>(fabric.Applications.Single());
        long expected = 14_000_000 + rate.TransmissionTime(200).Nanoseconds + rate.TransmissionTime(1400).Nanoseconds;
        Assert.True(app.ResponseTime.Count > 150);
        Assert.Equal(fabric.Flow("rpc/request").PacketsSent, app.ResponseTime.Count);
        // At 100 requests/s on 1 Gbps, collisions are rare: the minimum is exact and the mean barely above it.
        Assert.Equal(expected, app.ResponseTime.Min);
        Assert.InRange(app.ResponseTimeNanoseconds.Mean, expected, expected + 50);
        Assert.Equal(app.ResponseTime.Count, fabric.SinkOf("rpc/response").PacketsReceived);
    }
}
