namespace FabricSim.Network.Mve;

/// <summary>
/// How hard it is to move back to a preferred transport: it must meet the class's thresholds with
/// <see cref="Margin"/> to spare for <see cref="RecoveryIntervals"/> probe intervals in a row. Leaving a transport
/// that violates the thresholds happens at once.
/// </summary>
public readonly record struct SteeringHysteresis(int RecoveryIntervals, double Margin)
{
    public static SteeringHysteresis Default { get; } = new(3, 0.2);

    /// <summary>Moves back as soon as one interval meets the thresholds: prone to flapping.</summary>
    public static SteeringHysteresis None { get; } = new(1, 0);
}
