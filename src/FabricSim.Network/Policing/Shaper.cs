using FabricSim.Engine.Events;
using FabricSim.Engine.Statistics;
using FabricSim.Engine.Time;
using FabricSim.Network.Packets;
using FabricSim.Network.Queues;

namespace FabricSim.Network.Policing;

/// <summary>
/// Holds packets that find too few tokens in a FIFO and releases each as soon as the bucket covers it, so its output
/// conforms to (rate, burst); it drops only what overflows its queue or could never conform (larger than the burst).
/// </summary>
internal sealed class Shaper : IPacketReceiver, IEventHandler
{
    private readonly Simulator _simulator;
    private readonly PacketLedger _ledger;
    private readonly IPacketReceiver _downstream;
    private readonly PacketRing _waiting = new();
    private readonly QueueLimit _limit;
    private bool _releasePending;

    public Shaper(Simulator simulator, PacketLedger ledger, TokenBucket bucket, QueueLimit limit, IPacketReceiver downstream)
    {
        _simulator = simulator ?? throw new ArgumentNullException(nameof(simulator));
        _ledger = ledger ?? throw new ArgumentNullException(nameof(ledger));
        Bucket = bucket ?? throw new ArgumentNullException(nameof(bucket));
        _limit = limit;
        _downstream = downstream ?? throw new ArgumentNullException(nameof(downstream));
    }

    public TokenBucket Bucket { get; }
    public int Waiting => _waiting.Count;
    public long PacketsPassed { get; private set; }
    public long PacketsDropped { get; private set; }

    /// <summary>Time average of <see cref="Waiting"/>.</summary>
    internal TimeWeightedAverage QueueLength { get; } = new(SimTime.Zero);

    public void Receive(Packet packet)
    {
        ArgumentNullException.ThrowIfNull(packet);
        SimTime now = _simulator.Now;
        if (packet.FrameBytes > Bucket.BurstBytes)
        {
            Drop(packet);
            return;
        }
        if (_waiting.Count == 0 && Bucket.TryConsume(now, packet.FrameBytes))
        {
            PacketsPassed++;
            _downstream.Receive(packet);
            return;
        }
        if (!_limit.Admits(_waiting.Count, _waiting.Bytes, packet.FrameBytes))
        {
            Drop(packet);
            return;
        }
        _waiting.Enqueue(packet);
        QueueLength.Update(now, _waiting.Count);
        if (!_releasePending)
        {
            ScheduleRelease(now);
        }
    }

    public void OnEvent(object? payload, long argument)
    {
        _releasePending = false;
        SimTime now = _simulator.Now;
        while (_waiting.Peek() is { } head && Bucket.TryConsume(now, head.FrameBytes))
        {
            _waiting.Dequeue();
            QueueLength.Update(now, _waiting.Count);
            PacketsPassed++;
            _downstream.Receive(head);
        }
        if (_waiting.Count != 0)
        {
            ScheduleRelease(now);
        }
    }

    private void ScheduleRelease(SimTime now)
    {
        _releasePending = true;
        _simulator.Schedule(Bucket.TimeUntilAvailable(now, _waiting.Peek()!.FrameBytes), this);
    }

    private void Drop(Packet packet)
    {
        PacketsDropped++;
        _ledger.Drop(packet, DropReason.RateLimit);
    }
}
