using FabricSim.Network.Addressing;

namespace FabricSim.Network.Tests.Addressing;

public sealed class PrefixTrieTests
{
    private static PrefixTrie<string> Table(params string[] prefixes)
    {
        var trie = new PrefixTrie<string>();
        foreach (var prefix in prefixes)
        {
            trie.Set(Ipv4Prefix.Parse(prefix), prefix);
        }
        return trie;
    }

    private static string? Lookup(PrefixTrie<string> trie, string address) => trie.Lookup(Ipv4Address.Parse(address));

    [Theory]
    [InlineData("10.10.1.5", "10.10.1.0/24")]
    [InlineData("10.10.2.5", "10.10.0.0/16")]
    [InlineData("10.99.0.1", "10.0.0.0/8")]
    [InlineData("8.8.8.8", "0.0.0.0/0")]
    [InlineData("10.10.1.128", "10.10.1.128/25")]
    [InlineData("10.10.1.127", "10.10.1.0/24")]
    [InlineData("10.10.1.200", "10.10.1.200/32")]
    public void LongestMatchingPrefixWins(string address, string expected)
    {
        var trie = Table("0.0.0.0/0", "10.0.0.0/8", "10.10.0.0/16", "10.10.1.0/24", "10.10.1.128/25", "10.10.1.200/32");
        Assert.Equal(expected, Lookup(trie, address));
    }

    [Fact]
    public void NoMatchWithoutDefaultRoute()
    {
        var trie = Table("10.10.0.0/16", "10.20.0.0/16");
        Assert.Null(Lookup(trie, "10.30.0.1"));
        Assert.Null(Lookup(trie, "11.10.0.1"));
    }

    [Fact]
    public void RemovingTheMoreSpecificFallsBackToTheCoveringPrefix()
    {
        var trie = Table("10.0.0.0/8", "10.10.0.0/16");
        Assert.Equal("10.10.0.0/16", Lookup(trie, "10.10.3.3"));
        Assert.True(trie.Remove(Ipv4Prefix.Parse("10.10.0.0/16")));
        Assert.Equal("10.0.0.0/8", Lookup(trie, "10.10.3.3"));
        Assert.False(trie.Remove(Ipv4Prefix.Parse("10.10.0.0/16")));
        Assert.Equal(1, trie.Count);
    }

    [Fact]
    public void SettingAgainReplacesTheValue()
    {
        var trie = new PrefixTrie<string>();
        var prefix = Ipv4Prefix.Parse("10.20.0.0/16");
        trie.Set(prefix, "first");
        trie.Set(prefix, "second");
        Assert.Equal("second", trie.Exact(prefix));
        Assert.Equal(1, trie.Count);
        trie.Set(prefix, null);
        Assert.Equal(0, trie.Count);
        Assert.Null(Lookup(trie, "10.20.0.1"));
    }

    [Fact]
    public void AgreesWithLinearScanOnRandomTables()
    {
        var random = new Random(12345);
        var prefixes = new List<Ipv4Prefix>();
        var trie = new PrefixTrie<string>();
        for (int i = 0; i < 400; i++)
        {
            // Confine networks to 10.0.0.0/12 so that many prefixes overlap.
            uint network = 0x0A00_0000u | (uint)random.Next(0, 1 << 20) << 0;
            var prefix = new Ipv4Prefix(new Ipv4Address(network), random.Next(8, 33));
            prefixes.Add(prefix);
            trie.Set(prefix, prefix.ToString());
        }
        for (int i = 0; i < 5000; i++)
        {
            var address = new Ipv4Address(0x0A00_0000u | (uint)random.Next(0, 1 << 20));
            Ipv4Prefix? longest = null;
            foreach (var prefix in prefixes)
            {
                if (prefix.Contains(address) && (longest is null || prefix.Length > longest.Value.Length))
                {
                    longest = prefix;
                }
            }
            Assert.Equal(longest?.ToString(), trie.Lookup(address));
        }
    }
}
