namespace FabricSim.Network.Bgp;

/// <summary>
/// The last attributes a session rewrote (on import or export) and what they became. Prefixes travel in batches that
/// share their attributes, so remembering one pair lets a whole batch share one rewritten instance, as routers share
/// path attributes between the prefixes of an UPDATE, instead of copying the AS path once per prefix. The rewrite
/// depends only on the attributes and the session's configuration, so reconfiguring clears it.
/// </summary>
internal readonly struct AttributeMemo(BgpPathAttributes input, BgpPathAttributes output)
{
    public bool TryGet(BgpPathAttributes attributes, out BgpPathAttributes rewritten)
    {
        rewritten = output;
        return input is not null && ReferenceEquals(attributes, input);
    }
}
