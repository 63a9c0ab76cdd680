using FabricSim.Network.Addressing;

namespace FabricSim.Network.Bgp;

/// <summary>
/// One prefix's candidates in a router's table (its Loc-RIB entry and, through
/// <see cref="BgpPathAttributes.ImportedFrom"/>, the Adj-RIBs-In of the sessions that offered it): parallel arrays
/// indexed by position, each candidate a source (session ordinal, <see cref="Originated"/>, or a static adjacency's
/// code) and its attributes after import policy. A route is held once, in these arrays, not in a per-session table as
/// well, and costs no object of its own. Positions follow arrival order (appended, replaced in place, removed with the
/// rest moving up), the order the decision process folds over. The router numbers its prefixes densely
/// (<see cref="Index"/>), so a session can keep its per-prefix state as bits.
/// </summary>
internal sealed class PrefixRoutes(Ipv4Prefix prefix, int index)
{
    /// <summary>The source of a route the router originates.</summary>
    public const int Originated = -1;

    private int[] _from = [];
    private BgpPathAttributes[] _attributes = [];
    private int _carryingMed;

    public Ipv4Prefix Prefix { get; } = prefix;
    public int Index { get; } = index;
    public int Count { get; private set; }

    /// <summary>Position of the route the decision process chose among the current candidates, −1 when none.</summary>
    public int BestPosition { get; set; } = -1;

    /// <summary>
    /// The best route as installed (forwarding, advertisement, listings): its source and attributes. It changes only
    /// when the router commits a new choice, so between removing candidates and re-selecting, as after a session
    /// drops, everyone still sees the route the router last chose.
    /// </summary>
    public int InstalledFrom { get; private set; }
    public BgpPathAttributes? InstalledAttributes { get; private set; }

    /// <summary>
    /// True while no candidate carries a MED, so every step of the decision compares a key of each route on its own
    /// and a change can be judged against the best alone (<see cref="BestPathSelection.CarriesMed"/>).
    /// </summary>
    public bool IsTotallyOrdered => _carryingMed == 0;

    public int From(int position) => _from[position];
    public BgpPathAttributes Attributes(int position) => _attributes[position];

    /// <summary>The attributes as the peer sent them, before import policy; null for routes of no session.</summary>
    public BgpPathAttributes? Received(int position) =>
        _from[position] >= 0 ? _attributes[position].ImportedFrom ?? _attributes[position] : null;

    /// <summary>Where the route of <paramref name="from"/> sits, −1 when it has none (a source offers one route per prefix).</summary>
    public int PositionOf(int from) => _from.AsSpan(0, Count).IndexOf(from);

    /// <summary>Adds a candidate last; <paramref name="capacity"/> bounds the growth (a source offers one route per prefix).</summary>
    public int Append(int from, BgpPathAttributes attributes, int capacity)
    {
        if (Count == _from.Length)
        {
            // Growing fourfold, and to the bound once that is less than twice away: a prefix heard from a hundred peers
            // takes arrays of 4, 16 and 100, not 4, 16, 64 and 100, and none is more than eight times what it holds.
            int size = Count == 0 ? 4 : 4 * Count;
            size = Math.Max(Count + 1, 2 * size > capacity ? capacity : size);
            Array.Resize(ref _from, size);
            Array.Resize(ref _attributes, size);
        }
        _from[Count] = from;
        _attributes[Count] = attributes;
        CountMed(attributes, +1);
        return Count++;
    }

    public void Replace(int position, BgpPathAttributes attributes)
    {
        CountMed(_attributes[position], -1);
        CountMed(attributes, +1);
        _attributes[position] = attributes;
    }

    /// <summary>Removes the candidate at <paramref name="position"/>; the later ones move up, the chosen one with them.</summary>
    public void RemoveAt(int position)
    {
        CountMed(_attributes[position], -1);
        int after = Count - position - 1;
        Array.Copy(_from, position + 1, _from, position, after);
        Array.Copy(_attributes, position + 1, _attributes, position, after);
        Count--;
        _attributes[Count] = null!;
        if (BestPosition == position)
        {
            BestPosition = -1;
        }
        else if (BestPosition > position)
        {
            BestPosition--;
        }
        if (Count == 0)
        {
            // A prefix that comes and goes keeps its index, not its arrays.
            _from = [];
            _attributes = [];
        }
    }

    public void Install(int position)
    {
        InstalledFrom = position >= 0 ? _from[position] : 0;
        InstalledAttributes = position >= 0 ? _attributes[position] : null;
    }

    private void CountMed(BgpPathAttributes attributes, int delta)
    {
        if (BestPathSelection.CarriesMed(attributes))
        {
            _carryingMed += delta;
        }
    }
}
