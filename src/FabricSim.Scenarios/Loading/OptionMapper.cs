using FabricSim.Engine.Time;
using FabricSim.Network.Units;
using FabricSim.Scenarios.Model;

namespace FabricSim.Scenarios.Loading;

/// <summary>Maps options: ports, MCRs, MVEs, prefix lists, VXCs (including generated mesh and hub VXCs) and VPNs.</summary>
internal static class OptionMapper
{
    private const long DefaultMcrAsn = 133937;
    private static readonly DataRate[] PortSpeeds = [DataRate.FromGigabitsPerSecond(1), DataRate.FromGigabitsPerSecond(10), DataRate.FromGigabitsPerSecond(100), DataRate.FromGigabitsPerSecond(400)];
    private static readonly DataRate McrMin = DataRate.FromGigabitsPerSecond(1);
    private static readonly DataRate McrMax = DataRate.FromGigabitsPerSecond(100);
    private static readonly DataRate DefaultPortSpeed = DataRate.FromGigabitsPerSecond(10);

    public static List<MappedOption> ReadAll(ObjectReader root, MappingContext context)
    {
        var result = new List<MappedOption>();
        foreach (var reader in root.Objects("options", ScenarioShapes.Option, "option"))
        {
            if (reader.String("name") is not { } name || !ScenarioMapper.Unique(reader, name, result.Any(o => o.Option.Name == name)))
            {
                continue;
            }
            result.Add(new MappedOption(Read(reader, name, context), reader));
        }
        if (result.Count == 0 && root.Has("options"))
        {
            root.Error("options", "no valid option is declared", "add at least one option under options:");
        }
        return result;
    }

    private static DesignOption Read(ObjectReader reader, string name, MappingContext context)
    {
        var elements = new HashSet<string>(StringComparer.Ordinal);
        int term = (int)(reader.Integer("term_months", 1, 36) ?? 1);
        if (term is not (1 or 12 or 24 or 36))
        {
            reader.Error("term_months", $"term_months {term} is not offered", "use 1, 12, 24 or 36");
        }
        var ports = ReadPorts(reader, context, elements);
        var mcrs = ReadMcrs(reader, context, elements);
        var prefixLists = ReadPrefixLists(reader);
        var vxcs = new List<Vxc>();
        var topology = reader.Object("topology", ScenarioShapes.Topology, $"topology of option '{name}'");
        if (topology is not null)
        {
            ExpandMesh(topology, context, ports, vxcs, elements);
            ExpandHub(topology, context, ports, mcrs, vxcs, elements);
        }
        var mveReaders = reader.Objects("mves", ScenarioShapes.Mve, "mve");
        foreach (var m in mveReaders)
        {
            if (m.String("name") is { } mveName)
            {
                elements.Add(mveName);
            }
        }
        foreach (var v in reader.Objects("vxcs", ScenarioShapes.Vxc, "vxc"))
        {
            if (ReadVxc(v, context, ports, mcrs, mveReaders, prefixLists, elements) is { } vxc)
            {
                vxcs.Add(vxc);
            }
        }
        var mves = ReadMves(mveReaders, context, vxcs);
        var vpns = ReadVpns(reader, context, prefixLists, elements);
        return new DesignOption(name, reader.StringOr("description", string.Empty), term, ports, mcrs, mves, vxcs, vpns, prefixLists);
    }

    private static List<Port> ReadPorts(ObjectReader option, MappingContext context, HashSet<string> elements)
    {
        var ports = new List<Port>();
        foreach (var p in option.Objects("ports", ScenarioShapes.Port, "port"))
        {
            string? name = p.String("name");
            string? siteName = p.String("site");
            var speed = p.Rate("speed");
            if (name is null || !ScenarioMapper.Unique(p, name, !elements.Add(name)) || siteName is null || speed is null)
            {
                continue;
            }
            if (!context.Sites.TryGetValue(siteName, out var site))
            {
                p.Error("site", $"unknown site '{siteName}' in {p.Label}; {NameSuggestions.Hint(siteName, context.Sites.Keys.ToList(), "sites")}", "name a site declared under sites:");
                continue;
            }
            string pop = p.String("pop") ?? site.Pop;
            if (p.Has("pop") && !context.CheckPop(p, "pop", pop))
            {
                continue;
            }
            if (!CheckPortSpeed(p, "speed", speed.Value))
            {
                continue;
            }
            ports.Add(new Port(name, siteName, pop, speed.Value));
        }
        return ports;
    }

