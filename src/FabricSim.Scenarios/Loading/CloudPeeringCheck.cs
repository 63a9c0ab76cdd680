using FabricSim.Scenarios.Catalogs;
using FabricSim.Scenarios.Model;
using FabricSim.Scenarios.Yaml;

namespace FabricSim.Scenarios.Loading;

/// <summary>
/// A cloud VXC's BGP session as the connection product makes it: the peer type follows the connection (Megaport's
/// route-advertisement rules), and the cloud's ASN is the one its edge speaks from. A bgp block that says otherwise
/// describes a session the product would not set up, so it is an error at the key with the fix.
/// </summary>
internal static class CloudPeeringCheck
{
    /// <summary>AWS lets the Amazon side of a private or transit VIF use only private ASNs (catalog aws.default_asn).</summary>
    private static bool IsAwsPrivateAsn(long asn) => asn is >= 64512 and <= 65534 or >= 4_200_000_000 and <= 4_294_967_294;

    /// <param name="customerAsn">The ASN of the VXC's customer end when the scenario names it (an MCR's), else null.</param>
    public static BgpSessionSettings? Apply(ObjectReader reader, BgpSessionSettings session, CloudConnection connection, ProductCatalog products, long? customerAsn)
    {
        var expected = connection.PeerType;
        if (reader.Has("peer_type") && session.PeerType != expected)
        {
            reader.Error("peer_type", $"peer_type {Name(session.PeerType)} contradicts the {Describe(connection)} of {reader.Label}, whose routes are {Name(expected)} routes",
                $"use 'peer_type: {Name(expected)}' or leave peer_type out");
            return null;
        }
        if (session.PeerAsn is { } asn && Contradicts(connection, asn, products) is { } contradiction)
        {
            reader.Error("peer_asn", contradiction.Message, contradiction.Fix);
            return null;
        }
        if (connection.Vif == AwsVifType.Public && session.AsPathPrepend > 0 && customerAsn is { } own && IsAwsPrivateAsn(own))
        {
            var prerequisites = products.Get("aws.public.private_asn_prepend");
            reader.Error("as_path_prepend", $"AS-path prepending does not work on a public VIF whose customer side uses a private ASN ({own}) ({prerequisites.Citation})",
                "remove 'as_path_prepend', or give the MCR a public ASN you own (e.g. Megaport's default 133937)");
            return null;
        }
        return session with { PeerType = expected };
    }

    /// <summary>
    /// IBM accepts only some ASNs on the customer side of a Direct Link (catalog ibm.direct_link.customer_asns: most
    /// private 2-byte ASNs are IBM's own, 64999 excepted); the router at the customer end of the VXC is an MCR here.
    /// False when refused.
    /// </summary>
    public static bool CheckIbmCustomerAsn(ObjectReader vxc, string key, string router, long asn, ProductCatalog products)
    {
        var accepted = products.Get("ibm.direct_link.customer_asns");
        if (accepted.Values.Any(range => ReservedAsnCheck.Contains(range, asn)))
        {
            return true;
        }
        vxc.Error(key, $"AS {asn} of '{router}' is not an ASN IBM accepts on the customer side of a Direct Link; accepted: {string.Join(", ", accepted.Values)} ({accepted.Citation})",
            $"give '{router}' an ASN in those ranges, e.g. 'asn: 64999' or Megaport's default 133937");
        return false;
    }

    /// <summary>The clouds whose edge speaks from one fixed ASN whatever the customer asks, with how to name that edge.</summary>
    private static (CloudProvider Provider, string Edge)? FixedAsnEdge(CloudConnectionType type) => type switch
    {
        CloudConnectionType.AzureExpressRoute => (CloudProvider.Azure, "Azure's ExpressRoute edge always"),
        CloudConnectionType.GooglePartnerInterconnect => (CloudProvider.Google, "a Partner Interconnect Cloud Router"),
        CloudConnectionType.OracleFastConnect => (CloudProvider.Oracle, "Oracle's FastConnect edge"),
        CloudConnectionType.IbmDirectLinkConnect => (CloudProvider.Ibm, "IBM's Direct Link edge"),
        _ => null,
    };

    private static (string Message, string Fix)? Contradicts(CloudConnection connection, long asn, ProductCatalog products)
    {
        if (FixedAsnEdge(connection.Type) is { } fixedAsn)
        {
            var entry = products.Get(ProductCatalog.ProviderKey(fixedAsn.Provider) + ".default_asn");
            return asn == entry.Value ? null : ($"{fixedAsn.Edge} speaks from AS {entry.Value}, not {asn} ({entry.Citation})", $"use 'peer_asn: {entry.Value}' or leave it out");
        }
        switch (connection.Type)
        {
            case CloudConnectionType.AwsHosted or CloudConnectionType.AwsDedicated when connection.Vif == AwsVifType.Public && !products.Get("aws.public.asns").Values.Contains(asn.ToString(System.Globalization.CultureInfo.InvariantCulture)):
                var amazon = products.Get("aws.public.asns");
                return ($"the Amazon side of a public VIF speaks from Amazon's public ASN ({string.Join(" or ", amazon.Values)}), not {asn} ({amazon.Citation})",
                    $"use 'peer_asn: {amazon.Values[0]}' or leave it out");
            case CloudConnectionType.AwsHosted or CloudConnectionType.AwsDedicated when connection.Vif != AwsVifType.Public && !IsAwsPrivateAsn(asn):
                var aws = products.Get("aws.default_asn");
                return ($"the Amazon side of a private or transit VIF uses a private ASN (64512-65534 or 4200000000-4294967294), not {asn} ({aws.Citation})",
                    $"use 'peer_asn: {aws.Value}' (the default) or another private ASN");
            default:
                return null;
        }
    }

    private static string Describe(CloudConnection connection) => connection.Type switch
    {
        CloudConnectionType.AwsHosted or CloudConnectionType.AwsDedicated => $"{connection.Vif?.ToString().ToLowerInvariant()} VIF",
        CloudConnectionType.AzureExpressRoute => "ExpressRoute private peering",
        CloudConnectionType.OracleFastConnect => "FastConnect private virtual circuit",
        CloudConnectionType.IbmDirectLinkConnect => "Direct Link Connect gateway",
        _ => "Google Interconnect attachment",
    };

    private static string Name(Network.Bgp.PeerType type) => type switch
    {
        Network.Bgp.PeerType.PrivateCloud => "private_cloud",
        Network.Bgp.PeerType.PublicCloud => "public_cloud",
        _ => "non_cloud",
    };
}
