namespace FabricSim.Scenarios.Import;

/// <summary>
/// The AWS side of an imported design (hashicorp/aws provider, registry.terraform.io/providers/hashicorp/aws, resources
/// dx_gateway, dx_gateway_association, ec2_transit_gateway, vpn_connection and customer_gateway, read 2026-12-04): which
/// Direct Connect gateway a private or transit VIF attaches to, whether that gateway is associated with a transit
/// gateway, and each Site-to-Site VPN with its customer gateway as an IPsec VPN element.
/// </summary>
internal sealed class AwsGatewayImport(IReadOnlyList<TerraformResource> resources, Action<string, string> warn)
{
    /// <summary>The AWS resources read here; a file's other AWS network resources are warned about as not imported.</summary>
    public static readonly HashSet<string> Types = ["aws_dx_gateway", "aws_dx_gateway_association", "aws_ec2_transit_gateway", "aws_vpn_connection", "aws_customer_gateway"];

    /// <summary>
    /// The Direct Connect gateway a VIF of <paramref name="vif"/> type attaches to, named after the gateway's
    /// <c>name</c>: the file's only one, else the one whose Amazon-side ASN is <paramref name="amazonAsn"/>. Null when
    /// the file has none (the scenario's default gateway then stands for it) or for a public VIF.
    /// </summary>
    public string? DxGateway(string vxcAddress, string vif, long? amazonAsn)
    {
        var gateways = Of("aws_dx_gateway").ToList();
        if (vif == "public" || gateways.Count == 0)
        {
            return null;
        }
        var gateway = gateways.Count == 1 ? gateways[0] : gateways.FirstOrDefault(g => amazonAsn is not null && g.Number("amazon_side_asn") == amazonAsn);
        if (gateway is null)
        {
            gateway = gateways[0];
            warn(vxcAddress, $"{gateways.Count} aws_dx_gateway resources and none with this VIF's Amazon ASN; it is taken to attach to {gateway.Address}");
        }
        bool toTransitGateway = Associations(gateway).Any(a => a.String("associated_gateway_type") == "transitGateway"
            || Of("aws_ec2_transit_gateway").Any(t => Matches(a, "associated_gateway_id", t)));
        if (vif == "transit" && !toTransitGateway)
        {
            warn(vxcAddress, $"a transit VIF, but no aws_dx_gateway_association in the file joins {gateway.Address} to a transit gateway; the scenario gives it one in the cloud's region");
        }
        if (vif == "private" && toTransitGateway)
        {
            warn(vxcAddress, $"a private VIF on {gateway.Address}, which the file associates with a transit gateway; AWS associates a gateway with a transit gateway only through transit VIFs, so validate will refuse the mix");
        }
        return TerraformImporter.Slug(gateway.String("name") ?? gateway.Address[(gateway.Address.LastIndexOf('.') + 1)..]);
    }

    /// <summary>
    /// Each <c>aws_vpn_connection</c> as a VPN from the one site the file has (Terraform says where the customer
    /// gateway's address is, not which site it serves), to the AWS region of its ARN; the cloud is found or added by
    /// <paramref name="cloudFor"/>. Its Internet access is not in Terraform: 1 Gbps, with a warning.
    /// </summary>
    public IReadOnlyList<ImportedVpn> Vpns(IReadOnlyList<ImportedPort> ports, Func<string, string?> cloudFor, Func<string, string> unique)
    {
        var vpns = new List<ImportedVpn>();
        foreach (var connection in Of("aws_vpn_connection"))
        {
            var sites = ports.Select(p => p.Site).Distinct(StringComparer.Ordinal).ToList();
            if (sites.Count != 1)
            {
                warn(connection.Address, sites.Count == 0
                    ? "no imported port gives a site for the customer gateway's end; the VPN is left out (add a site and the VPN by hand)"
                    : $"the file has {sites.Count} sites and nothing says which one the customer gateway serves; the VPN is left out (add it under vpns: with its site)");
                continue;
            }
            // arn:aws:ec2:<region>:<account>:vpn-connection/<id>
            string? region = connection.String("arn")?.Split(':') is { Length: >= 6 } arn ? arn[3] : null;
            if (region is null || cloudFor(region) is not { } cloud)
            {
                warn(connection.Address, $"the AWS region of the VPN ({region ?? "no arn in the file"}) is not in the catalog; the VPN is left out");
                continue;
            }
            bool transit = connection.String("transit_gateway_id") is { Length: > 0 } || connection.References.ContainsKey("transit_gateway_id");
            bool staticRouting = connection.Values.TryGetProperty("static_routes_only", out var only) && only.ValueKind == System.Text.Json.JsonValueKind.True;
            var customer = Of("aws_customer_gateway").FirstOrDefault(g => Matches(connection, "customer_gateway_id", g));
            string where = customer?.String("ip_address") is { } ip ? $"the customer gateway at {ip}" : "the customer gateway";
            warn(connection.Address, $"{where} is taken to be at site '{sites[0]}', the file's only site, with 1Gbps of Internet access (not in Terraform; set internet_access)");
            if (customer?.String("bgp_asn") is { Length: > 0 } asn && !staticRouting)
            {
                warn(connection.Address, $"the customer gateway's BGP ASN {asn} is not carried: the site's router takes a private ASN of its own");
            }
            vpns.Add(new ImportedVpn(connection.Address, unique(TerraformImporter.Slug(connection.Address[(connection.Address.LastIndexOf('.') + 1)..] + "-vpn")), sites[0], cloud,
                transit ? "transit_gateway" : "virtual_private_gateway", staticRouting));
        }
        return vpns;
    }

    private IEnumerable<TerraformResource> Of(string type) => resources.Where(r => !r.IsData && r.Type == type);

    private IEnumerable<TerraformResource> Associations(TerraformResource gateway) =>
        Of("aws_dx_gateway_association").Where(a => Matches(a, "dx_gateway_id", gateway));

    /// <summary>Whether <paramref name="from"/>'s <paramref name="attribute"/> names <paramref name="target"/>, by id in a state or by reference in a plan.</summary>
    private static bool Matches(TerraformResource from, string attribute, TerraformResource target) =>
        from.String(attribute) is { Length: > 0 } id && id == target.String("id")
        || from.References.TryGetValue(attribute, out string? address) && address == target.Address;
}
