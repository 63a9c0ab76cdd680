using FabricSim.Network.Addressing;

namespace FabricSim.Network.Bgp;

/// <summary>
/// The UPDATEs a router built last, so that sessions sending the same routes with the same attributes (a best path
/// that changed, told at once to every peer with the same rewrite) send one message between them, as a router builds
/// an UPDATE once per peer group and replicates it. A message is never changed once built and receivers only read
/// it, so sharing it changes nothing any peer receives; in a full mesh of a hundred routers it saves almost every
/// copy of the routes in flight.
/// </summary>
internal sealed class RecentUpdates
{
    /// <summary>Enough for the chunks of one change told to every peer, and of a table sent to a peer that just came up.</summary>
    private const int Kept = 32;

    private readonly BgpUpdate?[] _kept = new BgpUpdate?[Kept];
    private int _next;

    /// <summary>An UPDATE carrying exactly <paramref name="announced"/> and <paramref name="withdrawn"/>: a recent one if it does, else a new one.</summary>
    public BgpUpdate Get(ReadOnlySpan<BgpAnnouncement> announced, ReadOnlySpan<Ipv4Prefix> withdrawn)
    {
        foreach (var update in _kept)
        {
            if (update is not null && Carries(update, announced, withdrawn))
            {
                return update;
            }
        }
        var built = new BgpUpdate(announced.ToArray(), withdrawn.ToArray());
        _kept[_next] = built;
        _next = (_next + 1) % Kept;
        return built;
    }

    /// <summary>The same prefixes in the same order, with the same attribute instances (the rewrite shares them, <see cref="SharedExports"/>).</summary>
    private static bool Carries(BgpUpdate update, ReadOnlySpan<BgpAnnouncement> announced, ReadOnlySpan<Ipv4Prefix> withdrawn)
    {
        if (update.Announced.Length != announced.Length || update.Withdrawn.Length != withdrawn.Length)
        {
            return false;
        }
        for (int i = 0; i < announced.Length; i++)
        {
            if (!ReferenceEquals(announced[i].Attributes, update.Announced[i].Attributes) || !Same(announced[i].Prefix, update.Announced[i].Prefix))
            {
                return false;
            }
        }
        for (int i = 0; i < withdrawn.Length; i++)
        {
            if (!Same(withdrawn[i], update.Withdrawn[i]))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Field by field: the record's own equality goes through equality comparers this loop cannot afford.</summary>
    private static bool Same(Ipv4Prefix a, Ipv4Prefix b) => a.Network.Value == b.Network.Value && a.Length == b.Length;
}
