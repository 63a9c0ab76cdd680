using FabricSim.Estimate.Queueing;

namespace FabricSim.Estimate.Tests.Queueing;

/// <summary>M/D/1/K loss against closed forms and the design's reference chain.</summary>
public class FiniteBufferTheoryTests
{
    private const double ServiceNs = 12_000;

    /// <summary>With K = 1 the queue is a loss system: P(loss) = ρ / (1 + ρ) for any service distribution (Erlang B, one server).</summary>
    [Theory]
    [InlineData(0.5)]
    [InlineData(1.0)]
    [InlineData(2.0)]
    public void One_place_queue_loses_rho_over_one_plus_rho(double rho)
    {
        var queue = FiniteBuffer.Solve(rho / ServiceNs, ServiceTime.Deterministic(ServiceNs), 1);
        Assert.Equal(rho / (1 + rho), queue.Loss, 9);
    }

    /// <summary>Flow conservation: carried load (1 − loss) ρ equals the busy fraction 1 − p₀, exactly, at every load.</summary>
    [Theory]
    [InlineData(0.5, 10)]
    [InlineData(0.95, 20)]
    [InlineData(1.1, 101)]
    [InlineData(3.0, 50)]
    public void Carried_load_equals_busy_fraction(double rho, int capacity)
    {
        var queue = FiniteBuffer.Solve(rho / ServiceNs, ServiceTime.Deterministic(ServiceNs), capacity);
        Assert.Equal(1 - queue.TimeAverage[0], (1 - queue.Loss) * rho, 9);
        Assert.Equal(1.0, queue.TimeAverage.Sum(), 9);
    }

    /// <summary>The design's reference chain: DropTail 100 + 1 in service at ρ = 1.1 loses ≈ 9.2 % (1 − 1/ρ = 9.09 % in the limit).</summary>
    [Fact]
    public void Reference_chain_overload_loses_about_nine_percent()
    {
        var queue = FiniteBuffer.Solve(1.1 / ServiceNs, ServiceTime.Deterministic(ServiceNs), 101);
        Assert.InRange(queue.Loss, 0.0909, 0.0925);
    }

    [Fact]
    public void Large_buffer_below_saturation_loses_almost_nothing()
    {
        var queue = FiniteBuffer.Solve(0.8 / ServiceNs, ServiceTime.Deterministic(ServiceNs), 1001);
        Assert.InRange(queue.Loss, 0, 1e-12);
    }
}
