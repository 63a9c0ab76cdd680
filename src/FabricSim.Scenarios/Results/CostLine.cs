namespace FabricSim.Scenarios.Results;

/// <summary>One line of an option's monthly bill: what is charged, how much of it, at what list price, from where.</summary>
public sealed record CostLine(
    string Option,
    string Category,
    string Item,
    double Quantity,
    string Unit,
    double UnitPriceUsd,
    double MonthlyUsd,
    string Source);