    private static bool CheckPortSpeed(ObjectReader reader, string key, DataRate speed)
    {
        if (PortSpeeds.Contains(speed))
        {
            return true;
        }
        reader.Error(key, $"port speed {speed} of {reader.Label} is not offered; ports are 1Gbps, 10Gbps, 100Gbps or 400Gbps",
            $"use {PortSpeeds.FirstOrDefault(s => s >= speed, PortSpeeds[^1])}");
        return false;
    }

    private static List<Mcr> ReadMcrs(ObjectReader option, MappingContext context, HashSet<string> elements)
    {
        var mcrs = new List<Mcr>();
        foreach (var m in option.Objects("mcrs", ScenarioShapes.Mcr, "mcr"))
        {
            string? name = m.String("name");
            string? pop = m.String("pop");
            var rate = m.Rate("rate");
            long asn = m.Integer("asn", 1, 4_294_967_295) ?? DefaultMcrAsn;
            int mtu = (int)Math.Min(m.Size("mtu") ?? 1500, 9074);
            BfdSettings? bfd = null;
            if (m.Object("bfd", ScenarioShapes.Bfd, $"bfd of {m.Label}") is { } b)
            {
                bfd = new BfdSettings(b.Duration("interval", allowZero: false) ?? SimTime.FromMilliseconds(300), (int)(b.Integer("multiplier", 1, 255) ?? 3));
            }
            if (name is null || !ScenarioMapper.Unique(m, name, !elements.Add(name)) || pop is null || rate is null || !context.CheckPop(m, "pop", pop))
            {
                continue;
            }
            if (rate.Value < McrMin || rate.Value > McrMax)
            {
                m.Error("rate", $"MCR rate {rate.Value} of {m.Label} is outside 1Gbps-100Gbps", "use a rate from 1Gbps to 100Gbps, e.g. 5Gbps");
                continue;
            }
            mcrs.Add(new Mcr(name, pop, rate.Value, asn, mtu, bfd));
        }
        return mcrs;
    }

    private static List<PrefixList> ReadPrefixLists(ObjectReader option)
    {
        var lists = new List<PrefixList>();
        foreach (var l in option.Objects("prefix_lists", ScenarioShapes.PrefixList, "prefix list"))
        {
            if (l.String("name") is not { } name || !ScenarioMapper.Unique(l, name, lists.Any(x => x.Name == name)))
            {
                continue;
            }
            var rules = new List<PrefixRule>();
            foreach (var r in l.Objects("rules", ScenarioShapes.PrefixRule, $"rule of prefix list '{name}'"))
            {
                if (r.Prefix("prefix") is not { } prefix)
                {
                    continue;
                }
                int maxBits = prefix.BaseAddress.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128;
                int ge = (int)(r.Integer("ge", 0, maxBits) ?? prefix.PrefixLength);
                int le = (int)(r.Integer("le", 0, maxBits) ?? (r.Has("ge") ? maxBits : prefix.PrefixLength));
                if (ge < prefix.PrefixLength || le < ge)
                {
                    r.Errors.Add(r.Node, $"{r.Label} needs {prefix.PrefixLength} <= ge <= le <= {maxBits} (prefix length {prefix.PrefixLength}, ge {ge}, le {le})",
                        $"e.g. 'ge: {prefix.PrefixLength}, le: {Math.Min(maxBits, prefix.PrefixLength + 8)}'");
                    continue;
                }
                var action = r.Choice("action") == "deny" ? FilterAction.Deny : FilterAction.Permit;
                rules.Add(new PrefixRule(action, prefix, ge, le));
            }
            lists.Add(new PrefixList(name, rules));
        }
        return lists;
    }

