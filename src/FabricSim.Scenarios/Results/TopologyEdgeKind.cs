namespace FabricSim.Scenarios.Results;

/// <summary>What a line of a topology diagram stands for: an access Port, a VXC, an IPsec VPN, an Internet transport or a backbone link between PoPs.</summary>
public enum TopologyEdgeKind
{
    Port,
    Vxc,
    Vpn,
    Internet,
    Backbone,
}
