using FabricSim.Scenarios.Catalogs;
using FabricSim.Scenarios.Yaml;

namespace FabricSim.Scenarios.Loading;

/// <summary>
/// ASNs a router of the design may not speak from: those the BGP protocol itself reserves, and those Azure keeps for
/// its own edges (which Megaport therefore forbids on an MCR, and which a customer router peering towards Azure may
/// not use either). A cloud's own edge is exempt from the second list: Azure's edge is AS 12076.
/// </summary>
internal static class ReservedAsnCheck
{
    /// <summary>Checks the ASN at <paramref name="key"/> of a router the customer numbers (an MCR, a customer router); false when reserved.</summary>
    public static bool Check(ObjectReader reader, string key, long asn, string router, ProductCatalog products) =>
        CheckProtocol(reader, key, asn, router) && CheckAzure(reader, key, asn, router, products);

    /// <summary>Refuses an ASN no BGP speaker may use, whoever it belongs to; false when reserved.</summary>
    public static bool CheckProtocol(ObjectReader reader, string key, long asn, string router)
    {
        if (Protocol(asn) is not { } why)
        {
            return true;
        }
        reader.Error(key, $"AS {asn} of {router} is reserved ({why}) and cannot be a router's ASN", Fix(key));
        return false;
    }

    /// <summary>Refuses an ASN Azure keeps for its own edges; false when reserved.</summary>
    public static bool CheckAzure(ObjectReader reader, string key, long asn, string router, ProductCatalog products)
    {
        var azure = products.Get("megaport.mcr.reserved_asns");
        if (!azure.Values.Any(range => Contains(range, asn)))
        {
            return true;
        }
        reader.Error(key, $"AS {asn} of {router} is reserved by Azure for its own edges, so Megaport refuses it for an MCR and a router peering with Azure cannot use it ({azure.Citation})", Fix(key));
        return false;
    }

    /// <summary>Why the BGP protocol reserves <paramref name="asn"/>, or null when it may be used.</summary>
    public static string? Protocol(long asn) => asn switch
    {
        0 => "RFC 7607: AS 0 marks a route that must not be originated",
        23456 => "RFC 6793: AS_TRANS stands in for a 4-byte ASN towards an old speaker",
        65535 or 4_294_967_295 => "RFC 7300: the last 2-byte and 4-byte ASNs are reserved",
        _ => null,
    };

    private static string Fix(string key) => $"use a public ASN you hold or a private ASN from 64512-65514, 65521-65534 or 4200000000-4294967294, e.g. '{key}: 65001'";

    /// <summary>A catalog entry is a single ASN ("8074") or an inclusive range ("65515-65520").</summary>
    internal static bool Contains(string range, long asn)
    {
        var bounds = range.Split('-');
        long low = long.Parse(bounds[0], System.Globalization.CultureInfo.InvariantCulture);
        long high = long.Parse(bounds[^1], System.Globalization.CultureInfo.InvariantCulture);
        return asn >= low && asn <= high;
    }
}