    private static void ExpandMesh(ObjectReader topology, MappingContext context, List<Port> ports, List<Vxc> vxcs, HashSet<string> elements)
    {
        if (topology.Object("mesh", ScenarioShapes.Mesh, "mesh") is not { } mesh)
        {
            return;
        }
        var sites = mesh.Strings("sites");
        var rate = mesh.Rate("rate");
        int qos = mesh.QosClass("class") ?? 3;
        var portSpeed = mesh.Rate("port_speed") ?? DefaultPortSpeed;
        if (rate is null || (mesh.Has("port_speed") && !CheckPortSpeed(mesh, "port_speed", portSpeed)))
        {
            return;
        }
        var meshPorts = new List<Port>();
        foreach (string site in sites)
        {
            if (!context.Sites.TryGetValue(site, out var s))
            {
                mesh.Error("sites", $"unknown site '{site}' in mesh; {NameSuggestions.Hint(site, context.Sites.Keys.ToList(), "sites")}", "name sites declared under sites:");
                return;
            }
            meshPorts.Add(PortFor(s, ports, portSpeed, elements));
        }
        for (int i = 0; i < meshPorts.Count; i++)
        {
            for (int j = i + 1; j < meshPorts.Count; j++)
            {
                string name = $"{sites[i]}--{sites[j]}";
                if (elements.Add(name))
                {
                    if (rate.Value > meshPorts[i].Speed || rate.Value > meshPorts[j].Speed)
                    {
                        mesh.Error("rate", $"mesh VXC rate {rate.Value} exceeds a port speed ({Math.Min(meshPorts[i].Speed.BitsPerSecond, meshPorts[j].Speed.BitsPerSecond) / 1e9}Gbps)", "lower rate or raise port_speed");
                        return;
                    }
                    vxcs.Add(new Vxc(name, meshPorts[i].Name, meshPorts[j].Name, rate.Value, qos, null, null));
                }
            }
        }
    }

    private static void ExpandHub(ObjectReader topology, MappingContext context, List<Port> ports, List<Mcr> mcrs, List<Vxc> vxcs, HashSet<string> elements)
    {
        if (topology.Object("hub", ScenarioShapes.Hub, "hub") is not { } hub)
        {
            return;
        }
        string? mcrName = hub.String("mcr");
        var spokes = hub.Strings("spokes");
        var rate = hub.Rate("rate");
        int qos = hub.QosClass("class") ?? 3;
        var portSpeed = hub.Rate("port_speed") ?? DefaultPortSpeed;
        var cloudReader = hub.Object("cloud", ScenarioShapes.CloudConnection, "hub cloud connection");
        if (mcrName is null || rate is null)
        {
            return;
        }
        var mcr = mcrs.FirstOrDefault(m => m.Name == mcrName);
        if (mcr is null)
        {
            hub.Error("mcr", $"unknown MCR '{mcrName}' in hub; {NameSuggestions.Hint(mcrName, mcrs.Select(m => m.Name).ToList(), "MCRs")}", "declare it under mcrs: in this option");
            return;
        }
        foreach (string spoke in spokes)
        {
            string name = $"{spoke}--{mcrName}";
            if (context.Sites.TryGetValue(spoke, out var site))
            {
                var port = PortFor(site, ports, portSpeed, elements);
                if (elements.Add(name))
                {
                    vxcs.Add(new Vxc(name, port.Name, mcrName, rate.Value, qos, null, null));
                }
            }
            else if (context.Clouds.TryGetValue(spoke, out var cloud))
            {
                var connection = ReadCloudConnection(cloudReader, cloud, hub, "spokes");
                if (connection is not null && elements.Add(name))
                {
                    vxcs.Add(new Vxc(name, mcrName, spoke, rate.Value, qos, connection, null));
                }
            }
            else
            {
                var known = context.Sites.Keys.Concat(context.Clouds.Keys).ToList();
                hub.Error("spokes", $"unknown spoke '{spoke}' in hub; {NameSuggestions.Hint(spoke, known, "sites and clouds")}", "name sites or clouds declared in the scenario");
            }
        }
    }

    /// <summary>The site's existing port in this option, or a new one named "site-port" at the site's PoP.</summary>
    private static Port PortFor(Site site, List<Port> ports, DataRate speed, HashSet<string> elements)
    {
        var existing = ports.FirstOrDefault(p => p.Site == site.Name);
        if (existing is not null)
        {
            return existing;
        }
        var port = new Port(site.Name + "-port", site.Name, site.Pop, speed);
        elements.Add(port.Name);
        ports.Add(port);
        return port;
    }

