using FabricSim.Engine.Events;
using FabricSim.Engine.Random;
using FabricSim.Engine.Statistics;
using FabricSim.Engine.Tests.Models;

namespace FabricSim.Engine.Tests.Statistics;

/// <summary>
/// The kernel against closed-form queueing results. Each check runs independent replications and asserts that
/// the theoretical value lies inside the 99% Student-t confidence interval of the replication means.
/// </summary>
public sealed class QueueingTheoryStatisticalTests
{
    private const int Replications = 20;
    private const double Level = 0.99;

    private sealed record ReplicationSet(RunningStatistics Sojourn, RunningStatistics Wait, RunningStatistics NumberInSystem, RunningStatistics LittleProduct);

    private static ReplicationSet Run(double lambda, double mu, bool deterministic, long customers, long warmUp)
    {
        var sojourn = new RunningStatistics();
        var wait = new RunningStatistics();
        var number = new RunningStatistics();
        var little = new RunningStatistics();
        for (int r = 0; r < Replications; r++)
        {
            var simulator = new Simulator();
            var queue = new SingleServerQueue(simulator, new RandomStreams(2026, r), lambda, mu, deterministic, warmUp);
            queue.Start();
            while (queue.Departures < customers + warmUp)
            {
                simulator.RunUntil(simulator.Now + FabricSim.Engine.Time.SimTime.FromSeconds(1000));
            }
            var now = simulator.Now;
            sojourn.Add(queue.SojournSeconds.Mean);
            wait.Add(queue.WaitSeconds.Mean);
            double elapsed = (now - queue.MeasurementStart).TotalSeconds;
            number.Add(queue.NumberInSystem.Average(now));
            little.Add(queue.MeasuredArrivals / elapsed * queue.SojournSeconds.Mean);
        }
        return new ReplicationSet(sojourn, wait, number, little);
    }

    [Fact]
    public void MM1_mean_sojourn_at_rho_0_9_is_one_over_mu_minus_lambda()
    {
        var result = Run(lambda: 0.9, mu: 1.0, deterministic: false, customers: 400_000, warmUp: 10_000);

        var ci = result.Sojourn.ConfidenceInterval(Level);
        Assert.True(ci.Contains(1.0 / (1.0 - 0.9)), $"theory 10 s outside 99% CI {ci.Lower:F3}..{ci.Upper:F3}");
        Assert.True(ci.HalfWidth < 0.5, $"CI too wide to be a meaningful check: ±{ci.HalfWidth:F3}");
    }

    [Fact]
    public void Littles_law_holds_on_the_MM1_run()
    {
        var result = Run(lambda: 0.9, mu: 1.0, deterministic: false, customers: 400_000, warmUp: 10_000);

        // L measured as a time average must agree with λ·W measured from customers, and both with ρ/(1−ρ) = 9.
        var l = result.NumberInSystem.ConfidenceInterval(Level);
        Assert.True(l.Contains(result.LittleProduct.Mean), $"λW = {result.LittleProduct.Mean:F3} outside L's 99% CI {l.Lower:F3}..{l.Upper:F3}");
        Assert.True(l.Contains(9.0), $"theory L = 9 outside 99% CI {l.Lower:F3}..{l.Upper:F3}");
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.8)]
    public void MD1_mean_wait_matches_Pollaczek_Khinchine(double rho)
    {
        // Service time S = 1 s, so λ = ρ and Wq = ρS / (2(1 − ρ)).
        var result = Run(lambda: rho, mu: 1.0, deterministic: true, customers: 200_000, warmUp: 5_000);

        double theory = rho / (2 * (1 - rho));
        var ci = result.Wait.ConfidenceInterval(Level);
        Assert.True(ci.Contains(theory), $"theory {theory:F4} s outside 99% CI {ci.Lower:F4}..{ci.Upper:F4}");
        Assert.True(ci.HalfWidth < 0.05 * theory, $"CI too wide: ±{ci.HalfWidth:F4}");
    }
}
