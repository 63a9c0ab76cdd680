using FabricSim.Scenarios.Results;
using FabricSim.Scenarios.Running;

namespace FabricSim.Scenarios.Tests.Running;

using Estimate = FabricSim.Scenarios.Results.Estimate;

/// <summary>
/// Intervals never leave the range of what they estimate, identical replications read as deterministic, and an
/// interval wider than its mean is flagged with the replications a ±10 % interval would need.
/// </summary>
public sealed class HonestIntervalTests
{
    /// <summary>The reproducer: two VPN replications with loss 0.1 % and 29.2 % gave 14.66 ± 185.33 %.</summary>
    [Fact]
    public void A_loss_ratio_interval_stays_within_zero_and_one()
    {
        var loss = EstimateBuilder.FromRatios([0.001, 0.292]);

        Assert.True(loss.HalfWidth > 1, "the Student-t half-width of two such replications exceeds the whole range");
        Assert.Equal(0, loss.Lower);
        Assert.Equal(1, loss.Upper);
    }

    [Fact]
    public void A_non_negative_quantity_never_gets_a_negative_lower_bound()
    {
        var throughput = EstimateBuilder.From([1e6, 11e6]);

        Assert.Equal(0, throughput.Lower);
        Assert.Equal(throughput.Mean + throughput.HalfWidth, throughput.Upper);
    }

    [Fact]
    public void Identical_replications_are_deterministic_not_plus_or_minus_zero()
    {
        Assert.True(EstimateBuilder.From([200e6, 200e6, 200e6]).IsDeterministic);
        Assert.False(EstimateBuilder.From([200e6]).IsDeterministic);
        Assert.False(EstimateBuilder.From([199e6, 200e6]).IsDeterministic);
    }

    /// <summary>
    /// Three replications 1, 2 and 12: mean 5, s = 6.08, t(2) = 4.303, h = 15.1 > 5. A half-width of 0.5 (10 % of the
    /// mean) needs n = (z·s/0.5)² = (1.960 · 6.083 / 0.5)² = 568.5, so 569 replications.
    /// </summary>
    [Fact]
    public void An_interval_wider_than_its_mean_is_imprecise_and_says_how_many_replications_would_do()
    {
        var estimate = EstimateBuilder.From([1, 2, 12]);

        Assert.True(estimate.IsImprecise);
        Assert.Equal(569, estimate.ReplicationsNeeded());
        Assert.False(EstimateBuilder.From([10, 11, 12]).IsImprecise);
    }

    [Fact]
    public void An_estimate_without_an_interval_needs_no_more_replications() =>
        Assert.Null(new Estimate(5, double.NaN, 0.95, 1).ReplicationsNeeded());
}