    private static Vxc? ReadVxc(ObjectReader v, MappingContext context, List<Port> ports, List<Mcr> mcrs, IReadOnlyList<ObjectReader> mves,
        List<PrefixList> prefixLists, HashSet<string> elements)
    {
        string? name = v.String("name");
        string? a = v.String("a");
        string? b = v.String("b");
        var rate = v.Rate("rate");
        int qos = v.QosClass("class") ?? 3;
        var cloudReader = v.Object("cloud", ScenarioShapes.CloudConnection, $"cloud connection of {v.Label}");
        var bgp = BgpMapper.Read(v.Object("bgp", ScenarioShapes.Bgp, $"bgp of {v.Label}"), prefixLists, SimTime.FromSeconds(60));
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
                if (rate.Value > port.Speed)
                {
                    v.Error("rate", $"rate {rate.Value} of {v.Label} exceeds the speed {port.Speed} of its port '{port.Name}'", $"use at most {port.Speed} or a faster port");
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
                pops.Add(cloud.OnRamp);
                connection = ReadCloudConnection(cloudReader, cloud, v, key);
                if (connection is null)
                {
                    return null;
                }
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
        return new Vxc(name, a, b, rate.Value, qos, connection, bgp);
    }

    private static CloudConnection? ReadCloudConnection(ObjectReader? reader, CloudEndpoint cloud, ObjectReader owner, string key)
    {
        string? type = reader?.Choice("type");
        var kind = type switch
        {
            "aws_hosted" => CloudConnectionType.AwsHosted,
            "aws_dedicated" => CloudConnectionType.AwsDedicated,
            "azure_expressroute" => CloudConnectionType.AzureExpressRoute,
            "google_partner" => CloudConnectionType.GooglePartnerInterconnect,
            "google_dedicated" => CloudConnectionType.GoogleDedicatedInterconnect,
            _ => cloud.Provider switch
            {
                CloudProvider.Aws => CloudConnectionType.AwsHosted,
                CloudProvider.Azure => CloudConnectionType.AzureExpressRoute,
                _ => CloudConnectionType.GooglePartnerInterconnect,
            },
        };
        var provider = kind switch
        {
            CloudConnectionType.AwsHosted or CloudConnectionType.AwsDedicated => CloudProvider.Aws,
            CloudConnectionType.AzureExpressRoute => CloudProvider.Azure,
            _ => CloudProvider.Google,
        };
        if (provider != cloud.Provider)
        {
            (reader is null ? owner : reader).Error(reader is null ? key : "type", $"connection type '{type}' does not reach {cloud.Provider.ToString().ToLowerInvariant()} cloud '{cloud.Name}'",
                "use aws_hosted/aws_dedicated for AWS, azure_expressroute for Azure, google_partner/google_dedicated for Google");
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
        int defaultMtu = kind is CloudConnectionType.GooglePartnerInterconnect or CloudConnectionType.GoogleDedicatedInterconnect ? 1440 : 1500;
        int mtu = (int)(reader?.Size("mtu") ?? defaultMtu);
        int[] allowed = kind switch
        {
            CloudConnectionType.AwsHosted or CloudConnectionType.AwsDedicated => vif == AwsVifType.Transit ? [1500, 8500] : [1500, 9001],
            CloudConnectionType.AzureExpressRoute => [1500],
            _ => [1440, 1460, 1500, 8896],
        };
        if (!allowed.Contains(mtu))
        {
            reader!.Error("mtu", $"MTU {mtu}B is not supported by this connection", $"use one of: {string.Join(", ", allowed.Select(m => m + "B"))}");
            return null;
        }
        return new CloudConnection(kind,
            provider == CloudProvider.Aws ? vif : null,
            provider == CloudProvider.Azure ? link : null,
            portSpeed, mtu);
    }

    private static List<Mve> ReadMves(IReadOnlyList<ObjectReader> readers, MappingContext context, List<Vxc> vxcs)
    {
        var mves = new List<Mve>();
        foreach (var m in readers)
        {
            string? name = m.String("name");
            string? pop = m.String("pop");
            string? site = m.String("site");
            if (name is null || pop is null || site is null || !context.CheckPop(m, "pop", pop))
            {
                continue;
            }
            if (!context.Sites.ContainsKey(site))
            {
                m.Error("site", $"unknown site '{site}' in {m.Label}; {NameSuggestions.Hint(site, context.Sites.Keys.ToList(), "sites")}", "name a site declared under sites:");
                continue;
            }
            var transports = new List<MveTransport>();
            foreach (var t in m.Objects("transports", ScenarioShapes.MveTransport, "transport"))
            {
                string? transportName = t.String("name");
                string? vxc = t.String("vxc");
                var access = t.Rate("internet_access");
                var internet = InternetMapper.Read(t.Object("internet", ScenarioShapes.Internet, $"internet of {t.Label}"));
                if (transportName is null)
                {
                    continue;
                }
                if ((vxc is null) == (access is null))
                {
                    t.Errors.Add(t.Node, $"{t.Label} needs either vxc or internet_access", "add 'vxc: <name>' or 'internet_access: 500Mbps'");
                    continue;
                }
                if (vxc is not null && !vxcs.Any(x => x.Name == vxc && x.Touches(name)))
                {
                    var mine = vxcs.Where(x => x.Touches(name)).Select(x => x.Name).ToList();
                    t.Error("vxc", $"unknown VXC '{vxc}' for {m.Label}; {NameSuggestions.Hint(vxc, mine, "VXCs of this MVE")}", "name a VXC with this MVE as an end");
                    continue;
                }
                transports.Add(new MveTransport(transportName, vxc, access, access is null ? null : internet));
            }
            var applications = new List<ApplicationPolicy>();
            foreach (var a in m.Objects("applications", ScenarioShapes.ApplicationPolicy, "application"))
            {
                string? prefer = a.String("prefer");
                if (prefer is not null && !transports.Any(t => t.Name == prefer))
                {
                    a.Error("prefer", $"unknown transport '{prefer}' in {m.Label}; {NameSuggestions.Hint(prefer, transports.Select(t => t.Name).ToList(), "transports")}", "name one of the MVE's transports");
                }
                applications.Add(new ApplicationPolicy(a.QosClass("class") ?? 0, a.Duration("max_latency", allowZero: false), a.Duration("max_jitter", allowZero: false),
                    a.Number("max_loss_rate", 0, 1), prefer));
            }
            mves.Add(new Mve(name, pop, site, m.Choice("size") ?? "small", transports, applications));
        }
        return mves;
    }

    private static List<Vpn> ReadVpns(ObjectReader option, MappingContext context, List<PrefixList> prefixLists, HashSet<string> elements)
    {
        var vpns = new List<Vpn>();
        foreach (var v in option.Objects("vpns", ScenarioShapes.Vpn, "vpn"))
        {
            string? name = v.String("name");
            string? site = v.String("site");
            string? cloudName = v.String("cloud");
            var access = v.Rate("internet_access");
            var cipher = v.Choice("cipher") switch
            {
                "aes_gcm_128" => CipherSuite.AesGcm128,
                "aes_cbc_sha1" => CipherSuite.AesCbcSha1,
                "aes_cbc_sha256" => CipherSuite.AesCbcSha256,
                _ => CipherSuite.AesGcm256,
            };
            bool natT = v.Boolean("nat_t") ?? false;
            int tunnels = (int)(v.Integer("tunnels", 1, 8) ?? 2);
            var dpd = v.Duration("dpd_timeout", allowZero: false) ?? SimTime.FromSeconds(30);
            var bgp = BgpMapper.Read(v.Object("bgp", ScenarioShapes.Bgp, $"bgp of {v.Label}"), prefixLists, SimTime.FromSeconds(10));
            var internet = InternetMapper.Read(v.Object("internet", ScenarioShapes.Internet, $"internet of {v.Label}")) ?? InternetPath.Default;
            string? sku = v.String("gateway_sku");
            if (name is null || !ScenarioMapper.Unique(v, name, !elements.Add(name)) || site is null || cloudName is null || access is null)
            {
                continue;
            }
            if (!context.Sites.ContainsKey(site))
            {
                v.Error("site", $"unknown site '{site}' in {v.Label}; {NameSuggestions.Hint(site, context.Sites.Keys.ToList(), "sites")}", "name a site declared under sites:");
                continue;
            }
            if (!context.Clouds.TryGetValue(cloudName, out var cloud))
            {
                v.Error("cloud", $"unknown cloud '{cloudName}' in {v.Label}; {NameSuggestions.Hint(cloudName, context.Clouds.Keys.ToList(), "clouds")}", "name a cloud declared under clouds:");
                continue;
            }
            if (VpnGatewayMapper.Read(v, cloud) is not { } gateway)
            {
                continue;
            }
            if (cloud.Provider == CloudProvider.Azure && context.Catalog.Prices.Find("azure.vpn_gateway", sku ?? "VpnGw1") is null)
            {
                var skus = context.Catalog.Prices.Entries.Where(e => e.Item == "azure.vpn_gateway").Select(e => e.Tier).ToList();
                v.Error("gateway_sku", $"unknown Azure VPN gateway SKU '{sku}'; {NameSuggestions.Hint(sku ?? string.Empty, skus, "SKUs")}", $"use one of: {string.Join(", ", skus)}");
                continue;
            }
            vpns.Add(new Vpn(name, site, cloudName, cipher, natT, tunnels, access.Value,
                cloud.Provider == CloudProvider.Azure ? sku ?? "VpnGw1" : null, dpd, bgp, internet) { Gateway = gateway });
        }
        return vpns;
    }
}
