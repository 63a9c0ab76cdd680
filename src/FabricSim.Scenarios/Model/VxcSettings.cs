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

    public bool Touches(string endpoint) => EndA == endpoint || EndB == endpoint;

    public string OtherEnd(string endpoint) => EndA == endpoint ? EndB : EndA;
}
