namespace FabricSim.Network.Tests.Theory;

/// <summary>
/// Exact M/D/1/K results (Poisson arrivals, deterministic service S, room for K including the one in service) from
/// the Markov chain embedded at departure epochs, with the standard M/G/1/K conversion to time averages
/// (Gross &amp; Harris, Fundamentals of Queueing Theory, §5.1.9): p_j = π_j / (π_0 + ρ) for j &lt; K and
/// p_K = 1 − 1/(π_0 + ρ), where ρ = λS.
/// </summary>
internal sealed class MD1KQueue
{
    public MD1KQueue(double rho, int capacity)
    {
        Rho = rho;
        Capacity = capacity;
        int n = capacity; // departure states 0 … K−1
        var a = new double[n + 1];
        a[0] = Math.Exp(-rho);
        for (int k = 1; k <= n; k++)
        {
            a[k] = a[k - 1] * rho / k;
        }
        // Transition matrix of the departure chain: from i (≥1) to i−1+k; from 0 as from 1; K−1 absorbs the tail.
        var p = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            int start = Math.Max(i - 1, 0);
            double sum = 0;
            for (int j = start; j < n - 1; j++)
            {
                p[i, j] = a[j - start];
                sum += p[i, j];
            }
            p[i, n - 1] = 1 - sum;
        }
        var departure = SolveStationary(p, n);
        double denominator = departure[0] + rho;
        TimeAverage = new double[capacity + 1];
        for (int j = 0; j < n; j++)
        {
            TimeAverage[j] = departure[j] / denominator;
        }
        TimeAverage[capacity] = 1 - 1 / denominator;
    }

    public double Rho { get; }
    public int Capacity { get; }

    /// <summary>Time-average (and, by PASTA, arrival-seen) distribution of the number in system, 0 … K.</summary>
    public double[] TimeAverage { get; }

    /// <summary>Fraction of arrivals that find the system full and are lost.</summary>
    public double BlockingProbability => TimeAverage[Capacity];

    public double MeanNumberInSystem
    {
        get
        {
            double sum = 0;
            for (int j = 0; j <= Capacity; j++)
            {
                sum += j * TimeAverage[j];
            }
            return sum;
        }
    }

    /// <summary>Mean time in system of admitted customers, in units of the service time (Little's law on admitted traffic).</summary>
    public double MeanSojournInServiceTimes => MeanNumberInSystem / (Rho * (1 - BlockingProbability));

    public double MeanWaitInServiceTimes => MeanSojournInServiceTimes - 1;

    /// <summary>Solves π P = π, Σπ = 1 by Gaussian elimination with partial pivoting on (Pᵀ − I) with one row replaced by ones.</summary>
    private static double[] SolveStationary(double[,] p, int n)
    {
        var m = new double[n, n + 1];
        for (int row = 0; row < n; row++)
        {
            for (int col = 0; col < n; col++)
            {
                m[row, col] = p[col, row] - (row == col ? 1 : 0);
            }
        }
        for (int col = 0; col <= n; col++)
        {
            m[n - 1, col] = 1;
        }
        for (int pivot = 0; pivot < n; pivot++)
        {
            int best = pivot;
            for (int row = pivot + 1; row < n; row++)
            {
                if (Math.Abs(m[row, pivot]) > Math.Abs(m[best, pivot]))
                {
                    best = row;
                }
            }
            for (int col = 0; col <= n; col++)
            {
                (m[pivot, col], m[best, col]) = (m[best, col], m[pivot, col]);
            }
            for (int row = 0; row < n; row++)
            {
                if (row == pivot || m[row, pivot] == 0)
                {
                    continue;
                }
                double factor = m[row, pivot] / m[pivot, pivot];
                for (int col = pivot; col <= n; col++)
                {
                    m[row, col] -= factor * m[pivot, col];
                }
            }
        }
        var x = new double[n];
        for (int i = 0; i < n; i++)
        {
            x[i] = m[i, n] / m[i, i];
        }
        return x;
    }
}
