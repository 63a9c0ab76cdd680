using FabricSim.Network.Ipsec;
using FabricSim.Network.Packets;

namespace FabricSim.Network.Tests.Ipsec;

public sealed class FragmentReassemblyTests
{
    private readonly PacketPool _pool = new();
    private readonly PacketLedger _ledger;
    private readonly FragmentReassembly _reassembly;

    public FragmentReassemblyTests()
    {
        _ledger = new PacketLedger(_pool);
        _reassembly = new FragmentReassembly(_ledger, _pool);
    }

    [Fact]
    public void BothFragmentsArrivingDeliverThePacket()
    {
        var (head, tail) = Fragmented();
        Assert.Null(_reassembly.Arrived(head));
        Assert.Same(head, _reassembly.Arrived(tail));
        Assert.Equal(0, _ledger.TotalAllReasons());
        Assert.Equal(0, _reassembly.PacketsAwaitingFragments);
    }

    [Fact]
    public void LosingTheTailLosesThePacketOnce()
    {
        var (head, tail) = Fragmented();
        Assert.Null(_reassembly.Arrived(head));
        _reassembly.Drop(tail, DropReason.Queue);
        Assert.Equal(1, _ledger.ForFlow(7));
        Assert.Equal(1, _reassembly.PacketsLostToMissingFragment);
        Assert.Equal(0, _pool.Outstanding);
    }

    [Fact]
    public void LosingTheHeadLosesThePacketOnceAndDiscardsTheTail()
    {
        var (head, tail) = Fragmented();
        _reassembly.Drop(head, DropReason.Queue);
        Assert.Null(_reassembly.Arrived(tail));
        Assert.Equal(1, _ledger.ForFlow(7));
        Assert.Equal(0, _pool.Outstanding);
    }

    [Fact]
    public void LosingBothFragmentsCountsOneLostPacket()
    {
        var (head, tail) = Fragmented();
        _reassembly.Drop(tail, DropReason.Queue);
        _reassembly.Drop(head, DropReason.Failure);
        Assert.Equal(1, _ledger.ForFlow(7));
        Assert.Equal(0, _pool.Outstanding);
    }

    [Fact]
    public void TheTailMayArriveFirst()
    {
        var (head, tail) = Fragmented();
        Assert.Null(_reassembly.Arrived(tail));
        Assert.Same(head, _reassembly.Arrived(head));
    }

    private (Packet Head, Packet Tail) Fragmented()
    {
        Packet head = _pool.Rent();
        head.FlowId = 7;
        head.SizeBytes = 1500;
        _reassembly.Expect(head, 2);
        Packet tail = _pool.Rent();
        tail.FlowId = 7;
        tail.Control = FragmentReassembly.TailMarker;
        tail.Acknowledgement = head.Id;
        return (head, tail);
    }
}
