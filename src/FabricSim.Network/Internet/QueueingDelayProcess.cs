using FabricSim.Engine.Random;

namespace FabricSim.Network.Internet;

/// <summary>
/// The queueing delay of one direction of an Internet path as it evolves in time: independent samples of the jitter
/// distribution at knots <see cref="KnotSpacingNanoseconds"/> apart, joined by straight lines. Packets at any time see
/// the interpolated value, so its expectation at every instant is the distribution's mean, and it never exceeds the
/// bound. Knots are spaced twice the bound apart so the delay falls at most half a second per second: packets keep
/// their order without being held back, and arrive at most twice as close together as they were sent, as behind a real
/// queue, which drains no faster than its link. Draws depend only on which knots packets fall between.
/// </summary>
internal sealed class QueueingDelayProcess
{
    private readonly IJitterDistribution _jitter;
    private readonly RandomStream _random;
    private long _knot = long.MinValue;
    private double _atKnot;
    private double _atNextKnot;

    public QueueingDelayProcess(IJitterDistribution jitter, RandomStream random)
    {
        _jitter = jitter;
        _random = random;
        KnotSpacingNanoseconds = Math.Max(1L, (long)Math.Ceiling(2 * jitter.UpperBoundNanoseconds));
    }

    public long KnotSpacingNanoseconds { get; }

    /// <summary>The delay a packet entering at <paramref name="nowNanoseconds"/> (non-decreasing between calls) waits.</summary>
    public double At(long nowNanoseconds)
    {
        long knot = nowNanoseconds / KnotSpacingNanoseconds;
        if (knot != _knot)
        {
            if (knot == _knot + 1)
            {
                _atKnot = _atNextKnot;
            }
            else
            {
                _atKnot = _jitter.NextNanoseconds(_random);
            }
            _atNextKnot = _jitter.NextNanoseconds(_random);
            _knot = knot;
        }
        double fraction = (nowNanoseconds - knot * KnotSpacingNanoseconds) / (double)KnotSpacingNanoseconds;
        return _atKnot + (_atNextKnot - _atKnot) * fraction;
    }
}
