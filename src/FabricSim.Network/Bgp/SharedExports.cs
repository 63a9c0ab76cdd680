namespace FabricSim.Network.Bgp;

/// <summary>
/// The attributes a router's best routes go out with, shared between its sessions: sessions with the same rewrite
/// (eBGP or iBGP, prepend, MED out) send one instance per best route instead of one each, as a router builds one
/// UPDATE per peer group. Peers that import them unchanged keep that instance too, so a route advertised to a
/// hundred peers costs one attribute set, not a hundred. Only sharing depends on this table, never a value, so it is
/// emptied when it outgrows the table it serves (routes replaced long ago) rather than tracked entry by entry.
/// </summary>
internal sealed class SharedExports(BgpSpeaker speaker)
{
    private readonly Dictionary<Key, BgpPathAttributes> _shared = new(new KeyComparer());

    public BgpPathAttributes Rewrite(BgpPathAttributes best, bool internalPeer, BgpSessionOptions options)
    {
        var key = new Key(best, internalPeer, options.AsPathPrepend, options.MedOut);
        if (_shared.TryGetValue(key, out var shared))
        {
            return shared;
        }
        if (_shared.Count >= Limit)
        {
            _shared.Clear();
        }
        shared = internalPeer ? RewriteInternal(best, options) : RewriteExternal(best, options);
        _shared.Add(key, shared);
        return shared;
    }

    /// <summary>A few entries per prefix of the table, and a floor for small tables.</summary>
    private int Limit => 64 + 4 * speaker.PrefixCount;

    private BgpPathAttributes RewriteInternal(BgpPathAttributes attributes, BgpSessionOptions options) =>
        attributes with { Med = options.MedOut ?? attributes.Med, NextHop = speaker.RouterId, ImportedFrom = null };

    private BgpPathAttributes RewriteExternal(BgpPathAttributes attributes, BgpSessionOptions options)
    {
        var path = new long[1 + options.AsPathPrepend + attributes.AsPath.Count];
        for (int i = 0; i <= options.AsPathPrepend; i++)
        {
            path[i] = speaker.Asn;
        }
        for (int i = 0; i < attributes.AsPath.Count; i++)
        {
            path[1 + options.AsPathPrepend + i] = attributes.AsPath[i];
        }
        // MED is not passed on to a third AS (RFC 4271 §5.1.4); only the configured outgoing value is sent.
        return new BgpPathAttributes(path, speaker.RouterId, options.MedOut, BgpPathAttributes.DefaultLocalPreference, attributes.Source);
    }

    private readonly record struct Key(BgpPathAttributes Input, bool Internal, int Prepend, long? MedOut);

    /// <summary>The input attributes by identity: equal instances are the same route's, and hashing a path per lookup costs more than it saves.</summary>
    private sealed class KeyComparer : IEqualityComparer<Key>
    {
        public bool Equals(Key x, Key y) =>
            ReferenceEquals(x.Input, y.Input) && x.Internal == y.Internal && x.Prepend == y.Prepend && x.MedOut == y.MedOut;

        public int GetHashCode(Key key) =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(key.Input), key.Internal, key.Prepend, key.MedOut);
    }
}
