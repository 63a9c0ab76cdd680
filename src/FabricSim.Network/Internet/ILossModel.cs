namespace FabricSim.Network.Internet;

/// <summary>Decides, packet by packet, whether the Internet loses it. Implementations keep their own state and random stream.</summary>
public interface ILossModel
{
    /// <param name="congestionMultiplier">Scales the tendency to lose (1 = the configured rate), e.g. from a diurnal profile.</param>
    bool NextIsLost(double congestionMultiplier);
}
