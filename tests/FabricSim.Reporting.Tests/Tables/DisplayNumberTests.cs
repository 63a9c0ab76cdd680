using FabricSim.Reporting.Tables;
using FabricSim.Scenarios.Results;

namespace FabricSim.Reporting.Tests.Tables;

using Estimate = FabricSim.Scenarios.Results.Estimate;

/// <summary>How a table cell reads an estimate: ± when symmetric, its range when clipped, deterministic, imprecise.</summary>
public sealed class DisplayNumberTests
{
    [Fact]
    public void A_symmetric_interval_reads_plus_or_minus() =>
        Assert.Equal("5.00 ± 1.00", DisplayNumber.WithInterval(new Estimate(5, 1, 0.95, 3) { Floor = 0 }, 1, 2));

    [Fact]
    public void Identical_replications_read_deterministic_instead_of_plus_or_minus_zero() =>
        Assert.Equal("200.00 deterministic", DisplayNumber.WithInterval(new Estimate(200, 0, 0.95, 3) { Floor = 0 }, 1, 2));

    /// <summary>The reproducer of 14.66 ± 185.33 % loss: now the interval's range within [0, 100 %] and a warning.</summary>
    [Fact]
    public void A_clipped_ratio_reads_its_range_and_an_imprecise_one_says_how_many_replications_it_needs()
    {
        var loss = new Estimate(0.1466, 1.8533, 0.95, 2) { Floor = 0, Ceiling = 1 };

        string cell = DisplayNumber.WithInterval(loss, 100, 2);

        Assert.StartsWith("14.66 (0.00–100.00) imprecise, ~", cell, StringComparison.Ordinal);
        Assert.EndsWith($"{loss.ReplicationsNeeded():N0} reps", cell, StringComparison.Ordinal);
    }

    [Fact]
    public void An_interval_narrower_than_the_last_digit_shown_is_not_called_imprecise() =>
        // 0.00002 ± 0.00005 ms of jitter shown to three decimals: the half-width exceeds the mean, but no digit shown is in doubt.
        Assert.Equal("0.000 ± <0.001", DisplayNumber.WithInterval(new Estimate(0.00002, 0.00005, 0.95, 3) { Floor = 0 }, 1, 3));

    [Fact]
    public void A_single_replication_reads_its_mean_alone() =>
        Assert.Equal("5.00", DisplayNumber.WithInterval(new Estimate(5, double.NaN, 0.95, 1), 1, 2));
}
