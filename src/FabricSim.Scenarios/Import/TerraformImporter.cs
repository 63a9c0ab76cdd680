using System.Globalization;
using System.Text.Json;
using FabricSim.Scenarios.Catalogs;
using FabricSim.Scenarios.Model;

namespace FabricSim.Scenarios.Import;

/// <summary>
/// Maps the Megaport provider's resources (registry.terraform.io/providers/megaport/megaport; attribute names from
/// docs/resources/port.md, lag_port.md, mcr.md, mcr_prefix_filter_list.md, vxc.md and mve.md of
/// github.com/megaport/terraform-provider-megaport at b1ea95d, read 2026-12-04) and the cloud resources at their far
/// end to one design. Whatever it cannot map is a warning naming the resource, never dropped in silence.
/// </summary>
internal sealed class TerraformImporter
{
    /// <summary>Cloud-side resources whose attributes set a cloud's region or ASN, a VIF's gateway, or a VPN.</summary>
    private static readonly HashSet<string> CloudSideTypes = [.. AwsGatewayImport.Types, "azurerm_express_route_circuit", "google_compute_interconnect_attachment"];

    /// <summary>Network resources of the clouds that the importer does not model yet; anything else is outside the fabric.</summary>
    private static readonly string[] CloudNetworkPrefixes = ["aws_dx_", "aws_vpn_", "aws_customer_gateway", "aws_ec2_transit_gateway", "azurerm_express_route_", "azurerm_virtual_network_gateway", "azurerm_vpn_", "google_compute_interconnect", "google_compute_router", "google_compute_vpn", "google_compute_ha_vpn", "google_compute_external_vpn"];

