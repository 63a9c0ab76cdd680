using FabricSim.Network.Addressing;

namespace FabricSim.Network.Tests.Addressing;

public sealed class AddressPlanTests
{
    [Fact]
    public void NodeIsReachedAtTheFirstHostOfItsFirstNetwork()
    {
        var plan = new AddressPlan();
        plan.Assign(3, Ipv4Prefix.Parse("10.10.0.0/16"));
        plan.Assign(3, Ipv4Prefix.Parse("10.11.0.0/16"));
        Assert.True(plan.TryGetAddress(3, out var address));
        Assert.Equal(Ipv4Address.Parse("10.10.0.1"), address);
        Assert.Equal(2, plan.PrefixesOf(3).Count);
        Assert.False(plan.TryGetAddress(2, out _));
        Assert.False(plan.TryGetAddress(300, out _));
    }
}
