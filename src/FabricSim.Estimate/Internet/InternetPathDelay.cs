using System.Collections.Concurrent;
using System.Globalization;
using FabricSim.Engine.Random;
using FabricSim.Estimate.Distributions;
using FabricSim.Network.Internet;

namespace FabricSim.Estimate.Internet;

/// <summary>
/// The delay an Internet path adds beyond its base delay, for a packet entering at a random moment of the measured
/// window, as the packet model draws it: its queueing delay process joins independent draws X₁, X₂ of the jitter
/// distribution at knots by straight lines, so a packet a fraction f of the way between knots sees (1 − f) X₁ + f X₂,
/// f uniform; the congestion cycle adds its extra delay at that moment, independently of the draws. The mixture over
/// f is summed from convolutions of the two scaled draws, the cycle's delay is the histogram of its values over the
/// window, and the two are convolved. A truncated exponential (the scenarios' jitter) is discretised from its CDF;
/// any other jitter distribution from a short seeded sample of it alone. Solutions are cached by their parameters.
/// </summary>
internal static class InternetPathDelay
{
    /// <summary>Fractions f between knots the mixture is summed over (midpoints); the error falls as 1/F².</summary>
    private const int Fractions = 64;

    /// <summary>Cells a jitter draw spreads over.</summary>
    private const int Cells = 4_096;

    /// <summary>Means of the jitter beyond which its tail is negligible (e^-30 for an exponential body).</summary>
    private const double MeansCovered = 30;

    /// <summary>Moments of the window the congestion cycle is read at.</summary>
    private const int WindowPoints = 512;

    /// <summary>Draws of a jitter distribution that has no CDF to discretise.</summary>
    private const int Samples = 200_000;

    private static readonly ConcurrentDictionary<string, GridDistribution> Solved = new(StringComparer.Ordinal);

    /// <summary>The added delay; all mass at zero for a path without jitter or congestion.</summary>
    /// <param name="fromNs">Start of the measured window (simulated time).</param>
    /// <param name="toNs">End of the measured window.</param>
    public static GridDistribution Added(InternetPathParameters path, double fromNs, double toNs)
    {
        ArgumentNullException.ThrowIfNull(path);
        var jitter = path.Jitter;
        var congestion = path.Congestion is { ExtraDelay.Nanoseconds: > 0 } c ? c : null;
        if (jitter is null && congestion is null)
        {
            return GridDistribution.Zero(1);
        }
        string key = string.Create(CultureInfo.InvariantCulture,
            $"{jitter?.GetType().Name}|{jitter?.MeanNanoseconds:R}|{jitter?.UpperBoundNanoseconds:R}|{CongestionKey(congestion)}|{(congestion is null ? 0 : fromNs):R}|{(congestion is null ? 0 : toNs):R}");
        return Solved.GetOrAdd(key, _ => Solve(jitter, congestion, fromNs, toNs));
    }

