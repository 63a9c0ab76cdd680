using FabricSim.Network.Tcp;

namespace FabricSim.Network.Tests.Tcp;

public sealed class OutOfOrderRangesTests
{
    [Fact]
    public void MergesOverlappingAndTouchingRanges()
    {
        var ranges = new OutOfOrderRanges();
        ranges.Add(30, 40);
        ranges.Add(10, 20);
        ranges.Add(50, 60);
        Assert.Equal(3, ranges.Count);
        ranges.Add(20, 30);
        Assert.Equal(2, ranges.Count);
        Assert.Equal(40, ranges.Bytes);
        ranges.Add(35, 55);
        Assert.Equal(1, ranges.Count);
        Assert.Equal(50, ranges.Bytes);
    }

    [Fact]
    public void AdvancingAbsorbsTheRangesReached()
    {
        var ranges = new OutOfOrderRanges();
        ranges.Add(10, 20);
        ranges.Add(30, 40);
        Assert.Equal(20, ranges.AdvanceFrom(10));
        Assert.Equal(1, ranges.Count);
        Assert.Equal(25, ranges.AdvanceFrom(25));
        Assert.Equal(40, ranges.AdvanceFrom(30));
        Assert.Equal(0, ranges.Count);
        Assert.Equal(0, ranges.Bytes);
    }

    [Fact]
    public void GrowsBeyondItsInitialCapacity()
    {
        var ranges = new OutOfOrderRanges();
        for (int i = 40; i >= 1; i--)
        {
            ranges.Add(i * 10, i * 10 + 5);
        }
        Assert.Equal(40, ranges.Count);
        Assert.Equal(200, ranges.Bytes);
        Assert.Equal(15, ranges.AdvanceFrom(0 + 10));
    }
}
