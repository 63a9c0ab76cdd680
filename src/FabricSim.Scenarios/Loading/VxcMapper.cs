using FabricSim.Scenarios.Catalogs;
using FabricSim.Scenarios.Yaml;
using FabricSim.Engine.Time;
using FabricSim.Network.Units;
using FabricSim.Scenarios.Model;

namespace FabricSim.Scenarios.Loading;

/// <summary>Maps an option's VXCs: ends, rate within its ports and MCRs, cloud connection, BGP session, shaping.</summary>
internal sealed class VxcMapper : IElementMapper
{
    public void Read(OptionElements option)
    {
        foreach (var v in option.Reader.Objects("vxcs", ScenarioShapes.Vxc, "vxc"))
        {
            if (ReadVxc(v, option.Context, option.Ports, option.Mcrs, option.MveReaders, option.PrefixLists, option.Elements) is { } vxc)
            {
                option.Vxcs.Add(vxc);
            }
        }
    }

    private static VxcSettings? ReadVxc(ObjectReader v, MappingContext context, List<Port> ports, List<Mcr> mcrs, IReadOnlyList<ObjectReader> mves,
        List<PrefixListSettings> prefixLists, HashSet<string> elements)
    {
        string? name = v.String("name");
        string? a = v.String("a");
        string? b = v.String("b");
        var rate = v.Rate("rate");
        int qos = v.QosClass("class") ?? 3;
        var cloudReader = v.Object("cloud", ScenarioShapes.CloudConnection, $"cloud connection of {v.Label}");
        var bgpReader = v.Object("bgp", ScenarioShapes.Bgp, $"bgp of {v.Label}");
        var bgp = BgpMapper.Read(bgpReader, prefixLists, SimTime.FromSeconds(60));
        if (name is null || !ScenarioMapper.Unique(v, name, !elements.Add(name)) || a is null || b is null || rate is null)
        {
            return null;
        }
        var mveNames = mves.Select(m => m.String("name")).OfType<string>().ToList();
        var endpointNames = ports.Select(p => p.Name).Concat(mcrs.Select(m => m.Name)).Concat(mveNames).Concat(context.Clouds.Keys).ToList();
        CloudConnection? connection = null;
        var pops = new List<string>();
        foreach (var (key, end) in new[] { ("a", a), ("b", b) })
        {
            if (ports.FirstOrDefault(p => p.Name == end) is { } port)
            {
                pops.Add(port.Pop);
                if (rate.Value > port.Capacity)
                {
                    v.Error("rate", $"rate {rate.Value} of {v.Label} exceeds the speed {port.Capacity} of its port '{port.Name}'", $"use at most {port.Capacity} or a faster port");
                    return null;
                }
            }
            else if (mcrs.FirstOrDefault(m => m.Name == end) is { } mcr)
            {
                pops.Add(mcr.Pop);
                if (rate.Value > mcr.Rate)
                {
                    v.Error("rate", $"rate {rate.Value} of {v.Label} exceeds the rate {mcr.Rate} of MCR '{mcr.Name}'", $"use at most {mcr.Rate} or a faster MCR");
                    return null;
                }
            }
            else if (mves.FirstOrDefault(m => m.String("name") == end) is { } mve)
            {
                pops.Add(mve.String("pop") ?? string.Empty);
            }
            else if (context.Clouds.TryGetValue(end, out var cloud))
            {
                connection = ReadCloudConnection(cloudReader, cloud, v, key, context.Catalog.Products);
                if (connection is null || !CheckLocation(cloudReader!, cloud, connection, context))
                {
                    return null;
                }
                pops.Add(connection.Location ?? cloud.OnRamp);
            }
            else if (elements.Contains(end) && end != name)
            {
                // Declared but invalid: its own error is already reported; a second one here would only be noise.
                return null;
            }
            else
            {
                v.Error(key, $"unknown endpoint '{end}' in {v.Label}; {NameSuggestions.Hint(end, endpointNames, "endpoints")}", "name a port, MCR or MVE of this option, or a cloud");
                return null;
            }
        }
        if (cloudReader is not null && connection is null)
        {
            v.Error("cloud", $"{v.Label} has a cloud connection but neither end is a cloud", "remove 'cloud:' or make one end a cloud");
            return null;
        }
        if (pops.All(p => context.Pops.ContainsKey(p)) && !context.BackboneConnects(pops[0], pops[1]))
        {
            v.Error("b", $"{v.Label} is unreachable: no backbone path joins {pops[0]} and {pops[1]}", $"add a backbone link, e.g. 'backbone: {{links: [{{between: [{pops[0]}, {pops[1]}], rate: 100Gbps}}]}}'");
            return null;
        }
        if (connection is { Type: CloudConnectionType.IbmDirectLinkConnect } && mcrs.FirstOrDefault(m => m.Name == a || m.Name == b) is { } ibmPeer
            && !CloudPeeringCheck.CheckIbmCustomerAsn(v, ibmPeer.Name == a ? "a" : "b", ibmPeer.Name, ibmPeer.Asn, context.Catalog.Products))
        {
            return null;
        }
        if (connection is not null && bgp is not null)
        {
            long? customerAsn = mcrs.FirstOrDefault(m => m.Name == a || m.Name == b)?.Asn;
            bgp = CloudPeeringCheck.Apply(bgpReader!, bgp, connection, context.Catalog.Products, customerAsn);
            if (bgp is null)
            {
                return null;
            }
        }
        // Without a cloud end the peer is a router the customer numbers: a customer router, another MCR or an MVE.
        if (connection is null && bgp?.PeerAsn is { } peerAsn && !ReservedAsnCheck.CheckAzure(bgpReader!, "peer_asn", peerAsn, $"the peer of {v.Label}", context.Catalog.Products))
        {
            return null;
        }
        bool shaped = v.Boolean("shaping") == true;
        var queue = v.Integer("shaper_queue", 1, 1_000_000);
        if (queue is not null && !shaped)
        {
            v.Error("shaper_queue", $"shaper_queue of {v.Label} has no effect: the VXC polices (drops) traffic above its rate", "add 'shaping: true' or remove 'shaper_queue'");
            return null;
        }
        long? burst = v.SizeOrTime("burst", rate.Value);
        bool portShapes = ports.Any(p => (p.Name == a || p.Name == b) && p.CustomerShaper);
        bool customerShaper = v.Boolean("customer_shaper") ?? portShapes;
        long? customerQueue = v.SizeOrTime("customer_shaper_queue", rate.Value);
        if (customerShaper && shaped)
        {
            v.Error("customer_shaper", $"{v.Label} both shapes at the provider ('shaping: true') and asks for a customer shaper",
                "keep one: 'shaping: true' (the provider queues) or 'customer_shaper: true' (your router shapes before the provider polices)");
            return null;
        }
        if (customerQueue is not null && !customerShaper)
        {
            v.Error("customer_shaper_queue", $"customer_shaper_queue of {v.Label} has no effect without a customer shaper", "add 'customer_shaper: true' or remove 'customer_shaper_queue'");
            return null;
        }
        if (v.Has("burst") && burst is null || v.Has("customer_shaper_queue") && customerQueue is null)
        {
            return null;
        }
        return new VxcSettings(name, a, b, rate.Value, qos, connection, bgp, shaped, (int)(queue ?? VxcSettings.DefaultShaperQueuePackets))
        {
            BurstBytes = burst ?? PolicerBurst.DefaultBytes(rate.Value, connection, context.Catalog.Products),
            CustomerShaper = customerShaper,
            CustomerShaperQueueBytes = customerShaper ? customerQueue ?? rate.Value.BytesIn(VxcSettings.DefaultCustomerShaperQueue) : 0,
        };
    }

