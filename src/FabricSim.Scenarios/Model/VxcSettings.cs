using FabricSim.Network.Units;

namespace FabricSim.Scenarios.Model;

/// <summary>
/// A virtual cross connect between two endpoints (port, MCR, MVE or cloud), policed to Rate (or, when Shaped, shaped
/// with a queue of ShaperQueuePackets per direction) and carried with a QoS class. When one end is a cloud, Cloud says
/// how it attaches (DX, ExpressRoute, Interconnect).
/// </summary>
public sealed record VxcSettings(
    string Name,
    string EndA,
    string EndB,
    DataRate Rate,
    int QosClass,
    CloudConnection? Cloud,
    BgpSessionSettings? Bgp,
    bool Shaped = false,
    int ShaperQueuePackets = VxcSettings.DefaultShaperQueuePackets)
{
    public const int MtuBytes = 9100;

    /// <summary>The same buffer as a link's default DropTail queue.</summary>
    public const int DefaultShaperQueuePackets = 1000;

    /// <summary>Depth of the provider's policer (token bucket) in bytes.</summary>
    public long BurstBytes { get; init; }

    /// <summary>Whether the customer's router shapes to Rate and BurstBytes before the provider polices.</summary>
    public bool CustomerShaper { get; init; }

    /// <summary>What the customer shaper holds per direction before it drops.</summary>
    public long CustomerShaperQueueBytes { get; init; }

    /// <summary>A router's shaping queue sized for a 100 ms round trip at the shaped rate (buffer = rate × RTT).</summary>
    public static readonly Engine.Time.SimTime DefaultCustomerShaperQueue = Engine.Time.SimTime.FromMilliseconds(100);

    public bool Touches(string endpoint) => EndA == endpoint || EndB == endpoint;

    public string OtherEnd(string endpoint) => EndA == endpoint ? EndB : EndA;
}
