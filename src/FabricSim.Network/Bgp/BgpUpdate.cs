using FabricSim.Network.Addressing;

namespace FabricSim.Network.Bgp;

/// <summary>Routes that became reachable or changed, and routes that are gone.</summary>
internal sealed record BgpUpdate(BgpAnnouncement[] Announced, Ipv4Prefix[] Withdrawn) : BgpMessage
{
    /// <summary>Header plus the withdrawn-routes and path-attribute length fields.</summary>
    public const int EmptyBytes = HeaderBytes + 4;

    /// <summary>A withdrawn /xx prefix: one length byte and up to four address bytes.</summary>
    public const int WithdrawnBytes = 5;

    /// <summary>Measured once: a message shared between peers (<see cref="RecentUpdates"/>) is sent many times.</summary>
    public override int SizeBytes { get; } = Measure(Announced, Withdrawn);

    private static int Measure(BgpAnnouncement[] announced, Ipv4Prefix[] withdrawn)
    {
        int size = EmptyBytes + withdrawn.Length * WithdrawnBytes;
        foreach (var route in announced)
        {
            size += AnnouncementBytes(route);
        }
        return size;
    }

    /// <summary>
    /// One announced prefix with its own attributes: NLRI (5), ORIGIN (4), AS_PATH (3 + 2 + 4 per AS),
    /// NEXT_HOP (7), MED (7) and LOCAL_PREF (7). Real routers share attributes between prefixes; this is the upper bound.
    /// </summary>
    public static int AnnouncementBytes(in BgpAnnouncement route)
    {
        return 5 + 4 + 5 + 4 * route.Attributes.AsPath.Count + 7 + 7 + 7;
    }
}
