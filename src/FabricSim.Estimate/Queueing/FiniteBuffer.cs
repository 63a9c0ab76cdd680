namespace FabricSim.Estimate.Queueing;

/// <summary>
/// An M/G/1/K queue (K packets in the system, the one in service included) by its embedded chain at departures:
/// a_k = P(k arrivals during one service), π the departure-epoch distribution on 0…K−1, then by PASTA the time-average
/// distribution p_j = π_j / (π₀ + ρ) for j &lt; K and the loss p_K = 1 − 1 / (π₀ + ρ) (Gross and Harris, Fundamentals
/// of Queueing Theory, §5.1.6). Valid at any load, overload included.
/// </summary>
internal sealed class FiniteBuffer
{
    private FiniteBuffer(double[] timeAverage, double loss, double rho)
    {
        TimeAverage = timeAverage;
        Loss = loss;
        Rho = rho;
    }

    /// <summary>P(j packets in the system) for j = 0…K, as an arrival sees it.</summary>
    public IReadOnlyList<double> TimeAverage { get; }

    /// <summary>The fraction of arrivals that find the system full and are dropped.</summary>
    public double Loss { get; }

    /// <summary>Offered load λ E[S].</summary>
    public double Rho { get; }

    public static FiniteBuffer Solve(double arrivalsPerNs, ServiceTime service, int capacity)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        double rho = arrivalsPerNs * service.Mean;
        if (rho <= 0)
        {
            var idle = new double[capacity + 1];
            idle[0] = 1;
            return new FiniteBuffer(idle, 0, 0);
        }
        var a = ArrivalsDuringService(arrivalsPerNs, service, capacity);
        // Unnormalised departure-epoch probabilities by the standard forward recursion from π₀ = 1.
        var pi = new double[capacity];
        pi[0] = 1;
        for (int j = 0; j + 1 < capacity; j++)
        {
            double value = pi[j] - pi[0] * a[j];
            for (int i = 1; i <= j; i++)
            {
                value -= pi[i] * a[j - i + 1];
            }
            pi[j + 1] = Math.Max(0, value / a[0]);
        }
        double sum = pi.Sum();
        for (int j = 0; j < capacity; j++)
        {
            pi[j] /= sum;
        }
        double scale = pi[0] + rho;
        var p = new double[capacity + 1];
        for (int j = 0; j < capacity; j++)
        {
            p[j] = pi[j] / scale;
        }
        double loss = Math.Clamp(1 - 1 / scale, 0, 1);
        p[capacity] = loss;
        return new FiniteBuffer(p, loss, rho);
    }

    /// <summary>Poisson arrivals during a service drawn from the service-time mix.</summary>
    private static double[] ArrivalsDuringService(double arrivalsPerNs, ServiceTime service, int capacity)
    {
        var a = new double[capacity + 1];
        foreach (var (ns, probability) in service.Values)
        {
            double mean = arrivalsPerNs * ns;
            double logMean = Math.Log(mean);
            double logFactorial = 0;
            // Poisson terms in log space: means of several hundred would underflow e^(−m) directly.
            for (int k = 0; k <= capacity; k++)
            {
                if (k > 1)
                {
                    logFactorial += Math.Log(k);
                }
                a[k] += probability * Math.Exp(-mean + k * logMean - logFactorial);
            }
        }
        return a;
    }
}
