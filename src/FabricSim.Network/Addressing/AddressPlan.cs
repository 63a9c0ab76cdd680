namespace FabricSim.Network.Addressing;

/// <summary>
/// Which networks each node owns and the address packets to that node carry. Packets name their destination by
/// node id; routed forwarding turns the id into this address with an array load, then matches it in the routing
/// table, so the data plane needs no address field of its own.
/// </summary>
internal sealed class AddressPlan
{
    private uint[] _addresses = new uint[16];
    private bool[] _hasAddress = new bool[16];
    private readonly Dictionary<int, List<Ipv4Prefix>> _owned = [];

    /// <summary>Gives <paramref name="nodeId"/> the network <paramref name="prefix"/>; its first owned network supplies its address.</summary>
    public void Assign(int nodeId, Ipv4Prefix prefix)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(nodeId);
        if (!_owned.TryGetValue(nodeId, out var list))
        {
            list = [];
            _owned.Add(nodeId, list);
        }
        if (!list.Contains(prefix))
        {
            list.Add(prefix);
        }
        if (!HasAddress(nodeId))
        {
            SetAddress(nodeId, prefix.FirstHost);
        }
    }

    /// <summary>Changes with every address set, so a cache of routes by destination node knows when it went stale.</summary>
    public long Version { get; private set; }

    /// <summary>Sets the address a node is reached at, e.g. a router's loopback.</summary>
    public void SetAddress(int nodeId, Ipv4Address address)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(nodeId);
        if (nodeId >= _addresses.Length)
        {
            int size = Math.Max(nodeId + 1, _addresses.Length * 2);
            Array.Resize(ref _addresses, size);
            Array.Resize(ref _hasAddress, size);
        }
        _addresses[nodeId] = address.Value;
        _hasAddress[nodeId] = true;
        Version++;
    }

    public bool HasAddress(int nodeId) => (uint)nodeId < (uint)_hasAddress.Length && _hasAddress[nodeId];

    /// <summary>The address of <paramref name="nodeId"/>; false when it has none (it is not reached by routing).</summary>
    public bool TryGetAddress(int nodeId, out Ipv4Address address)
    {
        if ((uint)nodeId < (uint)_hasAddress.Length && _hasAddress[nodeId])
        {
            address = new Ipv4Address(_addresses[nodeId]);
            return true;
        }
        address = default;
        return false;
    }

    public IReadOnlyList<Ipv4Prefix> PrefixesOf(int nodeId) => _owned.TryGetValue(nodeId, out var list) ? list : [];
}
