using FabricSim.Engine.Time;
using FabricSim.Network.Units;

namespace FabricSim.Network.Policing;

/// <summary>
/// A token bucket of rate r and depth b, exact in integer arithmetic: tokens are kept in units of 1/(8·10⁹) byte, so
/// one nanosecond at r bit/s adds exactly r units and no rounding ever accumulates. Starts full. Over any interval
/// of length t it admits at most r·t + b bytes.
/// </summary>
internal sealed class TokenBucket
{
    private const long UnitsPerByte = 8 * SimTime.NanosPerSecond;
    private readonly Int128 _capacity;
    private Int128 _tokens;
    private long _updatedAt;

    public TokenBucket(DataRate rate, long burstBytes, SimTime now)
    {
        if (rate.IsZero)
        {
            throw new ArgumentOutOfRangeException(nameof(rate), rate, "A token bucket needs a positive rate.");
        }
        ArgumentOutOfRangeException.ThrowIfLessThan(burstBytes, 1);
        Rate = rate;
        BurstBytes = burstBytes;
        _capacity = (Int128)burstBytes * UnitsPerByte;
        _tokens = _capacity;
        _updatedAt = now.Nanoseconds;
    }

    public DataRate Rate { get; }
    public long BurstBytes { get; }

    /// <summary>Whole bytes available now.</summary>
    public long AvailableBytes(SimTime now)
    {
        Refill(now.Nanoseconds);
        return (long)(_tokens / UnitsPerByte);
    }

    /// <summary>Takes <paramref name="bytes"/> if that many tokens are available; otherwise takes nothing.</summary>
    public bool TryConsume(SimTime now, long bytes)
    {
        Refill(now.Nanoseconds);
        Int128 needed = (Int128)bytes * UnitsPerByte;
        if (needed > _tokens)
        {
            return false;
        }
        _tokens -= needed;
        return true;
    }

    /// <summary>
    /// How long until <paramref name="bytes"/> tokens are available (zero if they are now), rounded up to a whole
    /// nanosecond. Never, for more bytes than the bucket holds: <see cref="SimTime.MaxValue"/>.
    /// </summary>
    public SimTime TimeUntilAvailable(SimTime now, long bytes)
    {
        if (bytes > BurstBytes)
        {
            return SimTime.MaxValue;
        }
        Refill(now.Nanoseconds);
        Int128 missing = (Int128)bytes * UnitsPerByte - _tokens;
        if (missing <= 0)
        {
            return SimTime.Zero;
        }
        long rate = Rate.BitsPerSecond;
        return new SimTime((long)((missing + rate - 1) / rate));
    }

    private void Refill(long now)
    {
        if (now <= _updatedAt)
        {
            return;
        }
        Int128 added = (Int128)(now - _updatedAt) * Rate.BitsPerSecond;
        _tokens = Int128.Min(_capacity, _tokens + added);
        _updatedAt = now;
    }
}
