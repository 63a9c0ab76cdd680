namespace FabricSim.Network.Traffic;

/// <summary>
/// Puts a receiver's messages back together from their segments with constant state: a path keeps one flow's packets
/// in order, so once a segment of a later message arrives every earlier message is complete or lost (a message
/// counts as lost when any of its segments is). A segment overtaken after a reroute arrives for a message already
/// decided and is ignored, as an application that reads messages in order would. Counts cover messages numbered from
/// <see cref="FirstCounted"/> on, the sender's first of the measured window.
/// </summary>
internal sealed class MessageAssembly(int segments)
{
    private long _current = -1;
    private int _received;

    public long FirstCounted { get; private set; }
    public long Completed { get; private set; }
    public long Lost { get; private set; }

    /// <summary>Takes one segment of message <paramref name="message"/>; true when it completes that message.</summary>
    public bool Accept(long message)
    {
        if (message < _current)
        {
            return false;
        }
        if (message > _current)
        {
            if (_current >= 0 && _received < segments)
            {
                CountLost(_current, _current);
            }
            // Messages numbered between the two sent no segment that arrived.
            CountLost(_current + 1, message - 1);
            _current = message;
            _received = 0;
        }
        if (++_received != segments)
        {
            return false;
        }
        if (message >= FirstCounted)
        {
            Completed++;
        }
        return true;
    }

    /// <summary>Forgets the counts; messages from <paramref name="firstCounted"/> on are counted.</summary>
    public void Reset(long firstCounted)
    {
        FirstCounted = firstCounted;
        Completed = 0;
        Lost = 0;
    }

    private void CountLost(long from, long to)
    {
        long first = Math.Max(from, FirstCounted);
        if (to >= first)
        {
            Lost += to - first + 1;
        }
    }
}
