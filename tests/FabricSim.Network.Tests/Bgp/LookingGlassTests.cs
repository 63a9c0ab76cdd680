using FabricSim.Engine.Time;
using FabricSim.Network.Bfd;
using FabricSim.Network.Bgp;
using Xunit.Abstractions;

namespace FabricSim.Network.Tests.Bgp;

public sealed class LookingGlassTests(ITestOutputHelper output)
{
    private static DualHomedNetwork FailedOver(int replication)
    {
        var network = new DualHomedNetwork(replication, BgpTimers.AwsDirectConnect, BfdSettings.Default, SimTime.FromSeconds(30),
            SimTime.FromSeconds(29), SimTime.FromSeconds(40));
        network.Fabric.Run(SimTime.FromSeconds(90));
        return network;
    }

    [Fact]
    public void ShowsSessionStatesAndMarksTheBestPath()
    {
        var network = FailedOver(0);
        var views = LookingGlass.Capture(network.Bgp);
        var customer = views.Single(v => v.Node == "customer");

        Assert.All(customer.Sessions, s => Assert.Equal(BgpSessionState.Established, s.State));
        Assert.All(customer.Sessions, s => Assert.Equal(SimTime.FromSeconds(90).Nanoseconds, s.Since.Nanoseconds, tolerance: SimTime.FromMilliseconds(10).Nanoseconds));
        var toVpc = customer.Routes.Where(r => r.Prefix == "10.10.0.0/16").ToList();
        var best = Assert.Single(toVpc);
        Assert.True(best.IsBest);
        Assert.Equal("mcr2", best.From);
        Assert.Equal("133937 133937 133937 64512 i", best.AsPath);

        var mcr1 = views.Single(v => v.Node == "mcr1");
        var toAws = mcr1.Sessions.Single(s => s.Peer == "aws");
        Assert.NotEqual(BgpSessionState.Established, toAws.State);
        Assert.Equal(BgpNotification.BfdDown, toAws.LastDownReason);
        // Down since BFD detection at 30 s + at most 0.9 s.
        Assert.InRange(toAws.Since.TotalSeconds, 59.0, 60.0);

        string text = LookingGlass.Render(views);
        output.WriteLine(text);
        Assert.Contains("customer (AS 65001, router id", text);
        Assert.Contains("*> 10.10.0.0/16", text);
        Assert.Contains("(last down: BFD down)", text);
    }

    [Fact]
    public void SameSeedGivesIdenticalDumpAndOutages()
    {
        var first = FailedOver(1);
        var second = FailedOver(1);
        Assert.Equal(LookingGlass.Dump(first.Bgp), LookingGlass.Dump(second.Bgp));
        Assert.Equal(first.Monitor.Outages, second.Monitor.Outages);
        Assert.Equal(first.Fabric.Simulator.EventsExecuted, second.Fabric.Simulator.EventsExecuted);
    }

    [Fact]
    public void LongGeneratedNamesKeepEveryColumnApart()
    {
        const string via = "bne-office--mcr-syd-primary";
        const string from = "hkg-office-router-01";
        var router = new RouterView("mcr-syd", 133937, "10.255.0.1",
            [new SessionView("bne-office-router-01", 65003, via, BgpSessionState.Established, SimTime.FromSeconds(5), 1, 1, 4, true, null)],
            [new RouteView("172.20.0.0/16", true, "169.254.100.201", from, null, 100, "65003 i", RouteSource.NonCloud)]);

        string text = LookingGlass.Render([router]);
        output.WriteLine(text);

        // Every value is followed by at least one space before the next column starts.
        Assert.Contains("bne-office-router-01 ", text, StringComparison.Ordinal);
        Assert.Contains(via + "  Established", text, StringComparison.Ordinal);
        Assert.Contains("169.254.100.201  " + from + "  ", text, StringComparison.Ordinal);
    }
}
