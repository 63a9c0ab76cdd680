using FabricSim.Network.Internet;

namespace FabricSim.Network.Ipsec;

/// <summary>
/// One ESP tunnel of a VPN connection: a gateway and an Internet path in each direction. <see cref="IsUp"/> is the
/// truth (the path carries packets); <see cref="IsAlive"/> is what the peers believe after dead-peer detection, and
/// decides whether flows are sent into it.
/// </summary>
internal sealed class IpsecTunnel
{
    internal IpsecTunnel(int id, int index, string name)
    {
        Id = id;
        Index = index;
        Name = name;
    }

    /// <summary>Stamped on the packets it carries.</summary>
    public int Id { get; }
    public int Index { get; }
    public string Name { get; }
    public bool IsUp { get; internal set; } = true;
    public bool IsAlive { get; internal set; } = true;

    public RateLimitedQueue GatewayFromSite { get; internal set; } = null!;
    public RateLimitedQueue GatewayFromCloud { get; internal set; } = null!;
    public InternetPath PathToCloud { get; internal set; } = null!;
    public InternetPath PathToSite { get; internal set; } = null!;

    /// <summary>Inner packets delivered out of the tunnel at either end.</summary>
    public long PacketsDelivered { get; internal set; }

    /// <summary>Bumped on every failure or recovery, so detection events from an earlier state are ignored.</summary>
    internal int StateGeneration { get; set; }

    public override string ToString() => Name;
}
