namespace FabricSim.Network.Bfd;

/// <summary>A protocol that relies on a BFD session to learn quickly that its path is gone.</summary>
internal interface IBfdClient
{
    void OnBfdDown(BfdSession session);
}
