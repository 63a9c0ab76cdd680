namespace FabricSim.Scenarios.Catalogs;

/// <summary>
/// What one product offers: Values lists the choices (rates, sizes, MTUs, in the catalog's units), Value is a single
/// figure (a quota, a limit, an ASN). Source and Date say where and when it was read.
/// </summary>
public sealed record ProductLimit(string Item, IReadOnlyList<string> Values, long? Value, string Source, string Date)
{
    public string Citation => Source + (Date == "n/a" ? string.Empty : ", read " + Date);
}
