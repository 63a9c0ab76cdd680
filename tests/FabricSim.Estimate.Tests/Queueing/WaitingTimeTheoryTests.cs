using FabricSim.Estimate.Queueing;

namespace FabricSim.Estimate.Tests.Queueing;

/// <summary>Statistical-kind checks of the M/D/1 and M/G/1 waiting time against closed forms.</summary>
public class WaitingTimeTheoryTests
{
    private const double ServiceNs = 12_000; // 1500 bytes at 1 Gbit/s

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.8)]
    [InlineData(0.95)]
    public void Md1_mean_wait_is_rho_S_over_2_1_minus_rho(double rho)
    {
        var distribution = WaitingTime.Distribution(rho / ServiceNs, ServiceTime.Deterministic(ServiceNs));
        double expected = rho * ServiceNs / (2 * (1 - rho));
        // The grid's only error is discretisation: 1/16 of a service time per cell, well under 1 % of the mean here.
        Assert.InRange(distribution.Mean(), expected * 0.99, expected * 1.01);
        Assert.Equal(expected, WaitingTime.MeanNs(rho / ServiceNs, ServiceTime.Deterministic(ServiceNs)), 6);
    }

    /// <summary>
    /// Erlang's exact M/D/1 waiting-time CDF, P(W ≤ t) = (1 − ρ) Σ_{k=0}^{⌊t/D⌋} [λ(kD − t)]^k / k! · e^{−λ(kD − t)}, is
    /// numerically usable for t up to a few service times; the grid must match it there.
    /// </summary>
    [Theory]
    [InlineData(0.5, 0.5)]
    [InlineData(0.5, 2.0)]
    [InlineData(0.8, 1.0)]
    [InlineData(0.8, 4.0)]
    [InlineData(0.9, 6.0)]
    public void Md1_waiting_time_cdf_matches_Erlangs_formula(double rho, double serviceTimes)
    {
        double lambda = rho / ServiceNs;
        double t = serviceTimes * ServiceNs;
        double exact = ErlangCdf(rho, t);
        var distribution = WaitingTime.Distribution(lambda, ServiceTime.Deterministic(ServiceNs));
        double grid = 1 - distribution.Exceeds(t);
        // Half a cell of discretisation at a density of at most ~ρ/D per unit: 1/32 × ρ in probability.
        Assert.InRange(grid, exact - rho / 32, exact + rho / 32);
    }

    [Fact]
    public void Md1_quantiles_follow_the_exact_cdf()
    {
        // At ρ = 0.8 Erlang's formula gives P(W ≤ 4D) = 0.8903 (computed in the test above); the 0.8903-quantile is 4D.
        double rho = 0.8, lambda = rho / ServiceNs, t = 4 * ServiceNs;
        double exact = ErlangCdf(rho, t);
        var distribution = WaitingTime.Distribution(lambda, ServiceTime.Deterministic(ServiceNs));
        Assert.InRange(distribution.Quantile(exact), t - ServiceNs / 16, t + ServiceNs / 16);
        Assert.Equal(0.0, distribution.Quantile((1 - rho) * 0.99));
    }

    [Fact]
    public void Mg1_mean_wait_matches_Pollaczek_Khinchine_for_a_packet_mix()
    {
        // Simple IMIX at 1 Gbit/s: 64, 594 and 1518-byte frames 7:4:1.
        var service = new ServiceTime([(64 * 8.0, 7 / 12.0), (594 * 8.0, 4 / 12.0), (1518 * 8.0, 1 / 12.0)]);
        double rho = 0.7, lambda = rho / service.Mean;
        double expected = lambda * service.SecondMoment / (2 * (1 - rho));
        var distribution = WaitingTime.Distribution(lambda, service);
        Assert.InRange(distribution.Mean(), expected * 0.99, expected * 1.01);
    }

    /// <summary>Erlang's M/D/1 waiting-time CDF at t (service time <see cref="ServiceNs"/>).</summary>
    private static double ErlangCdf(double rho, double t)
    {
        double lambda = rho / ServiceNs, sum = 0;
        for (int k = 0; k <= (int)Math.Floor(t / ServiceNs); k++)
        {
            double x = lambda * (k * ServiceNs - t);
            sum += Math.Pow(x, k) / Factorial(k) * Math.Exp(-x);
        }
        return (1 - rho) * sum;
    }

    private static double Factorial(int k) => k <= 1 ? 1 : k * Factorial(k - 1);
}
