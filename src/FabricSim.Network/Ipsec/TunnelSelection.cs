namespace FabricSim.Network.Ipsec;

/// <summary>How a VPN connection spreads flows over its live tunnels.</summary>
public enum TunnelSelection
{
    /// <summary>Equal-cost multipath: a hash of the flow id pins each flow to one live tunnel.</summary>
    Ecmp,

    /// <summary>Everything on the lowest-numbered live tunnel; the others stand by.</summary>
    ActiveStandby,
}
