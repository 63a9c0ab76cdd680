namespace FabricSim.Network.Addressing;

/// <summary>
/// A longest-prefix-match table: a binary trie over the address bits, stored in arrays so a lookup walks at most
/// 32 nodes by index and allocates nothing. Updates (route changes) are rare next to lookups (every packet).
/// </summary>
public sealed class PrefixTrie<T> where T : class
{
    private const int None = -1;
    private int[] _zero = new int[64];
    private int[] _one = new int[64];
    private T?[] _values = new T?[64];
    private int _nodeCount = 1;

    public PrefixTrie()
    {
        _zero[0] = None;
        _one[0] = None;
    }

    /// <summary>Prefixes currently holding a value.</summary>
    public int Count { get; private set; }

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
            int next = one ? _one[node] : _zero[node];
            if (next == None)
            {
                next = NewNode();
                if (one)
                {
                    _one[node] = next;
                }
                else
                {
                    _zero[node] = next;
                }
            }
            node = next;
        }
        if (_values[node] is null)
        {
            Count++;
        }
        _values[node] = value;
    }

    /// <summary>Removes the entry for exactly <paramref name="prefix"/>; empty branches stay (they cost only memory).</summary>
    public bool Remove(Ipv4Prefix prefix)
    {
        int node = Find(prefix);
        if (node == None || _values[node] is null)
        {
            return false;
        }
        _values[node] = null;
        Count--;
        return true;
    }

    /// <summary>The value stored for exactly <paramref name="prefix"/>, or null.</summary>
    public T? Exact(Ipv4Prefix prefix)
    {
        int node = Find(prefix);
        return node == None ? null : _values[node];
    }

    /// <summary>The value of the longest prefix containing <paramref name="address"/>, or null.</summary>
    public T? Lookup(Ipv4Address address)
    {
        uint bits = address.Value;
        int node = 0;
        T? best = _values[0];
        for (int depth = 0; depth < 32; depth++)
        {
            node = (bits & (0x8000_0000u >> depth)) != 0 ? _one[node] : _zero[node];
            if (node == None)
            {
                break;
            }
            if (_values[node] is { } value)
            {
                best = value;
            }
        }
        return best;
    }

    public void Clear()
    {
        Array.Clear(_values);
        _nodeCount = 1;
        _zero[0] = None;
        _one[0] = None;
        Count = 0;
    }

    private int Find(Ipv4Prefix prefix)
    {
        int node = 0;
        uint bits = prefix.Network.Value;
        for (int depth = 0; depth < prefix.Length && node != None; depth++)
        {
            node = (bits & (0x8000_0000u >> depth)) != 0 ? _one[node] : _zero[node];
        }
        return node;
    }

    private int NewNode()
    {
        if (_nodeCount == _values.Length)
        {
            int size = _values.Length * 2;
            Array.Resize(ref _zero, size);
            Array.Resize(ref _one, size);
            Array.Resize(ref _values, size);
        }
        int node = _nodeCount++;
        _zero[node] = None;
        _one[node] = None;
        _values[node] = null;
        return node;
    }
}
