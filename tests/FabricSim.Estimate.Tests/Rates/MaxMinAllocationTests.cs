using FabricSim.Estimate.Rates;

namespace FabricSim.Estimate.Tests.Rates;

public class MaxMinAllocationTests
{
    /// <summary>
    /// The textbook example of progressive filling (Bertsekas and Gallager, Data Networks, 2nd ed., §6.5.2): links A
    /// and B of capacity 1; flow 0 crosses both, flows 1 and 2 cross A, flow 3 crosses B. A fills first, at 1/3 per
    /// flow; flow 3 then takes what B has left, 2/3.
    /// </summary>
    [Fact]
    public void Textbook_two_link_example()
    {
        var rates = MaxMinAllocation.Allocate([1.0, 1.0], [10.0, 10.0, 10.0, 10.0], [[0, 1], [0], [0], [1]]);
        Assert.Equal(1 / 3.0, rates[0], 9);
        Assert.Equal(1 / 3.0, rates[1], 9);
        Assert.Equal(1 / 3.0, rates[2], 9);
        Assert.Equal(2 / 3.0, rates[3], 9);
    }

    /// <summary>A flow that asks for less than its fair share keeps its demand and leaves the rest to others.</summary>
    [Fact]
    public void Small_demand_is_met_and_the_rest_is_shared()
    {
        var rates = MaxMinAllocation.Allocate([10.0], [1.0, 20.0, 20.0], [[0], [0], [0]]);
        Assert.Equal(1.0, rates[0], 9);
        Assert.Equal(4.5, rates[1], 9);
        Assert.Equal(4.5, rates[2], 9);
    }

    [Fact]
    public void Mathis_rate_at_one_percent_loss_and_100_ms()
    {
        // (1460 × 8 / 0.1 s) × 1.2247 / 0.1 = 1.43 Mbit/s.
        Assert.Equal(1460 * 8 / 0.1 * Math.Sqrt(1.5) / 0.1, TcpThroughput.MathisBitsPerSecond(1460, 0.1, 0.01), 3);
        Assert.Equal(65535 * 8 / 0.05, TcpThroughput.CapBitsPerSecond(1e9, 1460, 65535, 0.05, 0), 3);
    }
}
