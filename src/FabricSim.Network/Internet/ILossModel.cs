namespace FabricSim.Network.Internet;

/// <summary>Decides, packet by packet, whether the Internet loses it. Implementations keep their own state and random stream.</summary>
internal interface ILossModel
{
    /// <param name="extraLossRate">Added to the configured long-run loss rate for this packet (e.g. a congestion cycle's busy hour); 0 for none.</param>
    bool NextIsLost(double extraLossRate);
}