    internal static CloudConnection? ReadCloudConnection(ObjectReader? reader, CloudEndpoint cloud, ObjectReader owner, string key, Catalogs.ProductCatalog products)
    {
        string? type = reader?.Choice("type");
        var kind = type switch
        {
            "aws_hosted" => CloudConnectionType.AwsHosted,
            "aws_dedicated" => CloudConnectionType.AwsDedicated,
            "azure_expressroute" => CloudConnectionType.AzureExpressRoute,
            "google_partner" => CloudConnectionType.GooglePartnerInterconnect,
            "google_dedicated" => CloudConnectionType.GoogleDedicatedInterconnect,
            "oracle_fastconnect" => CloudConnectionType.OracleFastConnect,
            "ibm_direct_link" => CloudConnectionType.IbmDirectLinkConnect,
            _ => cloud.Provider switch
            {
                CloudProvider.Aws => CloudConnectionType.AwsHosted,
                CloudProvider.Azure => CloudConnectionType.AzureExpressRoute,
                CloudProvider.Oracle => CloudConnectionType.OracleFastConnect,
                CloudProvider.Ibm => CloudConnectionType.IbmDirectLinkConnect,
                _ => CloudConnectionType.GooglePartnerInterconnect,
            },
        };
        var provider = kind switch
        {
            CloudConnectionType.AwsHosted or CloudConnectionType.AwsDedicated => CloudProvider.Aws,
            CloudConnectionType.AzureExpressRoute => CloudProvider.Azure,
            CloudConnectionType.OracleFastConnect => CloudProvider.Oracle,
            CloudConnectionType.IbmDirectLinkConnect => CloudProvider.Ibm,
            _ => CloudProvider.Google,
        };
        if (provider != cloud.Provider)
        {
            (reader is null ? owner : reader).Error(reader is null ? key : "type", $"connection type '{type}' does not reach {cloud.Provider.ToString().ToLowerInvariant()} cloud '{cloud.Name}'",
                "use aws_hosted/aws_dedicated for AWS, azure_expressroute for Azure, google_partner/google_dedicated for Google, oracle_fastconnect for Oracle, ibm_direct_link for IBM");
            return null;
        }
        var vif = reader?.Choice("vif") switch { "transit" => AwsVifType.Transit, "public" => AwsVifType.Public, _ => AwsVifType.Private };
        var link = reader?.Choice("link") == "secondary" ? ExpressRouteLink.Secondary : ExpressRouteLink.Primary;
        var portSpeed = reader?.Rate("port_speed");
        if (kind is CloudConnectionType.AwsDedicated or CloudConnectionType.GoogleDedicatedInterconnect && portSpeed is null)
        {
            (reader ?? owner).Errors.Add((reader ?? owner).Node, $"a {type} connection needs port_speed", "add e.g. 'port_speed: 10Gbps'");
            return null;
        }
        if (portSpeed is not null && kind is CloudConnectionType.OracleFastConnect or CloudConnectionType.IbmDirectLinkConnect)
        {
            // Through a partner the cloud's side is sized by the VXC itself: Oracle and IBM bill the speed Megaport orders.
            reader!.Error("port_speed", $"a {type ?? cloud.Provider.ToString().ToLowerInvariant()} connection through Megaport is ordered at the VXC's rate; it has no port_speed of its own",
                "remove 'port_speed' and set the VXC's 'rate' to the speed to order");
            return null;
        }
        int defaultMtu = kind is CloudConnectionType.GooglePartnerInterconnect or CloudConnectionType.GoogleDedicatedInterconnect ? 1440 : 1500;
        int mtu = (int)(reader?.Size("mtu") ?? defaultMtu);
        string mtuItem = kind switch
        {
            CloudConnectionType.AwsHosted or CloudConnectionType.AwsDedicated => vif switch
            {
                AwsVifType.Transit => "aws.transit.mtu",
                AwsVifType.Public => "aws.public.mtu",
                _ => "aws.private.mtu",
            },
            CloudConnectionType.AzureExpressRoute => "azure.expressroute.mtu",
            CloudConnectionType.OracleFastConnect => "oracle.fastconnect.mtu",
            CloudConnectionType.IbmDirectLinkConnect => "ibm.direct_link.mtu",
            _ => "google.interconnect.mtu",
        };
        var allowed = products.Bytes(mtuItem);
        if (!allowed.Contains(mtu))
        {
            reader!.Error("mtu", $"MTU {mtu}B is not supported by this connection; offered: {string.Join(", ", allowed.Select(m => m + "B"))} ({products.Get(mtuItem).Citation})",
                $"use one of: {string.Join(", ", allowed.Select(m => m + "B"))}");
            return null;
        }
        long? domain = reader?.Integer("availability_domain");
        if (domain is not null && provider != CloudProvider.Google)
        {
            reader!.Error("availability_domain", $"availability_domain is Google's; {cloud.Provider.ToString().ToLowerInvariant()} connections have none",
                provider == CloudProvider.Azure ? "choose the MSEE with 'link: primary' or 'link: secondary'" : LocationHint(provider));
            return null;
        }
        var domains = products.Get("google.edge_availability_domains");
        if (domain is not null && !domains.Values.Contains(domain.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)))
        {
            reader!.Error("availability_domain", $"availability_domain {domain} is not one of Google's edge availability domains in a metro: {string.Join(", ", domains.Values)} ({domains.Citation})",
                $"use one of: {string.Join(", ", domains.Values)}");
            return null;
        }
        if (reader is not null && reader.Has("link") && provider != CloudProvider.Azure)
        {
            reader.Error("link", $"link (primary/secondary) belongs to Azure ExpressRoute circuits; a {type ?? cloud.Provider.ToString().ToLowerInvariant()} connection has none",
                provider == CloudProvider.Google ? "choose the edge with 'availability_domain: 1' or '2'" : LocationHint(provider));
            return null;
        }
        string? dxGateway = reader?.String("dx_gateway");
        if (dxGateway is not null && (provider != CloudProvider.Aws || vif == AwsVifType.Public))
        {
            reader!.Error("dx_gateway", provider == CloudProvider.Aws
                    ? "a public virtual interface does not attach to a Direct Connect gateway; only private and transit VIFs do (docs.aws.amazon.com/directconnect/latest/UserGuide/direct-connect-gateways-intro.html)"
                    : $"dx_gateway is an AWS Direct Connect gateway; a {type ?? cloud.Provider.ToString().ToLowerInvariant()} connection has none",
                provider == CloudProvider.Aws ? "remove 'dx_gateway', or use 'vif: transit' or 'vif: private'" : "remove 'dx_gateway'");
            return null;
        }
        bool globalRouting = reader?.Boolean("global_routing") ?? false;
        if (globalRouting && kind != CloudConnectionType.IbmDirectLinkConnect)
        {
            reader!.Error("global_routing", "global_routing is an option of IBM Direct Link only", "remove 'global_routing'");
            return null;
        }
        bool premium = reader?.Boolean("premium") ?? false;
        if (premium && kind != CloudConnectionType.AzureExpressRoute)
        {
            reader!.Error("premium", "premium is an add-on of Azure ExpressRoute circuits only", "remove 'premium'");
            return null;
        }
        return new CloudConnection(kind,
            provider == CloudProvider.Aws ? vif : null,
            provider == CloudProvider.Azure ? link : null,
            portSpeed, mtu)
        {
            Premium = premium,
            GlobalRouting = globalRouting,
            Location = reader?.String("location"),
            DxGateway = dxGateway,
            AvailabilityDomain = provider == CloudProvider.Google ? (int)(domain ?? 1) : null,
        };
    }

    private static string LocationHint(CloudProvider provider) => provider == CloudProvider.Aws
        ? "choose the Direct Connect location with 'location:'"
        : "choose where the connection meets the cloud with 'location:'";

    /// <summary>A connection's location is a PoP where its provider has an on-ramp.</summary>
    private static bool CheckLocation(ObjectReader reader, CloudEndpoint cloud, CloudConnection connection, MappingContext context)
    {
        if (connection.Location is not { } location)
        {
            return true;
        }
        if (!context.CheckPop(reader, "location", location))
        {
            return false;
        }
        if (connection is { Type: CloudConnectionType.IbmDirectLinkConnect, GlobalRouting: false } && context.Pops.TryGetValue(cloud.OnRamp, out var home)
            && context.Pops[location].Region != home.Region)
        {
            // Local routing keeps a Direct Link within the geography of its location.
            reader.Error("location", $"IBM Direct Link at '{location}' ({context.Pops[location].Region}) with local routing cannot reach region {cloud.Region} of '{cloud.Name}' ({home.Region})",
                $"add 'global_routing: true', or use a location in {home.Region}, e.g. {cloud.OnRamp}");
            return false;
        }
        if (!context.Pops[location].OnRamps.Contains(cloud.Provider))
        {
            string provider = cloud.Provider.ToString().ToLowerInvariant();
            var onRamps = context.Pops.Values.Where(p => p.OnRamps.Contains(cloud.Provider)).Select(p => p.Code).Order(StringComparer.Ordinal).ToList();
            reader.Error("location", $"PoP '{location}' has no {provider} on-ramp, so no connection to '{cloud.Name}' can land there; {NameSuggestions.Hint(location, onRamps, $"{provider} on-ramps")}",
                $"use a PoP whose on_ramps list {provider} (scenarios/catalog/pops.yaml), e.g. {cloud.OnRamp}");
            return false;
        }
        return true;
    }
}
