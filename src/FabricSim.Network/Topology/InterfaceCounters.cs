using FabricSim.Engine.Statistics;
using FabricSim.Engine.Time;
using FabricSim.Network.Packets;

namespace FabricSim.Network.Topology;

/// <summary>
/// What one direction of a link has done since the last reset: packets and bytes sent, drops by cause, the time
/// average of the waiting queue, per traffic class counts. Busy time is kept exactly in nanoseconds (the integral a
/// time-weighted average of the 0/1 busy state would compute).
/// </summary>
internal sealed class InterfaceCounters
{
    // Kept inside this object rather than as arrays of their own: sending a packet touches one object fewer.
    private ClassCounts _packetsByClass;
    private ClassCounts _dropsByClass;

    internal InterfaceCounters(SimTime start)
    {
        WindowStart = start;
        QueueLength = new TimeWeightedAverage(start);
    }

    public SimTime WindowStart { get; private set; }
    /// <summary>Packets the transmitter has started or, on a FIFO, committed to send.</summary>
    public long PacketsSent { get; internal set; }
    public long BytesSent { get; internal set; }
    public long QueueDrops { get; internal set; }
    public long TooBigDrops { get; internal set; }

    /// <summary>Packets lost because the link failed while they were queued, in service or propagating.</summary>
    public long LostToFailure { get; internal set; }

    /// <summary>
    /// Time average of packets waiting (excluding the one in service) in a queue other than a FIFO's, whose
    /// <see cref="CommittedDepartures"/> derive it. Read it through <see cref="NetworkInterface.MeanWaitingPackets"/>.
    /// </summary>
    internal TimeWeightedAverage QueueLength { get; }

    internal long BusyNanosecondsBooked { get; set; }

    public long PacketsSentInClass(int trafficClass) => _packetsByClass[trafficClass];
    public long QueueDropsInClass(int trafficClass) => _dropsByClass[trafficClass];

    internal void CountSent(Packet packet)
    {
        PacketsSent++;
        BytesSent += packet.FrameBytes;
        _packetsByClass[packet.TrafficClass]++;
    }

    internal void CountQueueDrop(Packet packet)
    {
        QueueDrops++;
        _dropsByClass[packet.TrafficClass]++;
    }

    internal void Reset(SimTime now, long busyNanosecondsAfterNow)
    {
        WindowStart = now;
        PacketsSent = 0;
        BytesSent = 0;
        QueueDrops = 0;
        TooBigDrops = 0;
        LostToFailure = 0;
        _packetsByClass = default;
        _dropsByClass = default;
        QueueLength.Reset(now);
        BusyNanosecondsBooked = busyNanosecondsAfterNow;
    }

    [System.Runtime.CompilerServices.InlineArray(Packet.TrafficClassCount)]
    private struct ClassCounts
    {
        private long _count;
    }
}
