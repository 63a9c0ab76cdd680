using FabricSim.Network.Addressing;
using FabricSim.Network.Bgp;

namespace FabricSim.Network.Tests.Bgp;

public sealed class PrefixListTests
{
    private static bool Matches(PrefixListEntry entry, string route) => entry.Matches(Ipv4Prefix.Parse(route));

    [Theory]
    [InlineData("10.10.0.0/16", true)]
    [InlineData("10.10.1.0/24", false)]
    [InlineData("10.0.0.0/8", false)]
    [InlineData("10.11.0.0/16", false)]
    public void WithoutGeOrLeOnlyTheExactLengthMatches(string route, bool expected) =>
        Assert.Equal(expected, Matches(PrefixListEntry.Permit("10.10.0.0/16"), route));

    [Theory]
    [InlineData("10.10.0.0/16", true)]
    [InlineData("10.10.4.0/22", true)]
    [InlineData("10.10.4.0/24", true)]
    [InlineData("10.10.4.0/25", false)]
    [InlineData("10.0.0.0/8", false)]
    public void LeAllowsLongerPrefixesUpToIt(string route, bool expected) =>
        Assert.Equal(expected, Matches(PrefixListEntry.Permit("10.10.0.0/16", le: 24), route));

    [Theory]
    [InlineData("10.10.0.0/16", false)]
    [InlineData("10.10.0.0/23", false)]
    [InlineData("10.10.0.0/24", true)]
    [InlineData("10.10.9.9/32", true)]
    public void GeAloneAllowsFromItToThirtyTwo(string route, bool expected) =>
        Assert.Equal(expected, Matches(PrefixListEntry.Permit("10.10.0.0/16", ge: 24), route));

    [Theory]
    [InlineData("10.10.0.0/19", false)]
    [InlineData("10.10.0.0/20", true)]
    [InlineData("10.10.16.0/22", true)]
    [InlineData("10.10.16.0/24", true)]
    [InlineData("10.10.16.0/25", false)]
    [InlineData("10.11.16.0/22", false)]
    public void GeAndLeBoundTheLengthOnBothSides(string route, bool expected) =>
        Assert.Equal(expected, Matches(PrefixListEntry.Permit("10.10.0.0/16", ge: 20, le: 24), route));

    [Fact]
    public void DefaultRouteEntryWithLe32MatchesEverything()
    {
        var any = PrefixListEntry.Permit("0.0.0.0/0", le: 32);
        Assert.True(Matches(any, "0.0.0.0/0"));
        Assert.True(Matches(any, "203.0.113.0/24"));
        Assert.True(Matches(any, "10.1.1.1/32"));
        Assert.False(Matches(PrefixListEntry.Permit("0.0.0.0/0"), "10.0.0.0/8"));
    }

    [Fact]
    public void InvalidBoundsAreRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PrefixListEntry.Permit("10.10.0.0/16", ge: 8));
        Assert.Throws<ArgumentOutOfRangeException>(() => PrefixListEntry.Permit("10.10.0.0/16", ge: 24, le: 20));
        Assert.Throws<ArgumentOutOfRangeException>(() => PrefixListEntry.Permit("10.10.0.0/16", le: 33));
    }

    [Fact]
    public void FirstMatchingEntryDecides()
    {
        var list = new PrefixList("dc-in", [PrefixListEntry.Deny("192.168.66.0/24"), PrefixListEntry.Permit("192.168.0.0/16", le: 24)]);
        Assert.False(list.Permits(Ipv4Prefix.Parse("192.168.66.0/24")));
        Assert.True(list.Permits(Ipv4Prefix.Parse("192.168.67.0/24")));
        var reversed = new PrefixList("dc-in", [PrefixListEntry.Permit("192.168.0.0/16", le: 24), PrefixListEntry.Deny("192.168.66.0/24")]);
        Assert.True(reversed.Permits(Ipv4Prefix.Parse("192.168.66.0/24")));
    }

    [Fact]
    public void NonEmptyListEndsInImplicitDenyAndEmptyListPermits()
    {
        var list = PrefixList.Whitelist("aws-in", "10.10.0.0/16", "10.11.0.0/16");
        Assert.True(list.Permits(Ipv4Prefix.Parse("10.11.0.0/16")));
        Assert.False(list.Permits(Ipv4Prefix.Parse("10.12.0.0/16")));
        Assert.True(PrefixList.PermitAll.Permits(Ipv4Prefix.Parse("10.12.0.0/16")));
    }

    [Fact]
    public void BlacklistRefusesListedNetworksAndTheirSubnetsOnly()
    {
        var list = PrefixList.Blacklist("no-mgmt", "10.99.0.0/16");
        Assert.False(list.Permits(Ipv4Prefix.Parse("10.99.0.0/16")));
        Assert.False(list.Permits(Ipv4Prefix.Parse("10.99.4.0/24")));
        Assert.True(list.Permits(Ipv4Prefix.Parse("10.98.0.0/16")));
        Assert.True(list.Permits(Ipv4Prefix.Parse("0.0.0.0/0")));
    }

    [Fact]
    public void RemovingAnEntryKeepsTheOthersInOrder()
    {
        var list = PrefixList.Whitelist("to-azure", "10.10.0.0/16", "10.11.0.0/16");
        var fewer = list.Without(1);
        Assert.Single(fewer.Entries);
        Assert.False(fewer.Permits(Ipv4Prefix.Parse("10.11.0.0/16")));
        Assert.True(fewer.Permits(Ipv4Prefix.Parse("10.10.0.0/16")));
    }

    [Theory]
    [InlineData(16, 16, null, null)]
    [InlineData(16, 24, null, 24)]
    [InlineData(20, 32, 20, null)]
    [InlineData(20, 24, 20, 24)]
    public void LengthRangesMapToGeAndLe(int min, int max, int? ge, int? le)
    {
        var entry = PrefixListEntry.WithLengths(PrefixListAction.Permit, Ipv4Prefix.Parse("10.10.0.0/16"), min, max);
        Assert.Equal((ge, le), (entry.Ge, entry.Le));
        Assert.Equal((min, max), (entry.MinimumLength, entry.MaximumLength));
    }
}
