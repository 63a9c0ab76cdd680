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
    string Source)
{
    /// <summary>For a usage charge, what the quantity is computed from (e.g. the offered demand over a month); empty for fixed charges.</summary>
    public string Basis { get; init; } = "";

    /// <summary>For a data-transfer charge, the demand whose bytes are billed; empty for other charges.</summary>
    public string Demand { get; init; } = "";

    /// <summary>For a data-transfer charge, "sender&gt;receiver" of the billed bytes (the sender is the cloud); empty otherwise.</summary>
    public string Direction { get; init; } = "";
}
