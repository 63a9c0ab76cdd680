using FabricSim.Engine.Time;
using FabricSim.Network.Geography;
using FabricSim.Network.Internet;
using FabricSim.Network.Tcp;
using FabricSim.Network.Topology;

namespace FabricSim.Network.Tests.Tcp;

public sealed class TcpRequestResponseTests
{
    /// <summary>
    /// On an idle, loss-free path without serialization a response of N segments takes k slow-start rounds, the
    /// smallest k with IW (2^k − 1) ≥ N, and its completion time (request one-way + k − 1 RTTs + response one-way)
    /// is k RTTs. Requests come about a second apart, so the window restarts after idle and most exchanges are alike;
    /// the few that arrive within an exchange of the previous one queue behind it or find a larger window, so the
    /// median (histogram resolution 1%) is checked, and the fastest cannot beat one RTT.
    /// </summary>
    [Theory]
    [InlineData(1, 1)]
    [InlineData(10, 1)]
    [InlineData(20, 2)]
    [InlineData(50, 3)]
    public void CompletionTimeIsSlowStartRoundsTimesRtt(int responseSegments, int expectedRounds)
    {
        const int mss = 1460;
        var rtt = SimTime.FromMilliseconds(40);
        var context = new FabricContext(5, 0);
        var client = new Node(context, 0, "client", NodeKind.Host, new GeoLocation(0, 0));
        var server = new Node(context, 1, "server", NodeKind.Host, new GeoLocation(0, 0));
        var drops = new LedgerDropSink(context.Ledger);
        var toServer = new InternetPath("to-server", context.Simulator, drops, new InternetPathParameters(), rtt / 2, context.Random.Get("a"), server);
        var toClient = new InternetPath("to-client", context.Simulator, drops, new InternetPathParameters(), rtt / 2, context.Random.Get("b"), client);
        var options = new TcpOptions { MaxSegmentSizeBytes = mss };
        var requests = new TcpConnection(context, "requests", options, 0, 1, client, server, toServer, toClient);
        var responses = new TcpConnection(context, "responses", options, 2, 3, server, client, toClient, toServer);
        var app = new TcpRequestResponse("rr", context.Simulator, context.Random.Get("rr"), requests, responses, requestsPerSecond: 1,
            requestBytes: 200, responseBytes: responseSegments * mss, SimTime.Zero, SimTime.FromSeconds(200));
        app.Activate();
        context.Simulator.RunUntil(SimTime.FromSeconds(210));
        Assert.True(app.CompletionTimeNanoseconds.Count > 150);
        double expected = expectedRounds * rtt.TotalSeconds;
        Assert.InRange(app.CompletionTime.Quantile(0.5) / 1e9, 0.99 * expected, 1.01 * expected);
        Assert.True(app.CompletionTimeNanoseconds.Min / 1e9 >= rtt.TotalSeconds - 1e-9);
    }
}