    /// <summary>
    /// The variance of the change in added delay between two packets <paramref name="gapNs"/> apart: between knots the
    /// delay moves by (X₂ − X₁) · gap / spacing, whose variance is 2 Var X (gap / spacing)²; beyond a spacing the two
    /// delays are unrelated.
    /// </summary>
    public static double DriftVariance(InternetPathParameters path, double gapNs)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.Jitter is not { } jitter)
        {
            return 0;
        }
        double spacing = Math.Max(1, Math.Ceiling(2 * jitter.UpperBoundNanoseconds));
        var draw = Draw(jitter);
        double mean = draw.Mean(), second = 0;
        for (int k = 0; k < draw.Length; k++)
        {
            second += draw[k] * (k * draw.Step) * (k * draw.Step);
        }
        double fraction = Math.Min(1, gapNs / spacing);
        return 2 * Math.Max(0, second - mean * mean) * fraction * fraction;
    }

    private static string CongestionKey(CongestionCycle? c) => c is null ? "-" : string.Create(CultureInfo.InvariantCulture,
        $"{c.Period.Nanoseconds}/{c.PeakAt.Nanoseconds}/{c.StartAt.Nanoseconds}/{c.ExtraDelay.Nanoseconds}");

    private static GridDistribution Solve(IJitterDistribution? jitter, CongestionCycle? congestion, double fromNs, double toNs)
    {
        GridDistribution? queueing = jitter is null ? null : Interpolated(Draw(jitter));
        if (congestion is null)
        {
            return queueing!;
        }
        double step = queueing?.Step ?? Math.Max(1, congestion.ExtraDelay.Nanoseconds / (double)Cells);
        var cycle = new double[(int)Math.Ceiling(congestion.ExtraDelay.Nanoseconds / step) + 2];
        foreach (double ns in CongestionWindow.Moments(fromNs, toNs, WindowPoints))
        {
            double position = congestion.ExtraDelayNanoseconds(new Engine.Time.SimTime((long)ns)) / step;
            int low = (int)Math.Floor(position);
            cycle[low] += (1 - (position - low)) / WindowPoints;
            cycle[low + 1] += (position - low) / WindowPoints;
        }
        var extra = new GridDistribution(step, cycle);
        return queueing is null ? extra : queueing.Convolve(extra);
    }

    /// <summary>One knot's draw on a grid covering its support (or as much of it as holds all but e^-30 of its mass).</summary>
    private static GridDistribution Draw(IJitterDistribution jitter)
    {
        string key = string.Create(CultureInfo.InvariantCulture, $"draw|{jitter.GetType().Name}|{jitter.MeanNanoseconds:R}|{jitter.UpperBoundNanoseconds:R}");
        return Solved.GetOrAdd(key, _ =>
        {
            double range = Math.Min(jitter.UpperBoundNanoseconds, MeansCovered * jitter.MeanNanoseconds);
            double step = Math.Max(1e-3, range / Cells);
            var mass = new double[Cells + 2];
            if (jitter is TruncatedExponentialJitter exponential)
            {
                // Cell k holds the mass of [k − ½, k + ½) steps, so the grid's mean matches the distribution's.
                double before = 0;
                for (int k = 0; k < mass.Length; k++)
                {
                    double upTo = k == mass.Length - 1 ? 1 : exponential.CumulativeProbability((k + 0.5) * step);
                    mass[k] = upTo - before;
                    before = upTo;
                }
            }
            else
            {
                var random = new RandomStream(0x1A7E5EED) { Name = "flow-level jitter sample" };
                for (int i = 0; i < Samples; i++)
                {
                    mass[Math.Min(mass.Length - 1, (int)Math.Round(jitter.NextNanoseconds(random) / step))] += 1.0 / Samples;
                }
            }
            return new GridDistribution(step, mass);
        });
    }

    /// <summary>The mixture over f of (1 − f) X₁ + f X₂; f and 1 − f give the same sum, so half the fractions suffice.</summary>
    private static GridDistribution Interpolated(GridDistribution draw)
    {
        var mixture = new double[draw.Length + 1];
        for (int i = 0; i < Fractions / 2; i++)
        {
            double f = (i + 0.5) / Fractions;
            var sum = Scaled(draw, 1 - f).Convolve(Scaled(draw, f));
            for (int k = 0; k < Math.Min(sum.Length, mixture.Length); k++)
            {
                mixture[k] += sum[k] * 2 / Fractions;
            }
            for (int k = mixture.Length; k < sum.Length; k++)
            {
                mixture[^1] += sum[k] * 2 / Fractions;
            }
        }
        return new GridDistribution(draw.Step, mixture);
    }

    /// <summary>a X on the same grid, each cell's mass split between the two cells nearest a times its value.</summary>
    private static GridDistribution Scaled(GridDistribution draw, double factor)
    {
        var mass = new double[(int)Math.Ceiling(draw.Length * factor) + 2];
        for (int k = 0; k < draw.Length; k++)
        {
            double position = k * factor;
            int low = (int)Math.Floor(position);
            mass[low] += draw[k] * (1 - (position - low));
            mass[low + 1] += draw[k] * (position - low);
        }
        return new GridDistribution(draw.Step, mass);
    }
}
