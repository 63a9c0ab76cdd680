namespace FabricSim.Network.Tests.Theory;

/// <summary>Checks the M/D/1/K solver used as the oracle of the statistical tests against closed forms.</summary>
public sealed class MD1KQueueTests
{
    [Theory]
    [InlineData(0.5)]
    [InlineData(0.8)]
    public void Large_buffer_matches_the_infinite_buffer_MD1_wait(double rho)
    {
        var queue = new MD1KQueue(rho, capacity: 400);
        double pollaczekKhinchine = rho / (2 * (1 - rho));
        Assert.Equal(pollaczekKhinchine, queue.MeanWaitInServiceTimes, 9);
        Assert.True(queue.BlockingProbability < 1e-12);
    }

    [Fact]
    public void Capacity_one_is_the_Erlang_loss_system()
    {
        // M/G/1/1: blocking = ρ / (1 + ρ) whatever the service distribution.
        var queue = new MD1KQueue(0.7, capacity: 1);
        Assert.Equal(0.7 / 1.7, queue.BlockingProbability, 12);
    }

    [Fact]
    public void Overload_loss_exceeds_the_fluid_bound_slightly()
    {
        var queue = new MD1KQueue(1.1, capacity: 101);
        double fluid = 1 - 1 / 1.1;
        Assert.InRange(queue.BlockingProbability, fluid, fluid + 0.002);
    }
}
