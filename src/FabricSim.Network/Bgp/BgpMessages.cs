using FabricSim.Engine.Time;
using FabricSim.Network.Addressing;

namespace FabricSim.Network.Bgp;

/// <summary>A BGP message as carried in a control packet; <see cref="SizeBytes"/> is its length on the wire.</summary>
public abstract record BgpMessage
{
    /// <summary>Marker (16), length (2) and type (1) of RFC 4271 §4.1.</summary>
    public const int HeaderBytes = 19;

    /// <summary>The largest BGP message (RFC 4271 §4.1).</summary>
    public const int MaximumBytes = 4096;

    public abstract int SizeBytes { get; }
}

/// <summary>Opens a session: who the sender is and the hold time it proposes.</summary>
public sealed record BgpOpen(long Asn, Ipv4Address RouterId, SimTime HoldTime) : BgpMessage
{
    public override int SizeBytes => HeaderBytes + 10;
}

/// <summary>Proves the sender is alive; resets the receiver's hold timer.</summary>
public sealed record BgpKeepalive : BgpMessage
{
    public static readonly BgpKeepalive Instance = new();

    public override int SizeBytes => HeaderBytes;
}

/// <summary>One reachable prefix with its attributes.</summary>
public sealed record BgpAnnouncement(Ipv4Prefix Prefix, BgpPathAttributes Attributes);

/// <summary>Routes that became reachable or changed, and routes that are gone.</summary>
public sealed record BgpUpdate(IReadOnlyList<BgpAnnouncement> Announced, IReadOnlyList<Ipv4Prefix> Withdrawn) : BgpMessage
{
    /// <summary>Header plus the withdrawn-routes and path-attribute length fields.</summary>
    public const int EmptyBytes = HeaderBytes + 4;

    /// <summary>A withdrawn /xx prefix: one length byte and up to four address bytes.</summary>
    public const int WithdrawnBytes = 5;

    public override int SizeBytes
    {
        get
        {
            int size = EmptyBytes + Withdrawn.Count * WithdrawnBytes;
            foreach (var route in Announced)
            {
                size += AnnouncementBytes(route);
            }
            return size;
        }
    }

    /// <summary>
    /// One announced prefix with its own attributes: NLRI (5), ORIGIN (4), AS_PATH (3 + 2 + 4 per AS),
    /// NEXT_HOP (7), MED (7) and LOCAL_PREF (7). Real routers share attributes between prefixes; this is the upper bound.
    /// </summary>
    public static int AnnouncementBytes(BgpAnnouncement route)
    {
        ArgumentNullException.ThrowIfNull(route);
        return 5 + 4 + 5 + 4 * route.Attributes.AsPath.Count + 7 + 7 + 7;
    }
}

/// <summary>Reports an error and closes the session.</summary>
public sealed record BgpNotification(string Reason) : BgpMessage
{
    public const string HoldTimerExpired = "hold timer expired";
    public const string BfdDown = "BFD down";
    public const string BadPeerAs = "bad peer AS";
    public const string Cease = "cease";

    public override int SizeBytes => HeaderBytes + 2;
}
