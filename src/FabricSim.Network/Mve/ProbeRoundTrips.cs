using FabricSim.Engine.Time;

namespace FabricSim.Network.Mve;

/// <summary>
/// The open probes of one transport, by sequence number: when each left and, once back, its round trip. A probe
/// counts only once its timeout has passed, as returned (latency = half the round trip) or lost, so a late probe
/// is never counted twice.
/// </summary>
internal sealed class ProbeRoundTrips(SimTime timeout)
{
    private long[] _sentAt = new long[1024];
    private long[] _roundTrip = new long[1024];
    private long _nextSequence;
    private long _oldestOpen;

    public SimTime Timeout { get; } = timeout;

    /// <summary>Opens the next probe, sent at <paramref name="now"/>; returns its sequence number.</summary>
    public long Open(long now)
    {
        long sequence = _nextSequence++;
        EnsureCapacity();
        int slot = Slot(sequence);
        _sentAt[slot] = now;
        _roundTrip[slot] = -1;
        return sequence;
    }

    public void Returned(long sequence, long now)
    {
        if (sequence >= _oldestOpen && sequence < _nextSequence)
        {
            int slot = Slot(sequence);
            _roundTrip[slot] = now - _sentAt[slot];
        }
    }

    /// <summary>Closes every probe whose timeout has passed at <paramref name="now"/> and summarises them.</summary>
    public PathQuality Collect(long now)
    {
        int sent = 0;
        int lost = 0;
        long latencySum = 0;
        while (_oldestOpen < _nextSequence)
        {
            int slot = Slot(_oldestOpen);
            if (_sentAt[slot] + Timeout.Nanoseconds > now)
            {
                break;
            }
            sent++;
            long roundTrip = _roundTrip[slot];
            if (roundTrip < 0 || roundTrip > Timeout.Nanoseconds)
            {
                lost++;
            }
            else
            {
                latencySum += roundTrip / 2;
            }
            _oldestOpen++;
        }
        int returned = sent - lost;
        return new PathQuality(sent, lost, returned == 0 ? SimTime.MaxValue : new SimTime(latencySum / returned));
    }

    private int Slot(long sequence) => (int)(sequence & (_sentAt.Length - 1));

    private void EnsureCapacity()
    {
        if (_nextSequence - _oldestOpen <= _sentAt.Length)
        {
            return;
        }
        // More probes open than slots: double the ring, re-placing the open ones by their sequence.
        var sentAt = new long[_sentAt.Length * 2];
        var roundTrip = new long[_sentAt.Length * 2];
        for (long s = _oldestOpen; s < _nextSequence - 1; s++)
        {
            int from = Slot(s);
            int to = (int)(s & (sentAt.Length - 1));
            sentAt[to] = _sentAt[from];
            roundTrip[to] = _roundTrip[from];
        }
        _sentAt = sentAt;
        _roundTrip = roundTrip;
    }
}
