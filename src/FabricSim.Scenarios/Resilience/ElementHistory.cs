using FabricSim.Engine.Random;

namespace FabricSim.Scenarios.Resilience;

/// <summary>
/// The up and down times of one element over a span, alternating exponential times with means MTBF and MTTR. It
/// starts in the stationary state (down with probability MTTR / (MTBF + MTTR)); the time left in that state is again
/// exponential with the same mean since exponential times have no memory, so every span is a fresh, unbiased draw.
/// </summary>
internal static class ElementHistory
{
    /// <summary>Adds each change of state within [0, span) as (time, element, down after it) to <paramref name="changes"/>; returns whether it starts down.</summary>
    public static bool Draw(RandomStream random, int element, double mtbf, double mttr, double span, List<(double At, int Element, bool Down)> changes)
    {
        bool down = random.NextDouble() < mttr / (mtbf + mttr);
        bool start = down;
        double at = random.NextExponential(down ? mttr : mtbf);
        while (at < span)
        {
            down = !down;
            changes.Add((at, element, down));
            at += random.NextExponential(down ? mttr : mtbf);
        }
        return start;
    }
}
