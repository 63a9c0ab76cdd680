namespace FabricSim.Scenarios.Catalogs;

/// <summary>
/// One list price. Tier is a rate ("10Gbps"), a size or SKU name, a term in months, a region id, a pricing region
/// (apac, americas, emea) or "default". Assumption marks figures that are not published and were estimated.
/// </summary>
public sealed record PriceEntry(string Item, string Tier, decimal Value, string Unit, string Source, string Date, bool Assumption)
{
    public string Citation => Source + (Date == "n/a" ? string.Empty : ", " + Date) + (Assumption ? " (assumption)" : string.Empty);
}