    private readonly IReadOnlyList<TerraformResource> _resources;
    private readonly Catalog _catalog;
    private readonly MegaportLocations _locations;
    private readonly List<ImportWarning> _warnings = [];
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _elementByUid = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _elementByAddress = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _popByElement = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Mcr, string Description), string> _listByDescription = [];
    private readonly List<ImportedPort> _ports = [];
    private readonly List<ImportedMcr> _mcrs = [];
    private readonly List<ImportedCloud> _clouds = [];
    private readonly List<ImportedVxc> _vxcs = [];
    private readonly List<ImportedPrefixList> _lists = [];
    private readonly List<(string Address, long Months)> _terms = [];
    private readonly List<ImportedInternetVxc> _internetVxcs = [];
    private readonly List<ImportedIx> _ixs = [];

    private TerraformImporter(IReadOnlyList<TerraformResource> resources, Catalog catalog, MegaportLocations locations)
    {
        _resources = resources;
        _catalog = catalog;
        _locations = locations;
        _aws = new AwsGatewayImport(resources, Warn);
    }

    private readonly AwsGatewayImport _aws;

    public static ImportedFabric Import(IReadOnlyList<TerraformResource> resources, Catalog catalog, MegaportLocations locations)
    {
        var importer = new TerraformImporter(resources, catalog, locations);
        return importer.Run();
    }

    private ImportedFabric Run()
    {
        var managed = _resources.Where(r => !r.IsData).ToList();
        foreach (var resource in managed)
        {
            switch (resource.Type)
            {
                case "megaport_port":
                case "megaport_lag_port":
                    AddPort(resource);
                    break;
                case "megaport_mcr":
                    AddMcr(resource);
                    break;
            }
        }
        foreach (var resource in managed.Where(r => r.Type == "megaport_mcr_prefix_filter_list"))
        {
            AddPrefixListResource(resource);
        }
        foreach (var resource in managed.Where(r => r.Type == "megaport_vxc"))
        {
            AddVxc(resource);
        }
        foreach (var resource in managed.Where(r => r.Type == "megaport_ix"))
        {
            AddIx(resource);
        }
        var vpns = _aws.Vpns(_ports, AwsCloud, Unique);
        var outside = new List<string>();
        foreach (var resource in managed)
        {
            if (resource.Type is "megaport_port" or "megaport_lag_port" or "megaport_mcr" or "megaport_mcr_prefix_filter_list" or "megaport_vxc" or "megaport_ix" || CloudSideTypes.Contains(resource.Type))
            {
                continue;
            }
            if (resource.Type == "megaport_mve")
            {
                Warn(resource.Address, "MVEs are not imported yet: the SD-WAN site and transports an MVE option needs are not in the Terraform; add it under mves: by hand");
            }
            else if (resource.Type.StartsWith("megaport_", StringComparison.Ordinal))
            {
                Warn(resource.Address, $"{resource.Type} is not a product FabricSim models; left out");
            }
            else if (CloudNetworkPrefixes.Any(p => resource.Type.StartsWith(p, StringComparison.Ordinal)))
            {
                Warn(resource.Address, $"{resource.Type} is not imported (only DX gateways and their associations, transit gateways, Site-to-Site VPNs with their customer gateways, ExpressRoute circuits and interconnect attachments are read); left out");
            }
            else
            {
                outside.Add(resource.Address);
            }
        }
        if (outside.Count > 0)
        {
            Warn(string.Join(", ", outside), "not part of the interconnection fabric; not read");
        }
        return new ImportedFabric(_ports, _mcrs, _clouds, _vxcs, _lists, _warnings, Term()) { Vpns = vpns, InternetVxcs = _internetVxcs, IxConnections = _ixs };
    }

    /// <summary>The AWS cloud of a region for a VPN: one a VXC already reaches, else a new one at the region's on-ramp.</summary>
    private string? AwsCloud(string region) =>
        _clouds.FirstOrDefault(c => c.Provider == "aws" && c.Region == region)?.Name
        ?? (_catalog.FindRegion(CloudProvider.Aws, region) is null ? null : CloudName("aws", region, null));

    private void AddPort(TerraformResource resource)
    {
        if (Pop(resource) is not { } pop || Speed(resource, "port_speed") is not { } speed)
        {
            return;
        }
        string name = Name(resource);
        Register(resource, name, pop);
        long members = resource.Type == "megaport_lag_port" ? resource.Number("lag_count") ?? 1 : 1;
        _ports.Add(new ImportedPort(resource.Address, name, Unique(name + "-site"), pop, speed, members));
        Term(resource);
    }

    private void AddMcr(TerraformResource resource)
    {
        if (Pop(resource) is not { } pop || Speed(resource, "port_speed") is not { } rate)
        {
            return;
        }
        string name = Name(resource);
        Register(resource, name, pop);
        _mcrs.Add(new ImportedMcr(resource.Address, name, pop, rate, resource.Number("asn")));
        foreach (var list in TerraformResource.Items(TerraformResource.Child(resource.Values, "prefix_filter_lists")))
        {
            AddPrefixList(resource.Address, name, list);
        }
        Term(resource);
        if (resource.String("diversity_zone") is { Length: > 0 } zone
            && _mcrs.Any(m => m.Pop == pop && m.Name != name && Zone(m.Address) is { } other && other != zone))
        {
            Warn(resource.Address, $"diversity zone '{zone}' is not modelled: it shares PoP {pop} with an MCR in another zone (the catalog models diverse facilities as separate PoPs, e.g. SYD1 and SYD2)");
        }
    }

    private string? Zone(string address) => _resources.FirstOrDefault(r => r.Address == address)?.String("diversity_zone");

    private void AddPrefixListResource(TerraformResource resource)
    {
        string? mcr = resource.String("mcr_id") is { } uid && _elementByUid.TryGetValue(uid, out string? byUid) ? byUid
            : resource.References.TryGetValue("mcr_id", out string? target) && _elementByAddress.TryGetValue(target, out string? byAddress) ? byAddress
            : null;
        if (mcr is null)
        {
            Warn(resource.Address, "its mcr_id names no imported MCR; the prefix list is left out");
            return;
        }
        AddPrefixList(resource.Address, mcr, resource.Values);
    }

    private void AddPrefixList(string address, string mcr, JsonElement list)
    {
        string description = TerraformResource.Text(list, "description") ?? "prefix-list";
        var rules = new List<ImportedPrefixRule>();
        foreach (var entry in TerraformResource.Items(TerraformResource.Child(list, "entries")))
        {
            if (TerraformResource.Text(entry, "prefix") is not { } prefix)
            {
                Warn(address, $"an entry of prefix list '{description}' has no prefix; left out");
                continue;
            }
            rules.Add(new ImportedPrefixRule(TerraformResource.Text(entry, "action") ?? "permit", prefix, TerraformResource.Whole(entry, "ge"), TerraformResource.Whole(entry, "le")));
        }
        if (rules.Count == 0)
        {
            Warn(address, $"prefix list '{description}' has no entries; left out");
            return;
        }
        string name = Unique(Slug(description));
        _listByDescription[(mcr, description)] = name;
        _lists.Add(new ImportedPrefixList(address, name, rules));
    }

    private void AddVxc(TerraformResource resource)
    {
        if (Speed(resource, "rate_limit") is not { } rate)
        {
            return;
        }
        if (resource.Values.TryGetProperty("shutdown", out var shutdown) && shutdown.ValueKind == JsonValueKind.True)
        {
            Warn(resource.Address, "it is shut down in Terraform; the scenario carries it as up");
        }
        var a = End(resource, "a_end");
        var b = End(resource, "b_end");
        if ((a.Unsupported ?? b.Unsupported) is { } unsupported)
        {
            Warn(resource.Address, unsupported + "; the VXC is left out");
            return;
        }
        if (a.Internet || b.Internet)
        {
            AddInternetVxc(resource, a.Internet ? b.Element : a.Element, rate);
            return;
        }
        if (a.Element is null && b.Element is null)
        {
            Warn(resource.Address, "neither end is an imported port or MCR; the VXC is left out");
            return;
        }
        if (a.Element is null || b.Element is null)
        {
            Warn(resource.Address, $"its {(a.Element is null ? "A" : "B")} end names no imported port, MCR or cloud; the VXC is left out");
            return;
        }
        var landing = a.Landing ?? b.Landing;
        var bgp = a.Bgp ?? b.Bgp;
        if (landing is not null && bgp is null && (a.CloudAsn ?? b.CloudAsn) is { } cloudAsn)
        {
            bgp = new ImportedBgp(cloudAsn, null, null, null, null, null);
        }
        // The scenario puts the customer side at A and the cloud at B, as Megaport orders a cloud VXC.
        var (first, second) = a.Landing is not null ? (b.Element, a.Element) : (a.Element, b.Element);
        _vxcs.Add(new ImportedVxc(resource.Address, Name(resource), first, second, rate, landing, bgp));
        Term(resource);
    }

    private sealed record EndResult(string? Element, ImportedLanding? Landing, ImportedBgp? Bgp, long? CloudAsn, string? Unsupported)
    {
        /// <summary>The end is Megaport Internet: partner "transit", a Megaport Internet router's port.</summary>
        public bool Internet { get; init; }
    }

    /// <summary>
    /// A VXC to Megaport Internet, as the provider's guide writes it (docs/guides/vxc_transit.md at b1ea95d: b_end a
    /// megaport_partner of connect_type TRANSIT, b_end_partner_config {partner = "transit"}), from a port or MCR.
    /// </summary>
    private void AddInternetVxc(TerraformResource resource, string? end, long rate)
    {
        if (end is null || !_ports.Any(p => p.Name == end) && !_mcrs.Any(m => m.Name == end))
        {
            Warn(resource.Address, "an Internet VXC whose other end is no imported port or MCR (an MVE's Internet access is its transport); left out");
            return;
        }
        Warn(resource.Address, "Terraform does not say which Internet destinations the Internet VXC reaches; list the sites under its 'reaches:' (each with its location and prefixes)");
        _internetVxcs.Add(new ImportedInternetVxc(resource.Address, Name(resource), end, rate));
        Term(resource);
    }

    /// <summary>A megaport_ix (docs/resources/ix.md at b1ea95d): the port it is attached to, exchange, rate limit, ASN and VLAN.</summary>
    private void AddIx(TerraformResource resource)
    {
        if (Speed(resource, "rate_limit") is not { } rate)
        {
            return;
        }
        string? port = Element(resource.String("requested_product_uid"), resource.References.GetValueOrDefault("requested_product_uid"));
        if (port is null || !_ports.Any(p => p.Name == port))
        {
            Warn(resource.Address, "its requested_product_uid names no imported port; the IX connection is left out");
            return;
        }
        if (resource.String("network_service_type") is not { Length: > 0 } exchange)
        {
            Warn(resource.Address, "network_service_type (the exchange) is not known; the IX connection is left out");
            return;
        }
        foreach (string unmodelled in (string[])["mac_address", "reverse_dns"])
        {
            if (resource.String(unmodelled) is { Length: > 0 } value)
            {
                Warn(resource.Address, $"{unmodelled} '{value}' is not modelled; left out");
            }
        }
        if (resource.Values.TryGetProperty("shutdown", out var shutdown) && shutdown.ValueKind == JsonValueKind.True)
        {
            Warn(resource.Address, "it is shut down in Terraform; the scenario carries it as up");
        }
        Warn(resource.Address, "Terraform does not say which networks peer at the exchange; list them as sites under its 'peers:'");
        string name = Unique(Slug(resource.String("product_name") ?? resource.String("name") ?? resource.Address[(resource.Address.LastIndexOf('.') + 1)..]));
        _ixs.Add(new ImportedIx(resource.Address, name, port, exchange, rate, resource.Number("asn"), resource.Number("vlan")));
        Term(resource);
    }

    private EndResult End(TerraformResource vxc, string end)
    {
        var values = TerraformResource.Child(vxc.Values, end);
        string? uid = values is { } v ? TerraformResource.Text(v, "requested_product_uid") ?? TerraformResource.Text(v, "current_product_uid") : null;
        string? target = vxc.References.GetValueOrDefault(end);
        var partner = TerraformResource.Child(vxc.Values, end + "_partner_config");
        string? kind = partner is { } p ? TerraformResource.Text(p, "partner") : null;
        switch (kind)
        {
            case "aws" or "azure" or "google" or "oracle" or "ibm":
                return Cloud(vxc, kind, partner!.Value, uid, target);
            case "transit":
                return new EndResult(null, null, null, null, null) { Internet = true };
            case "vrouter" or "a-end":
                return new EndResult(Element(uid, target), null, Bgp(vxc, partner!.Value), null, null);
            case null:
                return new EndResult(Element(uid, target), null, null, null, MveEnd(uid, target));
            default:
                return new EndResult(null, null, null, null, $"its {end} is a partner connection to '{kind}', which FabricSim does not model yet");
        }
    }

    private string? MveEnd(string? uid, string? target)
    {
        var mve = _resources.FirstOrDefault(r => r.Type == "megaport_mve" && ((uid is not null && r.String("product_uid") == uid) || r.Address == target));
        return mve is null ? null : $"it ends at MVE {mve.Address}, which is not imported yet";
    }

    private string? Element(string? uid, string? target) =>
        uid is not null && _elementByUid.TryGetValue(uid, out string? byUid) ? byUid
        : target is not null && _elementByAddress.TryGetValue(target, out string? byAddress) ? byAddress
        : null;

    private EndResult Cloud(TerraformResource vxc, string kind, JsonElement partner, string? uid, string? target)
    {
        var port = _resources.FirstOrDefault(r => r.IsData && r.Type == "megaport_partner" && ((uid is not null && r.String("product_uid") == uid) || r.Address == target));
        string? region;
        CloudProvider provider;
        ImportedLanding landing;
        long? asn = null;
        switch (kind)
        {
            case "aws":
            {
                provider = CloudProvider.Aws;
                var config = TerraformResource.Child(partner, "aws_config") ?? default;
                // The partner port's name ends with the region, e.g. "Asia Pacific (Sydney) (ap-southeast-2)".
                string? portName = port?.String("product_name");
                region = portName is not null && portName.EndsWith(')') ? portName[(portName.LastIndexOf('(') + 1)..^1] : null;
                string vif = TerraformResource.Text(config, "type") ?? "private";
                if (TerraformResource.Text(config, "connect_type") == "AWS")
                {
                    Warn(vxc.Address, "a hosted VIF (connect_type AWS) is modelled as a hosted connection (aws_hosted): same path and rate limit, but its price is the hosted connection's");
                }
                asn = TerraformResource.Whole(config, "amazon_asn") ?? Single("aws_dx_gateway")?.Number("amazon_side_asn");
                landing = new ImportedLanding("aws_hosted", vif, null, null) { DxGateway = _aws.DxGateway(vxc.Address, vif, asn) };
                break;
            }
            case "azure":
            {
                provider = CloudProvider.Azure;
                var config = TerraformResource.Child(partner, "azure_config") ?? default;
                string? key = TerraformResource.Text(config, "service_key");
                var circuit = _resources.FirstOrDefault(r => r.Type == "azurerm_express_route_circuit" && key is not null && r.String("service_key") == key)
                              ?? Single("azurerm_express_route_circuit");
                region = circuit?.String("location") is { } location ? location.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant() : null;
                landing = new ImportedLanding("azure_expressroute", null, TerraformResource.Text(config, "port_choice") ?? "primary", circuit?.Number("bandwidth_in_mbps"));
                if (circuit is null)
                {
                    Warn(vxc.Address, "no azurerm_express_route_circuit in the file gives the Azure region; the region is the one nearest the other end, and the circuit speed the default");
                }
                break;
            }
            case "oracle":
            {
                provider = CloudProvider.Oracle;
                // The partner port is named after its region, "OCI (ap-singapore-1) (BMC)"; a virtual circuit's OCID
                // carries it too, "ocid1.virtualcircuit.oc1.<region>.<id>".
                var config = TerraformResource.Child(partner, "oracle_config") ?? default;
                string? circuit = TerraformResource.Text(config, "virtual_circuit_id");
                region = RegionNamedIn(provider, port?.String("product_name"))
                         ?? (circuit?.Split('.') is { Length: >= 5 } ocid && ocid[1] == "virtualcircuit" ? ocid[3] : null);
                landing = new ImportedLanding("oracle_fastconnect", null, null, null);
                break;
            }
            case "ibm":
            {
                provider = CloudProvider.Ibm;
                var config = TerraformResource.Child(partner, "ibm_config") ?? default;
                region = RegionNamedIn(provider, port?.String("product_name"));
                landing = new ImportedLanding("ibm_direct_link", null, null, null);
                if (TerraformResource.Whole(config, "customer_asn") is { } customerAsn && _mcrs.All(m => m.Name != AEndElement(vxc)))
                {
                    Warn(vxc.Address, $"ibm_config.customer_asn {customerAsn} is the customer router's ASN, which the scenario does not set; the site's router takes a private ASN of its own");
                }
                break;
            }
            default:
            {
                provider = CloudProvider.Google;
                var config = TerraformResource.Child(partner, "google_config") ?? default;
                // A pairing key is "<uuid>/<region>/<edge availability domain>".
                string? key = TerraformResource.Text(config, "pairing_key");
                var attachment = _resources.FirstOrDefault(r => r.Type == "google_compute_interconnect_attachment" && key is not null && r.String("pairing_key") == key);
                region = attachment?.String("region") ?? (key?.Split('/') is { Length: 3 } parts ? parts[1] : null);
                landing = new ImportedLanding("google_partner", null, null, null);
                break;
            }
        }
        string? onRamp = port is null ? null : _locations.Pop(port.Number("location_id"), null, null, _catalog);
        if (onRamp is not null && _catalog.Pops.FirstOrDefault(p => p.Code == onRamp) is { } ramp && !ramp.OnRamps.Contains(provider))
        {
            Warn(vxc.Address, $"its partner port's location maps to {onRamp}, which the catalog does not list as a {kind} on-ramp; the region's own on-ramp is used");
            onRamp = null;
        }
        if (region is null || _catalog.FindRegion(provider, region) is null)
        {
            string? near = Nearest(provider, vxc);
            Warn(vxc.Address, region is null
                ? $"the {kind} region is not in the file; {(near is null ? "the VXC is left out" : $"using {near}, the catalog's {kind} region nearest the other end")}"
                : $"{kind} region '{region}' is not in the catalog (scenarios/catalog/pops.yaml); {(near is null ? "the VXC is left out" : $"using {near}, the nearest one")}");
            region = near;
        }
        if (region is null)
        {
            return new EndResult(null, null, null, null, $"the {kind} region cannot be found");
        }
        string name = CloudName(kind, region, onRamp);
        return new EndResult(name, landing, null, asn, null);
    }

    /// <summary>The catalog region of <paramref name="provider"/> whose id a partner port's name contains, the longest if several do.</summary>
    private string? RegionNamedIn(CloudProvider provider, string? text) =>
        text is null ? null : _catalog.Regions.Where(r => r.Provider == provider && text.Contains(r.Id, StringComparison.Ordinal))
            .OrderByDescending(r => r.Id.Length).ThenBy(r => r.Id, StringComparer.Ordinal).FirstOrDefault()?.Id;

    private string? Nearest(CloudProvider provider, TerraformResource vxc)
    {
        string? other = AEndElement(vxc);
        if (other is null || !_popByElement.TryGetValue(other, out string? popCode) || _catalog.Pops.FirstOrDefault(p => p.Code == popCode) is not { } pop)
        {
            return null;
        }
        return _catalog.Regions.Where(r => r.Provider == provider).OrderBy(r => r.Location.DistanceKm(pop.Location)).ThenBy(r => r.Id, StringComparer.Ordinal).FirstOrDefault()?.Id;
    }

    /// <summary>The customer side of a cloud VXC: Megaport orders cloud VXCs from the A end.</summary>
    private string? AEndElement(TerraformResource vxc) =>
        Element(TerraformResource.Child(vxc.Values, "a_end") is { } a ? TerraformResource.Text(a, "requested_product_uid") : null, vxc.References.GetValueOrDefault("a_end"));

    private string CloudName(string kind, string region, string? onRamp)
    {
        if (_clouds.FirstOrDefault(c => c.Provider == kind && c.Region == region && c.OnRamp == onRamp) is { } known)
        {
            return known.Name;
        }
        string name = Unique($"{kind}-{region}");
        _clouds.Add(new ImportedCloud(name, kind, region, onRamp));
        return name;
    }

    private ImportedBgp? Bgp(TerraformResource vxc, JsonElement partner)
    {
        var config = TerraformResource.Child(partner, "vrouter_config") ?? TerraformResource.Child(partner, "partner_a_end_config");
        var connections = TerraformResource.Items(TerraformResource.Items(TerraformResource.Child(config ?? default, "interfaces"))
            .Select(i => TerraformResource.Child(i, "bgp_connections")).FirstOrDefault(c => c is not null)).ToList();
        if (connections.Count == 0)
        {
            return null;
        }
        if (connections.Count > 1)
        {
            Warn(vxc.Address, $"{connections.Count} BGP connections on one VXC: only the first is modelled");
        }
        var bgp = connections[0];
        foreach (string unsupported in (string[])["import_blacklist", "export_blacklist", "med_in"])
        {
            if (TerraformResource.Text(bgp, unsupported) is { Length: > 0 } value)
            {
                Warn(vxc.Address, $"{unsupported} '{value}' is not modelled; the session imports and exports as if it were absent");
            }
        }
        string? mcr = AEndElement(vxc);
        return new ImportedBgp(
            TerraformResource.Whole(bgp, "peer_asn"),
            List(vxc, mcr, TerraformResource.Text(bgp, "import_whitelist")),
            List(vxc, mcr, TerraformResource.Text(bgp, "export_whitelist")),
            TerraformResource.Whole(bgp, "as_path_prepend_count") is { } prepend and > 0 ? prepend : null,
            TerraformResource.Whole(bgp, "med_out") is { } med and > 0 ? med : null,
            bgp.TryGetProperty("bfd_enabled", out var bfd) && bfd.ValueKind is JsonValueKind.True or JsonValueKind.False ? bfd.GetBoolean() : null);
    }

    private string? List(TerraformResource vxc, string? mcr, string? description)
    {
        if (description is not { Length: > 0 })
        {
            return null;
        }
        if (mcr is not null && _listByDescription.TryGetValue((mcr, description), out string? name))
        {
            return name;
        }
        Warn(vxc.Address, $"prefix filter list '{description}' is not on the imported MCR; the session is left unfiltered");
        return null;
    }

    private string? Pop(TerraformResource resource)
    {
        long? id = resource.Number("location_id");
        var location = _resources.FirstOrDefault(r => r.IsData && r.Type == "megaport_location" && r.Number("id") == id);
        string? name = location?.String("name");
        if (_locations.Pop(id, name, location?.String("metro"), _catalog) is { } pop)
        {
            return pop;
        }
        Warn(resource.Address, $"Megaport location {id?.ToString(CultureInfo.InvariantCulture) ?? "(none)"}{(name is null ? "" : $" ({name})")} is not in scenarios/catalog/megaport-locations.yaml and no megaport_location data source gives a catalog metro; the {resource.Type} and its VXCs are left out (add the location to that file)");
        return null;
    }

    private long? Speed(TerraformResource resource, string attribute)
    {
        if (resource.Number(attribute) is { } mbps and > 0)
        {
            return mbps;
        }
        Warn(resource.Address, $"{attribute} is not known (a plan's value computed at apply, or missing); left out");
        return null;
    }

    private void Register(TerraformResource resource, string name, string pop)
    {
        if (resource.String("product_uid") is { Length: > 0 } uid)
        {
            _elementByUid[uid] = name;
        }
        _elementByAddress[resource.Address] = name;
        _popByElement[name] = pop;
    }

    private void Term(TerraformResource resource)
    {
        if (resource.Number("contract_term_months") is { } months)
        {
            _terms.Add((resource.Address, months));
        }
    }

    /// <summary>One term for the option (FabricSim prices an option on one term): the longest the file orders, capped at 36.</summary>
    private int Term()
    {
        if (_terms.Count == 0)
        {
            return 1;
        }
        long longest = _terms.Max(t => t.Months);
        foreach (var (address, months) in _terms.Where(t => t.Months != longest || t.Months > 36))
        {
            Warn(address, $"contract_term_months {months} is priced at the option's term of {Math.Min(longest, 36)} months (FabricSim prices an option on one term, at most 36 months)");
        }
        return longest switch { >= 36 => 36, >= 24 => 24, >= 12 => 12, _ => 1 };
    }

    private TerraformResource? Single(string type)
    {
        var matches = _resources.Where(r => r.Type == type).ToList();
        return matches.Count == 1 ? matches[0] : null;
    }

    private string Name(TerraformResource resource) =>
        Unique(Slug(resource.String("product_name") ?? resource.Address[(resource.Address.LastIndexOf('.') + 1)..]));

    private string Unique(string name)
    {
        string candidate = name;
        for (int n = 2; !_names.Add(candidate); n++)
        {
            candidate = $"{name}-{n}";
        }
        return candidate;
    }

    internal static string Slug(string text)
    {
        var slug = new System.Text.StringBuilder();
        foreach (char c in text.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }
        string result = slug.ToString().Trim('-');
        return result.Length == 0 ? "element" : result;
    }

    internal static string Rate(long mbps) =>
        mbps % 1000 == 0 ? $"{(mbps / 1000).ToString(CultureInfo.InvariantCulture)}Gbps" : $"{mbps.ToString(CultureInfo.InvariantCulture)}Mbps";

    private void Warn(string address, string message) => _warnings.Add(new ImportWarning(address, message));
}
