using FabricSim.Engine.Time;
using FabricSim.Network.Addressing;

namespace FabricSim.Network.Bgp;

/// <summary>A BGP message as carried in a control packet; <see cref="SizeBytes"/> is its length on the wire.</summary>
public abstract record BgpMessage
{
    /// <summary>Marker (16), length (2) and type (1) of RFC 4271 §4.1.</summary>
    public const int HeaderBytes = 19;

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
    public override int SizeBytes
    {
        get
        {
            // Withdrawn and attribute lengths (4), then per route ~5 bytes of NLRI and ~4 bytes per AS plus fixed attributes.
            int size = HeaderBytes + 4 + Withdrawn.Count * 5;
            foreach (var route in Announced)
            {
                size += 5 + 28 + 4 * route.Attributes.AsPath.Count;
            }
            return size;
        }
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
