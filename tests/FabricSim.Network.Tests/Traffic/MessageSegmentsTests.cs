using FabricSim.Network.Building;
using FabricSim.Network.Traffic;

namespace FabricSim.Network.Tests.Traffic;

/// <summary>The segmentation rule every model shares, and the message accounting built on it.</summary>
public sealed class MessageSegmentsTests
{
    [Theory]
    [InlineData(1, 1500, 1, 41)]
    [InlineData(1460, 1500, 1, 1500)]
    [InlineData(1461, 1500, 2, 41)]
    [InlineData(4000, 1500, 3, 1120)]
    [InlineData(65_536, 1500, 45, 1336)]
    [InlineData(8000, 9001, 1, 8040)]
    [InlineData(8000, 1440, 6, 1040)]
    public void A_message_is_cut_into_full_segments_and_a_remainder_each_with_its_headers(long bytes, int mtu, long count, int last)
    {
        Assert.Equal(count, MessageSegments.Count(bytes, mtu));
        Assert.Equal(last, MessageSegments.SegmentBytes(bytes, mtu, count - 1));
        Assert.All(Enumerable.Range(0, (int)count - 1), i => Assert.Equal(mtu, MessageSegments.SegmentBytes(bytes, mtu, i)));
        long total = Enumerable.Range(0, (int)count).Sum(i => (long)MessageSegments.SegmentBytes(bytes, mtu, i));
        Assert.Equal(total, MessageSegments.PacketBytes(bytes, mtu));
        Assert.Equal(bytes + 40 * count, total);
    }

    [Fact]
    public void A_path_without_an_IP_MTU_of_its_own_is_cut_at_Ethernets()
    {
        Assert.Equal(1500, MessageSegments.MtuOrDefault(null));
        Assert.Equal(1500, MessageSegments.MtuOrDefault(int.MaxValue));
        Assert.Equal(1440, MessageSegments.MtuOrDefault(1440));
    }

    [Fact]
    public void The_longest_message_fits_the_access_queue_it_enters_at_once()
    {
        Assert.Equal(FabricBuilder.DefaultQueuePackets, MessageSegments.MaxSegments);
    }

    [Fact]
    public void Assembly_counts_a_message_lost_when_a_later_one_arrives_before_it_is_complete()
    {
        var assembly = new MessageAssembly(segments: 3);
        assembly.Reset(firstCounted: 1);
        Assert.False(assembly.Accept(0));
        Assert.False(assembly.Accept(0));
        Assert.True(assembly.Accept(0));
        Assert.False(assembly.Accept(1));
        // Message 1 lost its last two segments, messages 2 and 3 every segment.
        Assert.False(assembly.Accept(4));
        Assert.False(assembly.Accept(4));
        Assert.True(assembly.Accept(4));
        // A straggler of a decided message changes nothing.
        Assert.False(assembly.Accept(1));
        // Message 0 precedes the window: complete, but not counted.
        Assert.Equal((1L, 3L), (assembly.Completed, assembly.Lost));
    }
}
