namespace FabricSim.Network.Addressing;

/// <summary>
/// A longest-prefix-match table: a binary trie over the address bits whose nodes sit side by side in one struct
/// array, so a lookup walks at most 32 entries by index and allocates nothing. Updates (route changes) are rare
/// next to lookups (every routed packet).
/// </summary>
internal sealed class PrefixTrie<T> where T : class
{
    private const int None = 0;
    private TrieNode[] _nodes = new TrieNode[64];
    private int _nodeCount = 1;

    /// <summary>Prefixes currently holding a value.</summary>
    public int Count { get; private set; }

    /// <summary>Changes with every entry set, replaced or removed, so a cache of lookups knows when it went stale.</summary>
    public long Version { get; private set; }

    /// <summary>Sets the value of <paramref name="prefix"/>; null removes it.</summary>
    public void Set(Ipv4Prefix prefix, T? value)
    {
        if (value is null)
        {
            Remove(prefix);
            return;
        }
        int node = 0;
        uint bits = prefix.Network.Value;
        for (int depth = 0; depth < prefix.Length; depth++)
        {
            bool one = (bits & (0x8000_0000u >> depth)) != 0;
            int next = one ? _nodes[node].One : _nodes[node].Zero;
            if (next == None)
            {
                next = NewNode();
                if (one)
                {
                    _nodes[node].One = next;
                }
                else
                {
                    _nodes[node].Zero = next;
                }
            }
            node = next;
        }
        if (_nodes[node].Value is null)
        {
            Count++;
        }
        if (!ReferenceEquals(_nodes[node].Value, value))
        {
            Version++;
        }
        _nodes[node].Value = value;
    }

    /// <summary>Removes the entry for exactly <paramref name="prefix"/>; empty branches stay (they cost only memory).</summary>
    public bool Remove(Ipv4Prefix prefix)
    {
        int node = Find(prefix);
        if (node < 0 || _nodes[node].Value is null)
        {
            return false;
        }
        _nodes[node].Value = null;
        Count--;
        Version++;
        return true;
    }

    /// <summary>The value stored for exactly <paramref name="prefix"/>, or null.</summary>
    public T? Exact(Ipv4Prefix prefix)
    {
        int node = Find(prefix);
        return node < 0 ? null : _nodes[node].Value;
    }

    /// <summary>The value of the longest prefix containing <paramref name="address"/>, or null.</summary>
    public T? Lookup(Ipv4Address address)
    {
        TrieNode[] nodes = _nodes;
        uint bits = address.Value;
        ref TrieNode node = ref nodes[0];
        T? best = node.Value;
        for (int depth = 0; depth < 32; depth++)
        {
            int next = (int)(bits >> 31) == 0 ? node.Zero : node.One;
            if (next == None)
            {
                break;
            }
            bits <<= 1;
            node = ref nodes[next];
            if (node.Value is { } value)
            {
                best = value;
            }
        }
        return best;
    }

    public void Clear()
    {
        Array.Clear(_nodes);
        _nodeCount = 1;
        Count = 0;
        Version++;
    }

    /// <summary>The node for exactly <paramref name="prefix"/>, or −1 when the trie has no such path.</summary>
    private int Find(Ipv4Prefix prefix)
    {
        int node = 0;
        uint bits = prefix.Network.Value;
        for (int depth = 0; depth < prefix.Length; depth++)
        {
            node = (bits & (0x8000_0000u >> depth)) != 0 ? _nodes[node].One : _nodes[node].Zero;
            if (node == None)
            {
                return -1;
            }
        }
        return node;
    }

    private int NewNode()
    {
        if (_nodeCount == _nodes.Length)
        {
            Array.Resize(ref _nodes, _nodes.Length * 2);
        }
        return _nodeCount++;
    }

    /// <summary>Children by index (0 = none: the root is never anyone's child) and the value stored at this prefix.</summary>
    private struct TrieNode
    {
        public int Zero;
        public int One;
        public T? Value;
    }
}
