using FabricSim.Estimate.Distributions;

namespace FabricSim.Estimate.Queueing;

/// <summary>
/// What one queue or policer does at its aggregate load: the waiting time before transmission and the fraction of
/// arrivals it drops. Below saturation, with a buffer the infinite-buffer tail would hardly reach, the exact M/G/1
/// waiting time; otherwise M/G/1/K, whose time-average occupancy gives the wait of an admitted packet: j packets ahead
/// means j − 1 whole services and a residual one. A token-bucket policer of depth B is the same queue run as a virtual
/// queue of B bytes that never delays: it drops what the M/G/1/K with K = ⌊B / E[S]⌋ would drop.
/// </summary>
internal sealed record ElementQueue(GridDistribution Wait, double Loss)
{
    /// <summary>Tail mass of the infinite-buffer wait beyond the buffer above which the finite buffer is solved instead.</summary>
    private const double BufferReachedTail = 1e-4;

    /// <summary>Cells per longest job at a queue that receives whole messages: a 44-segment message's wait to within 1/3 of a segment.</summary>
    private const int BatchCells = 128;

    /// <summary>Bucket depth in jobs above which a policer first checks whether its queue could ever fill it.</summary>
    private const int LargeBucket = 1000;

    /// <summary>Infinite-queue tail beyond a bucket below which the bucket is taken never to overflow.</summary>
    private const double NeverReachedTail = 1e-12;

    /// <param name="arrivalsPerNs">Jobs per ns: packets, or messages whose segments arrive together (then <paramref name="service"/> is a whole message's work).</param>
    /// <param name="creditNs">
    /// For a token-bucket shaper: its depth in time at its rate. A packet waits only for the backlog beyond the bucket,
    /// so the queue's wait is reduced by that much (a plain link has none).
    /// </param>
    /// <param name="packetsPerJob">Mean packets a job brings: the buffer holds packets, so it holds that many times fewer jobs.</param>
    public static ElementQueue ForQueue(double arrivalsPerNs, ServiceTime service, int bufferPackets, double creditNs = 0, double packetsPerJob = 1)
    {
        var queue = Solve(arrivalsPerNs, service, bufferPackets, packetsPerJob);
        return creditNs > 0 ? queue with { Wait = queue.Wait.LessCredit(creditNs) } : queue;
    }

    private static ElementQueue Solve(double arrivalsPerNs, ServiceTime service, int bufferPackets, double packetsPerJob)
    {
        ArgumentNullException.ThrowIfNull(service);
        double rho = arrivalsPerNs * service.Mean;
        if (rho <= 0)
        {
            return new ElementQueue(GridDistribution.Zero(service.Min / WaitingTime.CellsPerService), 0);
        }
        if (rho < 0.999)
        {
            // Whole messages are jobs many packets long: a grid fine for the smallest packet would spend its cells on
            // residual times of the longest message, so a batch queue's grid follows the longest job instead.
            var infinite = Infinite(arrivalsPerNs, service, packetsPerJob);
            if (infinite.Exceeds((bufferPackets - 1) * service.Mean / packetsPerJob) < BufferReachedTail)
            {
                return new ElementQueue(infinite, 0);
            }
        }
        // With batches the buffer is counted in whole jobs of the mean size: an approximation that holds only while
        // batches are small beside the buffer (the estimate says so where an exchange meets a full queue).
        var finite = FiniteBuffer.Solve(arrivalsPerNs, service, packetsPerJob == 1 ? bufferPackets : Math.Max(1, (int)Math.Round(bufferPackets / packetsPerJob)));
        return new ElementQueue(AdmittedWait(finite, service), finite.Loss);
    }

    private static GridDistribution Infinite(double arrivalsPerNs, ServiceTime service, double packetsPerJob) => packetsPerJob == 1
        ? WaitingTime.Distribution(arrivalsPerNs, service)
        : WaitingTime.Distribution(arrivalsPerNs, service, Math.Max(service.Min / WaitingTime.CellsPerService, service.Max / BatchCells));

    /// <param name="meanJobBytes">Mean bytes of a job: a packet, or a message whose segments arrive together.</param>
    /// <param name="packetsPerJob">Mean packets a job brings.</param>
    public static ElementQueue ForPolicer(double arrivalsPerNs, ServiceTime service, long burstBytes, double meanJobBytes, double packetsPerJob = 1)
    {
        ArgumentNullException.ThrowIfNull(service);
        int depth = (int)Math.Max(1, Math.Floor(burstBytes / meanJobBytes));
        // A bucket of thousands of small packets costs the finite chain depth² steps; where the infinite queue's tail
        // never reaches it, it drops nothing worth counting.
        bool unreached = depth > LargeBucket && arrivalsPerNs * service.Mean < 0.999
            && Infinite(arrivalsPerNs, service, packetsPerJob).Exceeds((depth - 1) * service.Mean) < NeverReachedTail;
        double loss = arrivalsPerNs <= 0 || unreached ? 0 : FiniteBuffer.Solve(arrivalsPerNs, service, depth).Loss;
        return new ElementQueue(GridDistribution.Zero(service.Min / WaitingTime.CellsPerService), loss);
    }

    private static GridDistribution AdmittedWait(FiniteBuffer finite, ServiceTime service)
    {
        double mean = service.Mean;
        double step = Math.Max(service.Min / WaitingTime.CellsPerService, finite.TimeAverage.Count * mean / (GridDistribution.MaxCells / 2));
        var mass = new double[(int)Math.Ceiling(finite.TimeAverage.Count * mean / step) + 2];
        double admitted = 1 - finite.Loss;
        mass[0] = finite.TimeAverage[0] / admitted;
        int perService = (int)Math.Max(1, Math.Round(mean / step));
        for (int j = 1; j < finite.TimeAverage.Count - 1; j++)
        {
            double share = finite.TimeAverage[j] / admitted / perService;
            int start = (int)Math.Round((j - 1) * mean / step);
            for (int c = 0; c < perService; c++)
            {
                mass[Math.Min(mass.Length - 1, start + c)] += share;
            }
        }
        return new GridDistribution(step, mass);
    }
}
