using FabricSim.Network.Units;
using FabricSim.Scenarios.Model;

namespace FabricSim.Scenarios.Catalogs;

/// <summary>The sourced limits of every product a scenario can order: offered rates and sizes, quotas, MTUs, default ASNs.</summary>
public sealed class ProductCatalog(IReadOnlyList<ProductLimit> limits)
{
    public IReadOnlyList<ProductLimit> Limits { get; } = limits;

    public ProductLimit Get(string item) =>
        Limits.FirstOrDefault(l => l.Item == item) ?? throw new InvalidOperationException($"The product catalog has no entry '{item}'.");

    /// <summary>The offered rates of <paramref name="item"/>, ascending.</summary>
    public IReadOnlyList<DataRate> Rates(string item) =>
        Get(item).Values.Select(v => DataRate.Parse(v)).OrderBy(r => r.BitsPerSecond).ToList();

    /// <summary>The offered sizes of <paramref name="item"/> in bytes ("1500B").</summary>
    public IReadOnlyList<int> Bytes(string item) =>
        Get(item).Values.Select(v => int.Parse(v.TrimEnd('B'), System.Globalization.CultureInfo.InvariantCulture)).ToList();

    /// <summary>A single duration of <paramref name="item"/> ("10ms").</summary>
    public FabricSim.Engine.Time.SimTime Duration(string item) => FabricSim.Engine.Time.SimTime.Parse(Get(item).Values.Single());

    public long Value(string item) =>
        Get(item).Value ?? throw new InvalidOperationException($"The product catalog entry '{item}' has no value.");

    /// <summary>The ASN a cloud's edge speaks BGP from unless the session names another.</summary>
    public long DefaultAsn(CloudProvider provider) => Value(ProviderKey(provider) + ".default_asn");

    public static string ProviderKey(CloudProvider provider) => provider switch
    {
        CloudProvider.Aws => "aws",
        CloudProvider.Azure => "azure",
        CloudProvider.Oracle => "oracle",
        CloudProvider.Ibm => "ibm",
        _ => "google",
    };
}
