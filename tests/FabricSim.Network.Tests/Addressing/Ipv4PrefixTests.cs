using FabricSim.Network.Addressing;

namespace FabricSim.Network.Tests.Addressing;

public sealed class Ipv4PrefixTests
{
    [Theory]
    [InlineData("10.10.0.0/16", "10.10.0.0", 16)]
    [InlineData("10.10.7.9/16", "10.10.0.0", 16)]
    [InlineData("0.0.0.0/0", "0.0.0.0", 0)]
    [InlineData("192.168.1.77/32", "192.168.1.77", 32)]
    [InlineData("172.16.255.255/12", "172.16.0.0", 12)]
    public void ParsingClearsHostBits(string text, string network, int length)
    {
        var prefix = Ipv4Prefix.Parse(text);
        Assert.Equal(Ipv4Address.Parse(network), prefix.Network);
        Assert.Equal(length, prefix.Length);
        Assert.Equal($"{network}/{length}", prefix.ToString());
    }

    [Theory]
    [InlineData("10.10.0.0")]
    [InlineData("10.10.0.0/33")]
    [InlineData("10.10.0/16")]
    [InlineData("10.10.0.256/16")]
    [InlineData("10.10.0.0/-1")]
    [InlineData("10.10.0.0.0/8")]
    [InlineData("")]
    public void RejectsMalformedText(string text) => Assert.False(Ipv4Prefix.TryParse(text, out _));

    [Theory]
    [InlineData("10.10.0.0/16", "10.10.255.255", true)]
    [InlineData("10.10.0.0/16", "10.11.0.0", false)]
    [InlineData("0.0.0.0/0", "203.0.113.9", true)]
    [InlineData("192.168.1.77/32", "192.168.1.77", true)]
    [InlineData("192.168.1.77/32", "192.168.1.76", false)]
    public void ContainsAddress(string prefix, string address, bool expected) =>
        Assert.Equal(expected, Ipv4Prefix.Parse(prefix).Contains(Ipv4Address.Parse(address)));

    [Theory]
    [InlineData("10.0.0.0/8", "10.10.0.0/16", true)]
    [InlineData("10.10.0.0/16", "10.10.0.0/16", true)]
    [InlineData("10.10.0.0/16", "10.0.0.0/8", false)]
    [InlineData("10.10.0.0/16", "10.11.0.0/24", false)]
    public void ContainsPrefix(string outer, string inner, bool expected) =>
        Assert.Equal(expected, Ipv4Prefix.Parse(outer).Contains(Ipv4Prefix.Parse(inner)));

    [Fact]
    public void FirstHostIsTheAddressAfterTheNetwork()
    {
        Assert.Equal(Ipv4Address.Parse("10.20.0.1"), Ipv4Prefix.Parse("10.20.0.0/16").FirstHost);
        Assert.Equal(Ipv4Address.Parse("192.0.2.7"), Ipv4Prefix.Parse("192.0.2.7/32").FirstHost);
    }
}
