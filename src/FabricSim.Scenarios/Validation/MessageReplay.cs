using FabricSim.Network.Queues;
using FabricSim.Network.Traffic;

namespace FabricSim.Scenarios.Validation;

/// <summary>What a stage of a message's path does to its segments.</summary>
internal enum StageKind
{
    /// <summary>A link direction: store and forward at its rate, so segments leave it spaced by their transmission.</summary>
    Link,

    /// <summary>A token-bucket policer: passes what finds tokens, drops the rest at once.</summary>
    Policer,

    /// <summary>A token-bucket shaper: holds what finds too few tokens, up to its queue, and releases it when they come.</summary>
    Shaper,
}

/// <summary>
/// One element on a message's way. <see cref="Kind"/> names what the user calls it ("VXC", "MCR", "Internet VXC", a
/// link), <see cref="Element"/> which one, <see cref="From"/> the node it is entered at.
/// </summary>
internal sealed record MessageStage(StageKind Stage, string Kind, string Element, string From, long RateBitsPerSecond, long BurstBytes = 0)
{
    /// <summary>For a shaper: what it holds before it drops.</summary>
    public QueueLimit Queue { get; init; } = QueueLimit.Unlimited;
}

/// <summary>
/// Replays one message, alone on an idle path, through the stages of its way with the packet engine's own arithmetic:
/// its <see cref="MessageSegments"/> leave the sender at one instant; a link transmits each in whole nanoseconds
/// rounded up, back to back; a policer or shaper is a token bucket that starts full (the message before it long
/// gone), kept in units of 1/(8·10⁹) byte so that nothing rounds. A policer behind a link slower than itself sees
/// the segments spread out and refills while they come, so it passes more than its burst; one at the sender sees
/// them at once. A message that some stage drops a segment of even so loses its tail every time it is sent.
/// </summary>
internal static class MessageReplay
{
    private const long UnitsPerByte = 8_000_000_000;

    /// <summary>The first stage that drops a segment of a message of <paramref name="messageBytes"/> cut to <paramref name="mtuBytes"/>, with the time its segments took to arrive there; null when the message passes whole.</summary>
    public static (int Stage, long SpreadNs)? FirstDrop(IReadOnlyList<MessageStage> stages, long messageBytes, int mtuBytes)
    {
        int count = checked((int)MessageSegments.Count(messageBytes, mtuBytes));
        var sizes = new int[count];
        var times = new long[count];
        for (int i = 0; i < count; i++)
        {
            sizes[i] = MessageSegments.SegmentBytes(messageBytes, mtuBytes, i);
        }
        for (int s = 0; s < stages.Count; s++)
        {
            var stage = stages[s];
            long spread = times[count - 1] - times[0];
            bool whole = stage.Stage switch
            {
                StageKind.Link => Transmit(stage, sizes, times),
                StageKind.Policer => Police(stage, sizes, times),
                _ => Shape(stage, sizes, times),
            };
            if (!whole)
            {
                return (s, spread);
            }
        }
        return null;
    }

    /// <summary>The largest message below <paramref name="messageBytes"/> that passes every stage; 0 when none does.</summary>
    public static long LargestPassing(IReadOnlyList<MessageStage> stages, long messageBytes, int mtuBytes)
    {
        // A larger message is a smaller one with more bytes behind it: whatever drops the smaller drops the larger.
        long low = 0;
        long high = messageBytes - 1;
        while (low < high)
        {
            long middle = low + (high - low + 1) / 2;
            if (FirstDrop(stages, middle, mtuBytes) is null)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }
        return FirstDrop(stages, low, mtuBytes) is null ? low : 0;
    }

    private static bool Transmit(MessageStage link, int[] sizes, long[] times)
    {
        long busyUntil = long.MinValue;
        long rate = link.RateBitsPerSecond;
        for (int i = 0; i < sizes.Length; i++)
        {
            long start = Math.Max(times[i], busyUntil);
            busyUntil = start + (sizes[i] * 8L * 1_000_000_000 + rate - 1) / rate;
            times[i] = busyUntil;
        }
        return true;
    }

    private static bool Police(MessageStage policer, int[] sizes, long[] times)
    {
        var bucket = new Bucket(policer, times[0]);
        for (int i = 0; i < sizes.Length; i++)
        {
            bucket.Refill(times[i]);
            if (!bucket.TryTake(sizes[i]))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// FIFO: a segment leaves at once if none waits and the bucket covers it, else when the one before has left and
    /// the bucket covers it, to the nanosecond rounded up; one the queue cannot hold on arrival, or larger than the
    /// burst, is dropped.
    /// </summary>
    private static bool Shape(MessageStage shaper, int[] sizes, long[] times)
    {
        var bucket = new Bucket(shaper, times[0]);
        var departures = new long[sizes.Length];
        int firstWaiting = 0;
        long waitingBytes = 0;
        long previous = long.MinValue;
        for (int i = 0; i < sizes.Length; i++)
        {
            long arrival = times[i];
            if (sizes[i] > shaper.BurstBytes)
            {
                return false;
            }
            while (firstWaiting < i && departures[firstWaiting] <= arrival)
            {
                waitingBytes -= sizes[firstWaiting++];
            }
            long from = Math.Max(arrival, previous);
            bucket.Refill(from);
            long wait = bucket.NanosecondsUntil(sizes[i]);
            if ((firstWaiting < i || wait > 0) && !shaper.Queue.Admits(i - firstWaiting, waitingBytes, sizes[i]))
            {
                return false;
            }
            departures[i] = from + wait;
            bucket.Refill(departures[i]);
            bucket.TryTake(sizes[i]);
            waitingBytes += sizes[i];
            previous = departures[i];
            times[i] = departures[i];
        }
        return true;
    }

    /// <summary>The packet engine's token bucket: full at the start, refilled at the rate, never above the burst.</summary>
    private struct Bucket(MessageStage stage, long now)
    {
        private readonly Int128 _capacity = (Int128)stage.BurstBytes * UnitsPerByte;
        private readonly long _rate = stage.RateBitsPerSecond;
        private Int128 _tokens = (Int128)stage.BurstBytes * UnitsPerByte;
        private long _at = now;

        public void Refill(long now)
        {
            if (now > _at)
            {
                _tokens = Int128.Min(_capacity, _tokens + (Int128)(now - _at) * _rate);
                _at = now;
            }
        }

        public bool TryTake(long bytes)
        {
            Int128 needed = (Int128)bytes * UnitsPerByte;
            if (needed > _tokens)
            {
                return false;
            }
            _tokens -= needed;
            return true;
        }

        public readonly long NanosecondsUntil(long bytes)
        {
            Int128 missing = (Int128)bytes * UnitsPerByte - _tokens;
            return missing <= 0 ? 0 : (long)((missing + _rate - 1) / _rate);
        }
    }
}
