namespace FabricSim.Network.Bfd;

/// <summary>A protocol that relies on a BFD session to learn quickly that its path is gone, and that it is back.</summary>
internal interface IBfdClient
{
    void OnBfdDown(BfdSession session);

    /// <summary>The session came up again after having gone down: packets cross the path once more.</summary>
    void OnBfdUp(BfdSession session);
}
