using FabricSim.Engine.Time;

namespace FabricSim.Network.Metrics;

/// <summary>
/// A rate limit that joins the fabric after it is built (a VPN's gateways), so the fabric resets, samples and
/// measures it beside its own links, VXCs and MCRs.
/// </summary>
internal interface IMeasuredLimiter : ILimiterCounters
{
    void ResetCounters();

    /// <summary>Its row over the measured window of <paramref name="seconds"/>: offered, carried and dropped load.</summary>
    LinkMeasurement Measure(SimTime now, double seconds);
}
