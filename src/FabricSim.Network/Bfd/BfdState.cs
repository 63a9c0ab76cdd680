namespace FabricSim.Network.Bfd;

/// <summary>Session states of RFC 5880 (AdminDown omitted: sessions here are never administratively disabled).</summary>
internal enum BfdState
{
    Down,
    Init,
    Up,
}
