using FabricSim.Estimate.Distributions;

namespace FabricSim.Estimate.Queueing;

/// <summary>
/// The FIFO waiting time (before service) of an M/G/1 queue with an infinite buffer, exactly on a grid: by the
/// Pollaczek–Khinchine (Beneš) form, W is a geometric sum of residual service times, so its distribution w solves
/// w = (1 − ρ)δ₀ + ρ (r ∗ w), with r the density (1 − F_S(x)) / E[S] of a residual service time. The renewal equation
/// is solved by forward substitution, one pass over the grid. For fixed-size packets this is M/D/1.
/// </summary>
internal static class WaitingTime
{
    /// <summary>Cells per shortest service time: fine enough that discretisation moves quantiles by well under 1 %.</summary>
    public const int CellsPerService = 16;

    /// <summary>Pollaczek–Khinchine mean: λ E[S²] / (2 (1 − ρ)).</summary>
    public static double MeanNs(double arrivalsPerNs, ServiceTime service)
    {
        ArgumentNullException.ThrowIfNull(service);
        double rho = arrivalsPerNs * service.Mean;
        return rho >= 1 ? double.PositiveInfinity : arrivalsPerNs * service.SecondMoment / (2 * (1 - rho));
    }

    /// <summary>
    /// The waiting-time distribution at load ρ = λ E[S] &lt; 1, on a step of the shortest service time / 16, or coarser
    /// where the grid would not reach the tail (a mix of small packets and whole messages of many segments).
    /// </summary>
    public static GridDistribution Distribution(double arrivalsPerNs, ServiceTime service)
    {
        ArgumentNullException.ThrowIfNull(service);
        double step = service.Min / CellsPerService;
        double reach = 40 * MeanNs(arrivalsPerNs, service) + 8 * service.Max;
        double cells = (reach + service.Max) / step + 8;
        return Distribution(arrivalsPerNs, service, double.IsFinite(reach) && cells > GridDistribution.MaxCells
            ? (reach + service.Max) / (GridDistribution.MaxCells - 8) : step);
    }

    public static GridDistribution Distribution(double arrivalsPerNs, ServiceTime service, double stepNs)
    {
        ArgumentNullException.ThrowIfNull(service);
        double rho = arrivalsPerNs * service.Mean;
        if (rho <= 0)
        {
            return GridDistribution.Zero(stepNs);
        }
        if (rho >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(arrivalsPerNs), rho, "An infinite-buffer queue has a steady state only below load 1.");
        }
        var residual = Residual(service, stepNs);
        // The tail decays geometrically; cover the mean many times over and several of the longest services.
        double mean = MeanNs(arrivalsPerNs, service);
        int cells = (int)Math.Min(GridDistribution.MaxCells, Math.Ceiling((40 * mean + 8 * service.Max) / stepNs) + residual.Length);
        var w = new double[cells];
        double r0 = residual[0];
        double denominator = 1 - rho * r0;
        w[0] = (1 - rho) / denominator;
        double total = w[0];
        for (int k = 1; k < cells; k++)
        {
            double sum = 0;
            int top = Math.Min(k, residual.Length - 1);
            for (int j = 1; j <= top; j++)
            {
                sum += residual[j] * w[k - j];
            }
            w[k] = rho * sum / denominator;
            total += w[k];
        }
        // What the grid does not reach belongs to the tail.
        w[cells - 1] += Math.Max(0, 1 - total);
        return new GridDistribution(stepNs, w);
    }

    /// <summary>The residual service time's masses: a size-biased mixture of uniforms on [0, s].</summary>
    private static double[] Residual(ServiceTime service, double stepNs)
    {
        double mean = service.Mean;
        double[]? mass = null;
        foreach (var (ns, probability) in service.Values)
        {
            var uniform = GridDistribution.Uniform(stepNs, ns);
            mass ??= new double[(int)Math.Ceiling(service.Max / stepNs + 0.5) + 2];
            double weight = probability * ns / mean;
            for (int k = 0; k < uniform.Length; k++)
            {
                mass[Math.Min(k, mass.Length - 1)] += weight * uniform[k];
            }
        }
        return mass!;
    }
}
