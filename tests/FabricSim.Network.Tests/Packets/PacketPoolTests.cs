using FabricSim.Network.Packets;

namespace FabricSim.Network.Tests.Packets;

public sealed class PacketPoolTests
{
    [Fact]
    public void Returned_packets_are_reused_cleared_and_get_fresh_ids()
    {
        var pool = new PacketPool();
        var first = pool.Rent();
        first.FlowId = 7;
        first.Control = "update";
        long firstId = first.Id;
        pool.Return(first);
        var second = pool.Rent();
        Assert.Same(first, second);
        Assert.Equal(0, second.FlowId);
        Assert.Null(second.Control);
        Assert.NotEqual(firstId, second.Id);
        Assert.Equal(1, pool.Created);
        Assert.Equal(1, pool.Outstanding);
    }

    [Fact]
    public void Returning_twice_throws()
    {
        var pool = new PacketPool();
        var packet = pool.Rent();
        pool.Return(packet);
        Assert.Throws<InvalidOperationException>(() => pool.Return(packet));
    }
}
