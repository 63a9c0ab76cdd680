using FabricSim.Network.Units;

namespace FabricSim.Scenarios.Cost;

/// <summary>The average rates a demand's data-transfer charges are billed at over a month, and what they stand for.</summary>
/// <param name="Rate">Mean rate from the demand's source to its destination over the month.</param>
/// <param name="Basis">Where the rates come from, in words a reader of cost.csv can check (e.g. "offered demand").</param>
public sealed record BilledVolume(DataRate Rate, string Basis)
{
    /// <summary>
    /// Mean rate from the destination back to the source: responses of a request/response demand, acknowledgements
    /// of a TCP transfer. A cloud bills it when the destination is the cloud, whoever started the exchange.
    /// </summary>
    public DataRate Reverse { get; init; }
}
