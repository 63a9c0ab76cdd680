using System.Runtime.CompilerServices;
using FabricSim.Engine.Time;
using FabricSim.Network.Packets;

namespace FabricSim.Network.Tests.Packets;

/// <summary>
/// The packet's field layout: what a forwarding reads shares the first bytes, and reuse clears every field, the
/// transport ones included, whatever the packet carried before.
/// </summary>
public sealed class PacketLayoutTests
{
    [Fact]
    public void What_a_forwarding_reads_lies_in_the_first_20_bytes()
    {
        var packet = new Packet();
        // The destination, tunnel, size, encapsulation, class and kind are read at every hop: each must land in the
        // first 20 bytes of the fields, one cache line in most cases.
        var hot = new[]
        {
            FieldOffset(packet, p => p.DestinationNodeId = 1, p => p.DestinationNodeId),
            FieldOffset(packet, p => p.TunnelId = 1, p => p.TunnelId),
            FieldOffset(packet, p => p.SizeBytes = 1, p => p.SizeBytes),
            FieldOffset(packet, p => p.EncapsulationBytes = 1, p => p.EncapsulationBytes),
            FieldOffset(packet, p => p.TrafficClass = 1, p => p.TrafficClass),
            FieldOffset(packet, p => p.Kind = PacketKind.Ack, p => (int)p.Kind),
        };
        Assert.All(hot, offset => Assert.InRange(offset, 0, 19));
    }

    [Fact]
    public void A_reused_packet_comes_back_cleared_after_carrying_transport_fields()
    {
        var pool = new PacketPool();
        var ack = pool.Rent();
        ack.Kind = PacketKind.Ack;
        ack.TrafficClass = 5;
        ack.SizeBytes = 40;
        ack.EncapsulationBytes = -1200;
        ack.CreatedAt = SimTime.FromMilliseconds(3);
        ack.Sequence = 11;
        ack.Acknowledgement = 12;
        ack.Flags = 65_535;
        ack.SackStart = 13;
        ack.SackEnd = 14;
        ack.TunnelId = 9;
        pool.Return(ack);

        var data = pool.Rent();
        Assert.Same(ack, data);
        Assert.Equal(PacketKind.Data, data.Kind);
        Assert.Equal(0, data.TrafficClass);
        Assert.Equal(0, data.FrameBytes);
        Assert.Equal(SimTime.Zero, data.CreatedAt);
        Assert.Equal(0, data.Sequence);
        Assert.Equal(0, data.Acknowledgement);
        Assert.Equal(0, data.Flags);
        Assert.Equal(0, data.SackStart);
        Assert.Equal(0, data.SackEnd);
        Assert.Equal(0, data.TunnelId);
        Assert.Null(data.Control);
    }

    [Fact]
    public void Fields_hold_their_full_range()
    {
        var packet = new Packet
        {
            EncapsulationBytes = -65_000,
            SizeBytes = int.MaxValue,
            FlowSequence = long.MaxValue,
            Id = long.MinValue,
            TrafficClass = Packet.TrafficClassCount - 1,
            Kind = PacketKind.Control,
        };
        Assert.Equal(-65_000, packet.EncapsulationBytes);
        Assert.Equal(int.MaxValue, packet.SizeBytes);
        Assert.Equal(long.MaxValue, packet.FlowSequence);
        Assert.Equal(long.MinValue, packet.Id);
        Assert.Equal(Packet.TrafficClassCount - 1, packet.TrafficClass);
        Assert.Equal(PacketKind.Control, packet.Kind);
        Assert.Throws<ArgumentOutOfRangeException>(() => packet.TrafficClass = Packet.TrafficClassCount);
        Assert.Throws<ArgumentOutOfRangeException>(() => packet.TrafficClass = -1);
    }

    /// <summary>Finds where a property keeps its value: the one byte range of the object that a write changes.</summary>
    private static int FieldOffset(Packet packet, Action<Packet> write, Func<Packet, int> read)
    {
        const int Size = 96;
        var before = Snapshot(packet, Size);
        write(packet);
        var after = Snapshot(packet, Size);
        int changed = Enumerable.Range(0, Size).First(i => before[i] != after[i]);
        Assert.Equal(1, read(packet));
        packet.Clear();
        return changed;
    }

    private static byte[] Snapshot(Packet packet, int size)
    {
        ref byte first = ref Unsafe.As<StrongBox<byte>>(packet).Value;
        var bytes = new byte[size];
        for (int i = 0; i < size; i++)
        {
            bytes[i] = Unsafe.Add(ref first, i);
        }
        return bytes;
    }
}
