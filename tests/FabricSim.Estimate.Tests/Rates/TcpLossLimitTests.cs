using FabricSim.Estimate.Rates;
using FabricSim.Network.Tcp;

namespace FabricSim.Estimate.Tests.Rates;

public class TcpLossLimitTests
{
    /// <summary>
    /// RFC 9438 §5.1 with C = 0.4, β = 0.7: ∜(0.4 × 3.7 / 1.2) = 1.0538. On the long-haul VPN path (RTT 0.144 s, a
    /// loss event every 1/4.6·10⁻⁴ segments, MSS 1379 B) that is 78.4 segments a round trip, 6.0 Mbit/s: the packet
    /// model's CUBIC measured 6.03 ± 0.32 Mbit/s there over 300 s (TcpUnderBurstyLossTests), where Mathis's law gives
    /// 4.4 Mbit/s.
    /// </summary>
    [Fact]
    public void Cubic_at_a_high_bandwidth_delay_product_follows_its_response_function()
    {
        double rtt = 0.144, p = 4.6e-4;
        double window = Math.Pow(0.4 * 3.7 / 1.2, 0.25) * Math.Pow(rtt, 0.75) / Math.Pow(p, 0.75);
        double cubic = TcpThroughput.LossLimitBitsPerSecond(TcpCongestionAlgorithm.Cubic, 1379, rtt, p);
        Assert.Equal(window * 1379 * 8 / rtt, cubic, 6);
        Assert.InRange(cubic / 1e6, 5.9, 6.1);
        Assert.InRange(TcpThroughput.MathisBitsPerSecond(1379, rtt, p) / 1e6, 4.3, 4.5);
    }

    /// <summary>At a small bandwidth-delay product CUBIC is in its Reno-friendly region, and NewReno is Mathis's law throughout.</summary>
    [Fact]
    public void Cubic_at_a_small_bandwidth_delay_product_and_NewReno_follow_Mathis()
    {
        double mathis = TcpThroughput.MathisBitsPerSecond(1460, 0.01, 0.01);
        Assert.Equal(mathis, TcpThroughput.LossLimitBitsPerSecond(TcpCongestionAlgorithm.Cubic, 1460, 0.01, 0.01));
        Assert.Equal(TcpThroughput.MathisBitsPerSecond(1460, 0.144, 4.6e-4),
            TcpThroughput.LossLimitBitsPerSecond(TcpCongestionAlgorithm.NewReno, 1460, 0.144, 4.6e-4));
        Assert.True(double.IsPositiveInfinity(TcpThroughput.LossLimitBitsPerSecond(TcpCongestionAlgorithm.Cubic, 1460, 0.1, 0)));
    }
}
