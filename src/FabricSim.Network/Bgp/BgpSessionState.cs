namespace FabricSim.Network.Bgp;

/// <summary>
/// The RFC 4271 finite-state machine, folded: Connect stands for Connect/Active/OpenSent (an OPEN is out, none
/// received yet), OpenConfirm means the peer's OPEN arrived and its KEEPALIVE is awaited.
/// </summary>
public enum BgpSessionState
{
    Idle,
    Connect,
    OpenConfirm,
    Established,
}
