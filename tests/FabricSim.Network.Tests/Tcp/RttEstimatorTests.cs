using FabricSim.Engine.Time;
using FabricSim.Network.Tcp;

namespace FabricSim.Network.Tests.Tcp;

public sealed class RttEstimatorTests
{
    private static RttEstimator Create(double minRtoMs = 200) =>
        new(SimTime.FromSeconds(1), SimTime.FromMilliseconds(minRtoMs), SimTime.FromSeconds(60), SimTime.FromMilliseconds(1));

    [Fact]
    public void InitialRtoIsOneSecondBeforeAnySample() => Assert.Equal(SimTime.FromSeconds(1), Create().Rto);

    /// <summary>RFC 6298 §2.2–2.3 worked by hand: R = 100 ms, then 300 ms, with min RTO 1 ms so the formula shows.</summary>
    [Fact]
    public void FollowsTheRfc6298Recurrence()
    {
        var rtt = Create(minRtoMs: 1);
        rtt.Sample(SimTime.FromMilliseconds(100));
        // SRTT = 100, RTTVAR = 50, RTO = 100 + 4·50 = 300 ms.
        Assert.Equal(300.0, rtt.Rto.TotalMilliseconds, 6);
        rtt.Sample(SimTime.FromMilliseconds(300));
        // RTTVAR = ¾·50 + ¼·|100 − 300| = 87.5; SRTT = ⅞·100 + ⅛·300 = 125; RTO = 125 + 350 = 475 ms.
        Assert.Equal(87.5, rtt.RttVariation.TotalMilliseconds, 6);
        Assert.Equal(125.0, rtt.SmoothedRtt.TotalMilliseconds, 6);
        Assert.Equal(475.0, rtt.Rto.TotalMilliseconds, 6);
    }

    [Fact]
    public void MinimumRtoAndBackoffApply()
    {
        var rtt = Create();
        for (int i = 0; i < 50; i++)
        {
            rtt.Sample(SimTime.FromMilliseconds(10));
        }
        Assert.Equal(200.0, rtt.Rto.TotalMilliseconds, 6);
        rtt.BackOff();
        Assert.Equal(400.0, rtt.Rto.TotalMilliseconds, 6);
        for (int i = 0; i < 20; i++)
        {
            rtt.BackOff();
        }
        Assert.Equal(SimTime.FromSeconds(60), rtt.Rto);
    }
}
