using FabricSim.Network.Units;

namespace FabricSim.Scenarios.Cost;

/// <summary>The average rate a demand's data-transfer charge is billed at over a month, and what that rate stands for.</summary>
/// <param name="Rate">Mean rate over the month.</param>
/// <param name="Basis">Where the rate comes from, in words a reader of cost.csv can check (e.g. "offered demand").</param>
public sealed record BilledVolume(DataRate Rate, string Basis);
