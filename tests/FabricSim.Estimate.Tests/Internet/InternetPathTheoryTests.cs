using FabricSim.Engine.Random;
using FabricSim.Engine.Time;
using FabricSim.Estimate.Internet;
using FabricSim.Network.Internet;

namespace FabricSim.Estimate.Tests.Internet;

/// <summary>
/// The flow model's Internet delay and loss against the packet model's own elements, run alone for long enough that
/// their sampling error is small: the queueing delay process read at uniformly spread moments over 40,000 knots, and
/// the Gilbert–Elliott chain over 2 × 10⁶ packets. Each tolerance is the 99 % interval of 20 batch means (t₁₉ = 2.86)
/// plus the grid's resolution.
/// </summary>
public sealed class InternetPathTheoryTests
{
    private const int Batches = 20;

    [Theory]
    [InlineData(2, 100)]
    [InlineData(5, 60)]
    [InlineData(20, 45)]
    public void Added_delay_quantiles_match_the_packet_models_delay_process(double meanMs, double boundMs)
    {
        var jitter = new TruncatedExponentialJitter(SimTime.FromMilliseconds(meanMs), SimTime.FromMilliseconds(boundMs));
        var path = new InternetPathParameters { Jitter = jitter };
        var model = InternetPathDelay.Added(path, 0, 1e9);
        var process = new QueueingDelayProcess(jitter, new RandomStream(2026) { Name = "jitter" });
        long spacing = process.KnotSpacingNanoseconds;
        // A moment every 0.3137 of a knot interval: uniformly spread in phase, never locked to the knots.
        const int PerBatch = 40_000;
        double[] probabilities = [0.5, 0.9, 0.99];
        var batches = new double[probabilities.Length][];
        for (int q = 0; q < probabilities.Length; q++)
        {
            batches[q] = new double[Batches];
        }
        double t = 0;
        for (int b = 0; b < Batches; b++)
        {
            var samples = new double[PerBatch];
            for (int i = 0; i < PerBatch; i++)
            {
                t += 0.3137 * spacing;
                samples[i] = process.At((long)t);
            }
            Array.Sort(samples);
            for (int q = 0; q < probabilities.Length; q++)
            {
                batches[q][b] = samples[(int)(probabilities[q] * PerBatch)];
            }
        }
        for (int q = 0; q < probabilities.Length; q++)
        {
            var (mean, halfWidth) = Interval(batches[q]);
            Assert.InRange(model.Quantile(probabilities[q]), mean - halfWidth - 2 * model.Step, mean + halfWidth + 2 * model.Step);
        }
        Assert.Equal(jitter.MeanNanoseconds, model.Mean(), jitter.MeanNanoseconds * 0.002);
    }

    [Theory]
    [InlineData(0.001, 1, 1)]
    [InlineData(0.01, 4, 1)]
    [InlineData(0.01, 4, 2)]
    [InlineData(0.002, 2, 3)]
    public void Packet_loss_over_consecutive_pieces_matches_the_packet_models_loss_chain(double rate, double burst, int pieces)
    {
        var path = new InternetPathParameters { LossRate = rate, MeanLossBurstPackets = burst };
        double model = InternetPathLoss.Of(path, pieces, 0, 1e9);
        var chain = path.CreateLossModel(new RandomStream(7) { Name = "loss" })!;
        const int PerBatch = 100_000;
        var batches = new double[Batches];
        for (int b = 0; b < Batches; b++)
        {
            int lost = 0;
            for (int i = 0; i < PerBatch; i++)
            {
                bool any = false;
                for (int k = 0; k < pieces; k++)
                {
                    any |= chain.NextIsLost(0);
                }
                lost += any ? 1 : 0;
            }
            batches[b] = lost / (double)PerBatch;
        }
        var (mean, halfWidth) = Interval(batches);
        Assert.InRange(model, mean - halfWidth, mean + halfWidth);
        if (pieces == 1)
        {
            Assert.Equal(rate, model, 12);
        }
    }

    /// <summary>
    /// With a congestion cycle, the added delay is the jitter's plus the cycle's at a uniform moment of the window: over
    /// a whole period the raised cosine's values follow the arcsine law, so its mean is half the peak's extra delay.
    /// </summary>
    [Fact]
    public void A_congestion_cycle_over_a_whole_period_adds_half_its_peak_delay_on_average()
    {
        var cycle = new CongestionCycle(SimTime.FromSeconds(60), SimTime.FromSeconds(30), SimTime.Zero, SimTime.FromMilliseconds(20), 0.01);
        var jitter = new TruncatedExponentialJitter(SimTime.FromMilliseconds(2), SimTime.FromMilliseconds(100));
        var delay = InternetPathDelay.Added(new InternetPathParameters { Jitter = jitter, Congestion = cycle }, 0, 60e9);
        Assert.Equal(2e6 + 10e6, delay.Mean(), 2e6 * 0.01);
        // The extra loss rate is averaged the same way: half the peak's on top of the base rate.
        double loss = InternetPathLoss.Of(new InternetPathParameters { LossRate = 0.001, Congestion = cycle }, 1, 0, 60e9);
        Assert.Equal(0.001 + 0.005, loss, 1e-5);
    }

    /// <summary>The mean of the batch means and its 99 % half-width (t with 19 degrees of freedom: 2.86).</summary>
    private static (double Mean, double HalfWidth) Interval(double[] batches)
    {
        double mean = batches.Average();
        return (mean, 2.86 * Math.Sqrt(batches.Sum(x => (x - mean) * (x - mean)) / (Batches - 1) / Batches));
    }
}
