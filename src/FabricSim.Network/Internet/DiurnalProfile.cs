using FabricSim.Engine.Time;

namespace FabricSim.Network.Internet;

/// <summary>
/// How busy the Internet is through the day: 24 hourly multipliers for the added (queueing) delay and for the loss
/// tendency, piecewise constant over each hour. Simulated time zero falls at <see cref="StartHour"/> local time.
/// </summary>
public sealed class DiurnalProfile
{
    private const long NanosPerHour = 3_600 * SimTime.NanosPerSecond;
    private readonly double[] _delay;
    private readonly double[] _loss;

    public DiurnalProfile(IReadOnlyList<double> delayMultipliers, IReadOnlyList<double> lossMultipliers, int startHour = 0)
    {
        _delay = Check(delayMultipliers, nameof(delayMultipliers));
        _loss = Check(lossMultipliers, nameof(lossMultipliers));
        ArgumentOutOfRangeException.ThrowIfNegative(startHour);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(startHour, 23);
        StartHour = startHour;
    }

    public int StartHour { get; }

    /// <summary>
    /// A residential-style evening peak: quiet at night (×0.6 delay, ×0.5 loss at 03:00–05:00), busy 19:00–23:00
    /// (×2 delay, ×3 loss), shaped after the evening peak operators report; a default to be replaced by measurements.
    /// </summary>
    public static DiurnalProfile EveningPeak(int startHour = 0) => new(
        [0.8, 0.7, 0.6, 0.6, 0.6, 0.6, 0.7, 0.8, 1.0, 1.1, 1.1, 1.1, 1.1, 1.1, 1.1, 1.1, 1.2, 1.3, 1.5, 2.0, 2.0, 2.0, 2.0, 1.3],
        [0.6, 0.5, 0.5, 0.5, 0.5, 0.5, 0.6, 0.8, 1.0, 1.1, 1.1, 1.1, 1.1, 1.1, 1.1, 1.1, 1.3, 1.5, 2.0, 3.0, 3.0, 3.0, 3.0, 1.5],
        startHour);

    public int HourAt(SimTime now) => (int)((now.Nanoseconds / NanosPerHour + StartHour) % 24);

    public double DelayMultiplier(SimTime now) => _delay[HourAt(now)];

    public double LossMultiplier(SimTime now) => _loss[HourAt(now)];

    private static double[] Check(IReadOnlyList<double> multipliers, string name)
    {
        ArgumentNullException.ThrowIfNull(multipliers, name);
        if (multipliers.Count != 24)
        {
            throw new ArgumentException($"A diurnal profile has 24 hourly values, not {multipliers.Count}.", name);
        }
        var copy = new double[24];
        for (int h = 0; h < 24; h++)
        {
            if (multipliers[h] < 0 || double.IsNaN(multipliers[h]))
            {
                throw new ArgumentOutOfRangeException(name, multipliers[h], $"The multiplier for hour {h} is negative.");
            }
            copy[h] = multipliers[h];
        }
        return copy;
    }
}
