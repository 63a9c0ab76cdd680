using FabricSim.Scenarios.Catalogs;
using FabricSim.Scenarios.Yaml;

namespace FabricSim.Scenarios.Loading;

/// <summary>The vocabulary of a scenario file: every object, its keys, kinds, meanings and examples.</summary>
internal static class ScenarioShapes
{
    private static readonly string[] Providers = ["aws", "azure", "google", "oracle", "ibm"];
    private static readonly string[] TrafficTypes = ["cbr", "poisson", "onoff", "request_response", "tcp_bulk", "tcp_request_response"];
    private static readonly string[] DiversityZones = ["red", "blue"];
    private static readonly string[] ConnectionTypes = ["aws_hosted", "aws_dedicated", "azure_expressroute", "google_partner", "google_dedicated", "oracle_fastconnect", "ibm_direct_link"];

    public static readonly Shape Run = new Shape("run", "How long and how often each option is simulated.")
        .Add(new("duration", FieldKind.Duration, "simulated time per replication, including warm-up", "20s", Required: true))
        .Add(new("warmup", FieldKind.Duration, "initial period excluded from statistics (default 10% of duration, raised to cover TCP slow start)", "2s"))
        .Add(new("seed", FieldKind.Integer, "root seed of all random streams (default 1)", "42"))
        .Add(new("replications", FieldKind.Integer, "independent replications for confidence intervals (default 3, 1-1000)", "5"))
        .Add(new("probe_interval", FieldKind.Duration, "time-series sampling interval (default 100ms)", "100ms"))
        .Add(new("max_packets", FieldKind.Integer, "budget of simulated packets over all options and replications (default 2000000000)", "2000000000"));

    // Shared with pops.yaml, whose reader sits below this one.
    public static readonly Shape Pop = CatalogShapes.Pop;

    public static readonly Shape BackboneLink = CatalogShapes.BackboneLink;

    public static readonly Shape Backbone = new Shape("backbone", "The provider backbone between PoPs.")
        .Add(new("route_factor", FieldKind.Number, "default fibre length / great-circle distance (catalog default 1.5)", "1.5"))
        .Add(new("catalog_links", FieldKind.Boolean, "start from the catalog's adjacency (default true)", "true"))
        .Add(new("links", FieldKind.ObjectList, "links to add, override or remove", "[{between: [SYD1, MEL1], rate: 100Gbps}]", Item: BackboneLink));

    public static readonly Shape Site = new Shape("site", "A customer data centre or office.")
        .Add(new("name", FieldKind.String, "unique name", "syd-dc", Required: true))
        .Add(new("pop", FieldKind.String, "PoP the site is in or nearest to", "SYD1"))
        .Add(new("lat", FieldKind.Number, "latitude when no PoP is given (nearest PoP is used)", "-33.87"))
        .Add(new("lon", FieldKind.Number, "longitude when no PoP is given", "151.21"))
        .Add(new("prefixes", FieldKind.PrefixStrings, "networks at the site", "[192.168.10.0/24]"))
        .Add(new("mtu", FieldKind.Size, "LAN IP MTU (default 1500B)", "1500B"))
        .Add(new("maximum_paths", FieldKind.Integer, "equal-cost BGP paths the site's router shares flows over by a flow hash (default 1, 1 to 16)", "2"));

    public static readonly Shape Cloud = new Shape("cloud", "A cloud network reached through an on-ramp.")
        .Add(new("name", FieldKind.String, "unique name", "aws-syd", Required: true))
        .Add(new("provider", FieldKind.Enum, "cloud provider", "aws", Required: true, Values: Providers))
        .Add(new("region", FieldKind.String, "provider region id from the catalog", "ap-southeast-2", Required: true))
        .Add(new("on_ramp", FieldKind.String, "PoP of the on-ramp (default: the catalog's for the region)", "SYD1"))
        .Add(new("prefixes", FieldKind.PrefixStrings, "VPC/VNet networks", "[10.10.0.0/16]"))
        .Add(new("transit", FieldKind.Enum, "the cloud's product that carries traffic between your connections to it (default: none, the cloud does not transit)",
            "sitelink", Values: ["sitelink", "global_reach", "ncc_site_to_site"]))
        .Add(new("maximum_paths", FieldKind.Integer, "equal-cost BGP paths the cloud's edges share flows over by a flow hash, 1 to 16 (default: as the provider documents it, AWS 16, Azure 4, Google, Oracle and IBM 1)", "2"));

    public static readonly Shape Port = new Shape("port", "A physical access port from a site into a PoP.")
        .Add(new("name", FieldKind.String, "unique name within the option", "syd-port", Required: true))
        .Add(new("site", FieldKind.String, "site it connects", "syd-dc", Required: true))
        .Add(new("pop", FieldKind.String, "PoP (default: the site's)", "SYD1"))
        .Add(new("speed", FieldKind.Rate, "1Gbps, 10Gbps, 100Gbps or 400Gbps", "10Gbps", Required: true, Aliases: ["rate", "bandwidth"], Accepts: ["port_speed"]))
        .Add(new("lag", FieldKind.Integer, "LAG: this many physical ports of 'speed' bundled by LACP on one device (default 1; 10Gbps or 100Gbps members, at most 8); members fail as '<name>/member-1' …", "2", Accepts: ["lag_count"]))
        .Add(new("member_speeds", FieldKind.ScalarList, "LAG: the speed of each member as cabled, when listed; all must equal 'speed'", "[10Gbps, 10Gbps]"))
        .Add(new("customer_shaper", FieldKind.Boolean, "default customer_shaper of the VXCs on this port (default false)", "true"))
        .Add(new("diversity_zone", FieldKind.Enum, "Megaport diversity zone at the PoP: ports in one zone may share a device (resilience study)", "red", Values: DiversityZones));

    public static readonly Shape Bfd = new Shape("bfd", "Bidirectional forwarding detection.")
        .Add(new("interval", FieldKind.Duration, "transmit/receive interval (default 300ms, at least 100ms)", "300ms"))
        .Add(new("multiplier", FieldKind.Integer, "missed packets before down (default 3, 3 to 255)", "3"));

    public static readonly Shape Mcr = new Shape("mcr", "A Megaport Cloud Router.")
        .Add(new("name", FieldKind.String, "unique name within the option", "mcr-syd", Required: true))
        .Add(new("pop", FieldKind.String, "PoP it runs in", "SYD1", Required: true))
        .Add(new("rate", FieldKind.Rate, "aggregate rate limit, 1-100 Gbps", "5Gbps", Required: true, Aliases: ["speed", "bandwidth"], Accepts: ["port_speed"]))
        .Add(new("asn", FieldKind.Integer, "its ASN (default 133937; not one Azure reserves, 8074, 8075, 12076, 65515-65520, nor 0, 23456, 65535, 4294967295)", "133937"))
        .Add(new("mtu", FieldKind.Size, "IP MTU: 1500B, fixed by the product (any other value is an error)", "1500B"))
        .Add(new("bfd", FieldKind.Object, "BFD on all its sessions when present", "{interval: 300ms, multiplier: 3}", Item: Bfd))
        .Add(new("maximum_paths", FieldKind.Integer, "equal-cost BGP paths it shares flows over by a flow hash (default 1, 1 to 16)", "2"))
        .Add(new("diversity_zone", FieldKind.Enum, "Megaport diversity zone at the PoP: MCRs in one zone may share a device (resilience study)", "blue", Values: DiversityZones));

    public static readonly Shape CloudConnection = new Shape("cloud_connection", "How a VXC lands in a cloud.")
        .Add(new("type", FieldKind.Enum, "connection product", "aws_hosted", Required: true, Values: ConnectionTypes))
        .Add(new("vif", FieldKind.Enum, "AWS virtual interface type (default private)", "private", Values: ["private", "transit", "public"]))
        .Add(new("link", FieldKind.Enum, "Azure ExpressRoute link, Megaport's port choice: the circuit's primary or secondary MSEE (default primary)", "primary", Values: ["primary", "secondary"]))
        .Add(new("location", FieldKind.String, "PoP where the connection meets the cloud: a DX location, ExpressRoute peering location, Google metro, FastConnect or Direct Link location with the provider's on-ramp (default: the cloud's on_ramp)", "SYD2"))
        .Add(new("availability_domain", FieldKind.Integer, "Google edge availability domain of the attachment in its metro, one of the catalog's (1 or 2; default 1)", "2"))
        .Add(new("port_speed", FieldKind.Rate, "dedicated port or ExpressRoute circuit speed", "1Gbps"))
        .Add(new("dx_gateway", FieldKind.String, "AWS Direct Connect gateway a private or transit VIF attaches to (default: dx-gateway, one per option); a transit VIF's gateway reaches VPCs in any region through a transit gateway in each", "dxgw-global"))
        .Add(new("premium", FieldKind.Boolean, "ExpressRoute Premium add-on, to reach a region outside the location's geopolitical region (default false)", "true"))
        .Add(new("global_routing", FieldKind.Boolean, "IBM Direct Link global routing: reach IBM Cloud networks in every region, not only the location's own (default false, local routing)", "true"))
        .Add(new("mtu", FieldKind.Size, "IP MTU (AWS private VIF 1500B or 9001B, transit 1500B or 8500B; Google 1440B default; Oracle 1500B or 9000B; IBM 1500B)", "1500B"));

    public static readonly Shape Bgp = new Shape("bgp", "The BGP session on a VXC or tunnel.")
        .Add(new("peer_asn", FieldKind.Integer, "the peer's ASN (default: a cloud's provider ASN from the product catalog, AWS 64512, Azure 12076, Google 16550, Oracle 31898, IBM 13884; any other peer a private ASN of its own)", "64512"))
        .Add(new("peer_type", FieldKind.Enum, "non_cloud, private_cloud or public_cloud (default by endpoint)", "private_cloud", Values: ["non_cloud", "private_cloud", "public_cloud"]))
        .Add(new("import", FieldKind.String, "prefix list filtering routes received", "aws-in", Accepts: ["import_whitelist"]))
        .Add(new("export", FieldKind.String, "prefix list filtering routes advertised", "onprem-out", Accepts: ["export_whitelist"]))
        .Add(new("as_path_prepend", FieldKind.Integer, "times to prepend our ASN on export (0-10)", "2", Accepts: ["as_path_prepend_count"]))
        .Add(new("med", FieldKind.Integer, "MED sent to the peer", "100", Accepts: ["med_out"]))
        .Add(new("local_preference", FieldKind.Integer, "local preference of received routes (default 100)", "200"))
        .Add(new("keepalive", FieldKind.Duration, "keepalive (default 60s; AWS 30s)", "30s"))
        .Add(new("hold", FieldKind.Duration, "hold time (default 3 x keepalive; 3s to 65535s and longer than keepalive)", "90s"))
        .Add(new("advertisement_interval", FieldKind.Duration, "least time between two advertisement runs to the peer, MRAI; withdrawals never wait (default 30s eBGP, 5s iBGP, RFC 4271 and Cisco IOS; 0s to 600s; applies from the end of the warm-up)", "5s"))
        .Add(new("bfd", FieldKind.Boolean, "run BFD on this session (default: on when the MCR has bfd)", "true", Accepts: ["bfd_enabled"]));

    public static readonly Shape Vxc = new Shape("vxc", "A virtual cross connect.")
        .Add(new("name", FieldKind.String, "unique name within the option", "syd-aws", Required: true))
        .Add(new("a", FieldKind.String, "A end: a port, MCR, MVE or cloud name", "syd-port", Required: true, Aliases: ["from"], Accepts: ["a_end"]))
        .Add(new("b", FieldKind.String, "B end: a port, MCR, MVE or cloud name", "mcr-syd", Required: true, Aliases: ["to"], Accepts: ["b_end"]))
        .Add(new("rate", FieldKind.Rate, "rate limit", "500Mbps", Required: true, Aliases: ["bandwidth", "speed"], Accepts: ["rate_limit"]))
        .Add(new("class", FieldKind.QosClass, "QoS class of the VXC (default business)", "business"))
        .Add(new("cloud", FieldKind.Object, "how it lands in a cloud (required when an end is a cloud)", "{type: aws_hosted, vif: private}", Item: CloudConnection))
        .Add(new("bgp", FieldKind.Object, "BGP session settings", "{peer_asn: 64512, import: aws-in}", Item: Bgp))
        .Add(new("shaping", FieldKind.Boolean, "queue traffic above the rate instead of dropping it (default false: policed)", "true"))
        .Add(new("shaper_queue", FieldKind.Integer, "packets a shaping VXC holds per direction before it drops (default 1000)", "500"))
        .Add(new("burst", FieldKind.String, "provider policer burst, bytes or time at the rate (default: the product's, from the catalog)", "625KB"))
        .Add(new("customer_shaper", FieldKind.Boolean, "the customer's router shapes to the VXC's rate and burst before the provider polices (default: the port's, else false)", "true"))
        .Add(new("customer_shaper_queue", FieldKind.String, "what the customer shaper holds per direction, bytes or time at the rate (default 100ms)", "100ms"));

    public static readonly Shape Diurnal = new Shape("diurnal_congestion", "Time-of-day congestion on an Internet path.")
        .Add(new("extra_delay", FieldKind.Duration, "added one-way delay at the peak", "8ms", Required: true))
        .Add(new("extra_loss_rate", FieldKind.Number, "added loss probability at the peak (0-1)", "0.002"))
        .Add(new("peak_at", FieldKind.Duration, "time of the peak within the period (default 20h)", "20h"))
        .Add(new("start_at", FieldKind.Duration, "where in the period the run starts (default 0s)", "18h"))
        .Add(new("period", FieldKind.Duration, "length of the cycle (default 24h)", "24h"));

    public static readonly Shape Internet = new Shape("internet", "Public-Internet path parameters.")
        .Add(new("route_factor", FieldKind.Number, "one path length / great-circle distance for every distance (default: the calibrated model)", "2.1"))
        .Add(new("base_delay", FieldKind.Duration, "extra fixed one-way delay, e.g. a slow access network (default none: the calibrated model has its own fixed part)", "4ms"))
        .Add(new("jitter", FieldKind.Duration, "mean one-way queueing delay added to the base delay (default 1ms)", "2ms"))
        .Add(new("max_queueing_delay", FieldKind.Duration, "deepest buffer: no packet queues longer (default max(100ms, 5 x jitter))", "150ms"))
        .Add(new("loss_rate", FieldKind.Number, "Gilbert-Elliott stationary loss rate (default 0.001)", "0.001", Aliases: ["loss"]))
        .Add(new("loss_burst", FieldKind.Number, "mean loss burst length in packets, >= 1 (default 2)", "3"))
        .Add(new("diurnal", FieldKind.Object, "time-of-day congestion", "{extra_delay: 8ms, peak_at: 20h}", Item: Diurnal));

    public static readonly Shape Vpn = new Shape("vpn", "An IPsec site-to-site VPN over the Internet.")
        .Add(new("name", FieldKind.String, "unique name within the option", "syd-aws-vpn", Required: true))
        .Add(new("site", FieldKind.String, "site whose gateway starts the tunnels", "syd-dc", Required: true))
        .Add(new("cloud", FieldKind.String, "cloud whose VPN gateway ends them", "aws-syd", Required: true))
        .Add(new("cipher", FieldKind.Enum, "ESP cipher suite (default aes_gcm_256)", "aes_gcm_256", Values: ["aes_gcm_128", "aes_gcm_256", "aes_cbc_sha1", "aes_cbc_sha256"]))
        .Add(new("nat_t", FieldKind.Boolean, "UDP 4500 encapsulation, +8 bytes (default false)", "true"))
        .Add(new("tunnels", FieldKind.Integer, "tunnels (default 2, 1-8)", "2"))
        .Add(new("internet_access", FieldKind.Rate, "site Internet access rate", "1Gbps", Required: true, Aliases: ["access_rate", "bandwidth"]))
        .Add(new("gateway", FieldKind.String, "cloud VPN gateway type: AWS virtual_private_gateway (default) or transit_gateway; Google ha_vpn (default) or classic_vpn", "transit_gateway"))
        .Add(new("gateway_sku", FieldKind.String, "gateway SKU or tier: Azure VpnGw1 (default) ... VpnGw5; AWS standard (default) or large (transit gateway only); Google ha_vpn or classic", "VpnGw1"))
        .Add(new("tier", FieldKind.String, "same as gateway_sku (Google's word for it)", "ha_vpn"))
        .Add(new("dpd_timeout", FieldKind.Duration, "dead peer detection timeout (default 30s)", "30s"))
        .Add(new("routing", FieldKind.Enum, "beside a VXC to the same cloud: bgp over the tunnels (default) or static routes withdrawn by dead peer detection", "static", Values: ["bgp", "static"]))
        .Add(new("static_distance", FieldKind.Integer, "with routing: static, the site's administrative distance for its static routes (default 1, as on Cisco IOS; above eBGP's 20 for a floating backup)", "250"))
        .Add(new("bgp", FieldKind.Object, "BGP over the tunnels (default: the cloud gateway's timers, keepalive AWS 10s, Azure 60s, Google 20s, hold 3 x keepalive)", "{keepalive: 10s, hold: 30s}", Item: Bgp))
        .Add(new("internet", FieldKind.Object, "Internet path parameters", "{route_factor: 2.1, jitter: 2ms}", Item: Internet));

    public static readonly Shape CloudVpn = new Shape("cloud_vpn", "An IPsec VPN over the Internet between two clouds' VPN gateways, with BGP over its tunnels.")
        .Add(new("name", FieldKind.String, "unique name within the option", "aws-azure-vpn", Required: true))
        .Add(new("a", FieldKind.String, "one cloud (its VPN gateway ends the tunnels)", "aws-lon", Required: true))
        .Add(new("b", FieldKind.String, "the other cloud, of another provider", "azure-uks", Required: true))
        .Add(new("tunnels", FieldKind.Integer, "tunnels, as the pair's guides build them: AWS-Azure 4, AWS-Google 4, Azure-Google 2 or 4 (default the pair's first)", "4"))
        .Add(new("a_gateway", FieldKind.String, "a's VPN gateway type, as gateway on a vpn", "transit_gateway"))
        .Add(new("a_gateway_sku", FieldKind.String, "a's gateway SKU or tier, as gateway_sku on a vpn", "standard"))
        .Add(new("b_gateway", FieldKind.String, "b's VPN gateway type", "vpn_gateway"))
        .Add(new("b_gateway_sku", FieldKind.String, "b's gateway SKU or tier (Azure: VpnGw1 or larger, Basic has no BGP)", "VpnGw2"))
        .Add(new("cipher", FieldKind.Enum, "ESP cipher suite (default aes_gcm_256)", "aes_gcm_256", Values: ["aes_gcm_128", "aes_gcm_256", "aes_cbc_sha1", "aes_cbc_sha256"]))
        .Add(new("dpd_timeout", FieldKind.Duration, "dead peer detection timeout (default 30s); a tunnel's routes go at the earlier of it and the BGP hold time the two gateways agree", "30s"))
        .Add(new("internet", FieldKind.Object, "Internet path parameters between the two regions", "{route_factor: 2.1, jitter: 2ms}", Item: Internet));

    public static readonly Shape MveVpn = new Shape("mve_vpn", "An IPsec VPN from an MVE over its Internet transport to a cloud's VPN gateway.")
        .Add(new("cloud", FieldKind.String, "cloud whose VPN gateway ends the tunnels", "aws-syd", Required: true))
        .Add(new("tunnels", FieldKind.Integer, "tunnels (default 2, 1-8)", "2"))
        .Add(new("gateway", FieldKind.String, "cloud VPN gateway type, as on a vpn", "transit_gateway"))
        .Add(new("gateway_sku", FieldKind.String, "gateway SKU or tier, as on a vpn", "VpnGw1"))
        .Add(new("dpd_timeout", FieldKind.Duration, "dead peer detection timeout (default 30s)", "30s"));

    public static readonly Shape InternetVxc = new Shape("internet_vxc", "A Megaport Internet VXC: Internet access for an MCR or a Port.")
        .Add(new("name", FieldKind.String, "unique name within the option", "mcr-internet", Required: true))
        .Add(new("a", FieldKind.String, "the MCR or Port it starts from, in Australia, the USA or the UK", "mcr-lon", Required: true, Aliases: ["from", "mcr", "port"], Accepts: ["a_end"]))
        .Add(new("rate", FieldKind.Rate, "rate limit, policed in each direction", "200Mbps", Required: true, Aliases: ["bandwidth", "speed"], Accepts: ["rate_limit"]))
        .Add(new("reaches", FieldKind.StringList, "sites reached over the Internet through it (SaaS endpoints, branches): sites with no port or MVE in this option (default none: priced, carries nothing)", "[saas-eu]", Aliases: ["destinations"]))
        .Add(new("diversity_zone", FieldKind.Enum, "diversity zone of the Megaport Internet router it connects to", "red", Values: DiversityZones))
        .Add(new("mtu", FieldKind.Size, "IP MTU: 1500B, the product's limit (any other value is an error)", "1500B"))
        .Add(new("internet", FieldKind.Object, "the public Internet beyond the Megaport Internet router", "{jitter: 2ms, loss_rate: 0.001}", Item: Internet));

    public static readonly Shape Ix = new Shape("ix_connection", "A Port's connection to an Internet exchange (Megaport IX) at its metro.")
        .Add(new("name", FieldKind.String, "unique name within the option", "sydney-ix", Required: true))
        .Add(new("port", FieldKind.String, "the Port it rides, at the exchange's metro", "syd-port", Required: true))
        .Add(new("exchange", FieldKind.String, "the exchange, one the catalog lists: Sydney IX, Los Angeles IX", "Sydney IX", Required: true, Accepts: ["network_service_type"]))
        .Add(new("rate", FieldKind.Rate, "rate limit, policed in each direction", "500Mbps", Required: true, Aliases: ["bandwidth", "speed"], Accepts: ["rate_limit"]))
        .Add(new("asn", FieldKind.Integer, "the ASN it peers from with the route servers (default: the port site's private ASN; public or private, not a reserved one)", "64512"))
        .Add(new("vlan", FieldKind.Integer, "VLAN at the Port, 2 to 4093 (default: allocated by Megaport)", "2000"))
        .Add(new("mtu", FieldKind.Size, "IP MTU: 1500B, the exchange has no jumbo frames (any other value is an error)", "1500B"))
        .Add(new("peers", FieldKind.StringList, "sites that are networks peering at the exchange, in its metro, with no port or MVE in this option (default none: priced, carries nothing)", "[cdn-syd]"));

    public static readonly Shape MveTransport = new Shape("mve_transport", "One transport of an SD-WAN edge.")
        .Add(new("name", FieldKind.String, "unique name within the MVE", "inet", Required: true))
        .Add(new("vxc", FieldKind.String, "VXC carrying this transport", "mve-aws"))
        .Add(new("internet_access", FieldKind.Rate, "Internet uplink rate (for an Internet transport)", "500Mbps"))
        .Add(new("internet", FieldKind.Object, "Internet path parameters", "{jitter: 2ms}", Item: Internet))
        .Add(new("vpn", FieldKind.Object, "an IPsec VPN from the MVE to a cloud's VPN gateway over this Internet transport", "{cloud: aws-syd}", Item: MveVpn));

    public static readonly Shape ApplicationPolicy = new Shape("application", "Per-application SD-WAN thresholds.")
        .Add(new("class", FieldKind.QosClass, "traffic class it applies to", "voice", Required: true))
        .Add(new("max_latency", FieldKind.Duration, "one-way latency threshold", "30ms"))
        .Add(new("max_jitter", FieldKind.Duration, "jitter threshold", "5ms"))
        .Add(new("max_loss_rate", FieldKind.Number, "loss threshold (0-1)", "0.01"))
        .Add(new("prefer", FieldKind.String, "transport to use while it meets the thresholds", "vxc"));

    public static readonly Shape Mve = new Shape("mve", "A Megaport Virtual Edge (SD-WAN).")
        .Add(new("name", FieldKind.String, "unique name within the option", "mve-syd", Required: true))
        .Add(new("pop", FieldKind.String, "PoP it runs in", "SYD1", Required: true))
        .Add(new("site", FieldKind.String, "site it serves", "syd-dc", Required: true))
        .Add(new("size", FieldKind.Enum, "instance size (default small)", "small", Values: ["small", "medium", "large"]))
        .Add(new("transports", FieldKind.ObjectList, "its transports", "[{name: inet, internet_access: 500Mbps}]", Required: true, Item: MveTransport))
        .Add(new("applications", FieldKind.ObjectList, "per-class thresholds", "[{class: voice, max_latency: 30ms}]", Item: ApplicationPolicy));

    public static readonly Shape PrefixRule = new Shape("prefix_rule", "One prefix-list rule.")
        .Add(new("action", FieldKind.Enum, "permit or deny (default permit)", "permit", Values: ["permit", "deny"]))
        .Add(new("prefix", FieldKind.Prefix, "network to match", "10.10.0.0/16", Required: true))
        .Add(new("ge", FieldKind.Integer, "minimum route length (default: the prefix's length)", "16"))
        .Add(new("le", FieldKind.Integer, "maximum route length (default: 32, as on Megaport's MCR prefix filter lists: the prefix and every longer route in it)", "24"));

    public static readonly Shape PrefixList = new Shape("prefix_list", "A named, ordered prefix list.")
        .Add(new("name", FieldKind.String, "unique name within the option", "aws-in", Required: true))
        .Add(new("rules", FieldKind.ObjectList, "rules, first match wins, no match denies", "[{prefix: 10.10.0.0/16, le: 24}]", Required: true, Item: PrefixRule, Accepts: ["entries"]));

    public static readonly Shape Mesh = new Shape("mesh", "A full mesh of VXCs between sites.")
        .Add(new("sites", FieldKind.StringList, "sites to join pairwise", "[syd-dc, mel-dc, bne-dc]", Required: true))
        .Add(new("rate", FieldKind.Rate, "rate of each VXC", "500Mbps", Required: true))
        .Add(new("class", FieldKind.QosClass, "QoS class of each VXC (default business)", "business"))
        .Add(new("port_speed", FieldKind.Rate, "speed of ports created for sites without one (default 10Gbps)", "10Gbps"));

    public static readonly Shape Hub = new Shape("hub", "Hub-and-spoke: a VXC from each spoke to an MCR.")
        .Add(new("mcr", FieldKind.String, "the hub MCR", "mcr-syd", Required: true))
        .Add(new("spokes", FieldKind.StringList, "sites or clouds", "[syd-dc, mel-dc, aws-syd]", Required: true))
        .Add(new("rate", FieldKind.Rate, "rate of each VXC", "500Mbps", Required: true))
        .Add(new("class", FieldKind.QosClass, "QoS class of each VXC (default business)", "business"))
        .Add(new("port_speed", FieldKind.Rate, "speed of ports created for sites without one (default 10Gbps)", "10Gbps"))
        .Add(new("cloud", FieldKind.Object, "connection settings for cloud spokes", "{type: aws_hosted}", Item: CloudConnection));

    public static readonly Shape Topology = new Shape("topology", "Generators that expand into ports and VXCs.")
        .Add(new("mesh", FieldKind.Object, "full mesh between sites", "{sites: [a, b, c], rate: 500Mbps}", Item: Mesh))
        .Add(new("hub", FieldKind.Object, "hub and spoke around an MCR", "{mcr: mcr-syd, spokes: [a, b], rate: 500Mbps}", Item: Hub));

    public static readonly Shape Option = new Shape("option", "One complete design to compare.")
        .Add(new("name", FieldKind.String, "unique name", "sdci", Required: true))
        .Add(new("description", FieldKind.String, "what the design is", "SDCI via one MCR"))
        .Add(new("term_months", FieldKind.Integer, "contract term for fabric services: 1, 12, 24 or 36 (default 1)", "12", Accepts: ["contract_term_months"]))
        .Add(new("ports", FieldKind.ObjectList, "access ports", "[{name: syd-port, site: syd-dc, speed: 10Gbps}]", Item: Port))
        .Add(new("mcrs", FieldKind.ObjectList, "cloud routers", "[{name: mcr-syd, pop: SYD1, rate: 5Gbps}]", Item: Mcr))
        .Add(new("mves", FieldKind.ObjectList, "SD-WAN edges", "[{name: mve-syd, pop: SYD1, site: syd-dc}]", Item: Mve))
        .Add(new("vxcs", FieldKind.ObjectList, "virtual cross connects", "[{name: syd-aws, a: syd-port, b: aws-syd, rate: 500Mbps}]", Item: Vxc))
        .Add(new("vpns", FieldKind.ObjectList, "IPsec VPNs", "[{name: syd-aws-vpn, site: syd-dc, cloud: aws-syd, internet_access: 1Gbps}]", Item: Vpn))
        .Add(new("cloud_vpns", FieldKind.ObjectList, "IPsec VPNs between two clouds", "[{name: aws-azure, a: aws-lon, b: azure-uks, tunnels: 4}]", Item: CloudVpn))

        .Add(new("internet_vxcs", FieldKind.ObjectList, "Megaport Internet VXCs", "[{name: mcr-internet, a: mcr-lon, rate: 200Mbps, reaches: [saas-eu]}]", Item: InternetVxc))
        .Add(new("ix_connections", FieldKind.ObjectList, "connections to Internet exchanges", "[{name: sydney-ix, port: syd-port, exchange: Sydney IX, rate: 500Mbps, peers: [cdn-syd]}]", Item: Ix))
        .Add(new("prefix_lists", FieldKind.ObjectList, "BGP prefix lists", "[{name: aws-in, rules: [{prefix: 10.10.0.0/16}]}]", Item: PrefixList, Accepts: ["prefix_filter_lists"]))
        .Add(new("topology", FieldKind.Object, "generators", "{mesh: {sites: [a, b, c], rate: 500Mbps}}", Item: Topology));

    public static readonly Shape SizeDistribution = new Shape("size", "A packet-size distribution.")
        .Add(new("distribution", FieldKind.Enum, "fixed, imix, uniform or empirical", "imix", Required: true, Values: ["fixed", "imix", "uniform", "empirical"]))
        .Add(new("min", FieldKind.Size, "uniform: smallest size", "64B"))
        .Add(new("max", FieldKind.Size, "uniform: largest size", "1500B"))
        .Add(new("values", FieldKind.ScalarList, "fixed/empirical: sizes", "[64B, 576B, 1500B]"))
        .Add(new("weights", FieldKind.NumberList, "empirical: relative frequencies", "[7, 4, 1]"));

    public static readonly Shape DiurnalProfile = new Shape("diurnal_profile", "Rate multipliers over a cycle.")
        .Add(new("factors", FieldKind.NumberList, "multipliers, each for period / count", "[0.5, 1.0, 1.5, 1.0]", Required: true))
        .Add(new("period", FieldKind.Duration, "cycle length (default 24h; use e.g. 24s to compress a day)", "24s"))
        .Add(new("start_at", FieldKind.Duration, "where in the cycle the run starts (default 0s)", "0s"));

    public static readonly Shape Demand = new Shape("demand", "A traffic demand between a site and a site or cloud.")
        .Add(new("name", FieldKind.String, "unique name", "voice", Required: true))
        .Add(new("from", FieldKind.String, "source site or cloud", "syd-dc", Required: true, Aliases: ["source", "src"]))
        .Add(new("to", FieldKind.String, "destination site or cloud", "aws-syd", Required: true, Aliases: ["destination", "dst"]))
        .Add(new("to_prefix", FieldKind.Prefix, "which of the destination's prefixes the flow is addressed to (default: the first one routing policy reaches)", "10.20.0.0/16"))
        .Add(new("type", FieldKind.Enum, "traffic model", "poisson", Required: true, Values: TrafficTypes))
        .Add(new("rate", FieldKind.Rate, "mean rate (cbr, poisson), peak rate (onoff), limit (tcp_bulk)", "100Mbps", Aliases: ["bandwidth"]))
        .Add(new("packet_size", FieldKind.Size, "fixed IP packet size (default 1000B; TCP uses mss)", "200B"))
        .Add(new("size", FieldKind.Object, "packet-size distribution instead of packet_size", "{distribution: imix}", Item: SizeDistribution))
        .Add(new("class", FieldKind.QosClass, "voice, video, business, bulk, best_effort or 0-7 (default best_effort)", "voice"))
        .Add(new("start", FieldKind.Duration, "start time (default 0s)", "1s"))
        .Add(new("stop", FieldKind.Duration, "stop time (default: end of run)", "15s"))
        .Add(new("count", FieldKind.Integer, "identical parallel flows (default 1)", "10"))
        .Add(new("on_mean", FieldKind.Duration, "onoff: mean on period", "500ms"))
        .Add(new("off_mean", FieldKind.Duration, "onoff: mean off period", "500ms"))
        .Add(new("shape", FieldKind.Number, "onoff: Pareto shape of on/off periods, > 1 (default 1.5)", "1.5"))
        .Add(new("request_size", FieldKind.Size, "request_response: request bytes (sent as segments of the path MTU)", "400B"))
        .Add(new("response_size", FieldKind.Size, "request_response: response bytes (sent as segments of the path MTU)", "8KB"))
        .Add(new("interval", FieldKind.Duration, "request_response: mean time between requests", "10ms"))
        .Add(new("algorithm", FieldKind.Enum, "TCP congestion control (default cubic)", "cubic", Values: ["newreno", "cubic"]))
        .Add(new("mss", FieldKind.Size, "TCP maximum segment size (default 1460B)", "1460B"))
        .Add(new("bytes", FieldKind.Size, "tcp_bulk: transfer size (default: unlimited, then rate is required)", "500MB"))
        .Add(new("receive_window", FieldKind.Size, "TCP receive window limit (default 6MiB, Linux autotuning's maximum)", "6MiB"))
        .Add(new("sack", FieldKind.Boolean, "selective acknowledgements (default true, as Linux's tcp_sack)", "false"))
        .Add(new("pacing", FieldKind.Boolean, "pace TCP segments at cwnd/RTT x gain as Linux fq does (default false)", "true"))
        .Add(new("diurnal", FieldKind.Object, "rate profile over a cycle", "{factors: [0.5, 1, 1.5, 1], period: 24s}", Item: DiurnalProfile))
        .Add(new("expect", FieldKind.Enum, "reachable (default) or unreachable: routing policy is known to block this flow in some options", "unreachable", Values: ["reachable", "unreachable"]));

    public static readonly Shape DemandMatrix = new Shape("demand_matrix", "Poisson or CBR demands between every listed pair.")
        .Add(new("type", FieldKind.Enum, "traffic model for every entry (default poisson)", "poisson", Values: ["cbr", "poisson"]))
        .Add(new("packet_size", FieldKind.Size, "IP packet size (default 1000B)", "1000B"))
        .Add(new("class", FieldKind.QosClass, "class of every entry (default business)", "business"))
        .Add(new("rates", FieldKind.RateMatrix, "from -> to -> rate; flows are named from_to", "{syd-dc: {mel-dc: 100Mbps}}", Required: true));

    public static readonly Shape Failure = new Shape("failure", "A failure: scheduled (at, for) or random (mtbf, mttr).")
        .Add(new("element", FieldKind.String, "port, MCR, MVE, VXC, VPN name, cloud edge, PoP code or backbone link 'A-B'", "mcr-syd", Required: true))
        .Add(new("option", FieldKind.String, "only this option (default: every option that has the element)", "hub"))
        .Add(new("at", FieldKind.Duration, "scheduled: start", "10s"))
        .Add(new("for", FieldKind.Duration, "scheduled: length", "5s"))
        .Add(new("mtbf", FieldKind.Duration, "random: mean time between failures", "60s"))
        .Add(new("mttr", FieldKind.Duration, "random: mean time to repair", "5s"));

    public static readonly Shape Range = new Shape("range", "An arithmetic range of values, inclusive.")
        .Add(new("from", FieldKind.Number, "first value", "0.2", Required: true))
        .Add(new("to", FieldKind.Number, "last value", "1.2", Required: true))
        .Add(new("step", FieldKind.Number, "increment", "0.2", Required: true));

    public static readonly Shape Sweep = new Shape("sweep", "A what-if axis over one numeric field.")
        .Add(new("name", FieldKind.String, "axis name (default: the path)", "demand"))
        .Add(new("path", FieldKind.String, "field to vary, e.g. traffic[voice].rate or options[sdci].vxcs[syd-aws].rate", "traffic[bulk].rate", Required: true))
        .Add(new("values", FieldKind.ScalarList, "values to substitute", "[100Mbps, 200Mbps]"))
        .Add(new("factors", FieldKind.NumberList, "multipliers of the base value", "[0.5, 1, 2]"))
        .Add(new("range", FieldKind.Object, "multipliers as a range", "{from: 0.2, to: 1.2, step: 0.2}", Item: Range))
        .Add(new("relative_to", FieldKind.String, "field whose value the factors multiply (default: path)", "options[sdci].vxcs[syd-aws].rate"));

    public static readonly Shape FlowRequirement = new Shape("flow requirement", "Bounds every selected flow must meet in an option for it to pass.")
        .Add(new("traffic", FieldKind.String, "the flows of this demand, or one reported flow such as api/response (default: every flow)", "voice"))
        .Add(new("class", FieldKind.QosClass, "the flows of this QoS class (default: every class)", "voice"))
        .Add(new("p50_latency", FieldKind.Duration, "highest median one-way latency", "40ms"))
        .Add(new("p99_latency", FieldKind.Duration, "highest 99th-percentile one-way latency", "150ms"))
        .Add(new("jitter", FieldKind.Duration, "highest mean jitter (RFC 3550 interarrival jitter)", "30ms"))
        .Add(new("loss", FieldKind.Number, "highest fraction of packets lost (0-1)", "0.01"))
        .Add(new("throughput", FieldKind.Rate, "lowest throughput received", "180Mbps"))
        .Add(new("availability", FieldKind.Number, "lowest availability (0-1), judged on the resilience study's lower bound", "0.999"));

    public static readonly Shape Requirements = new Shape("requirements", "What an option must meet to be recommended; the verdict checks each option against it.")
        .Add(new("budget", FieldKind.Number, "highest monthly cost in USD that any option may have", "5000"))
        .Add(new("growth", FieldKind.Number, "yearly growth of every demand as a fraction, for the month each element fills (0.3 = 30 %/year)", "0.3"))
        .Add(new("utilization_limit", FieldKind.Number, "share of capacity a plan may fill, for headroom and right-sizing (default 0.8)", "0.8"))
        .Add(new("flows", FieldKind.ObjectList, "bounds on flows", "[{class: voice, p99_latency: 150ms, jitter: 30ms, loss: 0.01}]", Item: FlowRequirement));

    public static readonly Shape FailureSet = new Shape("failure set", "Elements that fail together, studied by 'fabricsim resilience'.")
        .Add(new("name", FieldKind.String, "name in the failure table (default: the elements joined by +)", "both-ports"))
        .Add(new("elements", FieldKind.StringList, "ports, MCRs, MVEs, VXCs, PoP codes, cloud edges (e.g. aws-edge), VPN elements or '<mve>/<transport>'", "[syd-port-1, syd-port-2]", Required: true));

    public static readonly Shape SharedRiskGroup = new Shape("shared-risk group", "Elements that share a cause of failure: every pair of them is studied.")
        .Add(new("name", FieldKind.String, "unique name", "street-duct", Required: true))
        .Add(new("elements", FieldKind.StringList, "elements as in failure sets (at least two)", "[syd-port-1, syd-port-2]", Required: true));

    public static readonly Shape Reliability = new Shape("reliability", "Mean time between failures and to repair of one element, replacing the catalog's.")
        .Add(new("element", FieldKind.String, "element as in failure sets", "syd-port-1", Required: true))
        .Add(new("mtbf", FieldKind.Duration, "mean time between failures", "8760h", Required: true))
        .Add(new("mttr", FieldKind.Duration, "mean time to repair", "4h", Required: true));

    public static readonly Shape Resilience = new Shape("resilience", "What 'fabricsim resilience' enumerates beyond every single failure.")
        .Add(new("order", FieldKind.Integer, "1: single failures and shared-risk pairs (default); 2: also every pair of failures", "2"))
        .Add(new("failure_sets", FieldKind.ObjectList, "failure sets to study as well", "[{elements: [syd-port-1, syd-port-2]}]", Item: FailureSet))
        .Add(new("shared_risk_groups", FieldKind.ObjectList, "groups of elements that share a cause of failure", "[{name: duct, elements: [port-a, port-b]}]", Item: SharedRiskGroup))
        .Add(new("reliability", FieldKind.ObjectList, "MTBF and MTTR of named elements", "[{element: syd-port-1, mtbf: 8760h, mttr: 4h}]", Item: Reliability));

    public static readonly Shape Root = new Shape("scenario", "A FabricSim scenario.")
        .Add(new("name", FieldKind.String, "scenario name", "sdci-vs-ipsec", Required: true))
        .Add(new("description", FieldKind.String, "what is compared and why", "SDCI vs IPsec from Sydney"))
        .Add(new("run", FieldKind.Object, "run settings", "{duration: 20s, replications: 3}", Required: true, Item: Run))
        .Add(new("pops", FieldKind.ObjectList, "PoPs added to the catalog", "[{code: SYD9, lat: -33.9, lon: 151.2}]", Item: Pop))
        .Add(new("backbone", FieldKind.Object, "backbone overrides", "{route_factor: 1.5}", Item: Backbone))
        .Add(new("sites", FieldKind.ObjectList, "customer sites", "[{name: syd-dc, pop: SYD1}]", Required: true, Item: Site))
        .Add(new("clouds", FieldKind.ObjectList, "cloud networks", "[{name: aws-syd, provider: aws, region: ap-southeast-2}]", Item: Cloud))
        .Add(new("options", FieldKind.ObjectList, "designs to compare", "[{name: sdci, ...}]", Required: true, Item: Option))
        .Add(new("traffic", FieldKind.ObjectList, "traffic demands", "[{name: voice, from: syd-dc, to: aws-syd, type: cbr, rate: 1Mbps}]", Item: Demand))
        .Add(new("demand_matrix", FieldKind.Object, "demands between many pairs", "{rates: {syd-dc: {mel-dc: 100Mbps}}}", Item: DemandMatrix))
        .Add(new("failures", FieldKind.ObjectList, "failures", "[{element: mcr-syd, at: 10s, for: 5s}]", Item: Failure))
        .Add(new("sweep", FieldKind.Object, "what-if axis", "{path: traffic[bulk].rate, range: {from: 0.2, to: 1.2, step: 0.2}}", Item: Sweep))
        .Add(new("requirements", FieldKind.Object, "bounds and budget for the verdict", "{budget: 5000, flows: [{class: voice, p99_latency: 150ms}]}", Item: Requirements))
        .Add(new("resilience", FieldKind.Object, "failure sets and shared-risk groups for 'fabricsim resilience'", "{order: 2, shared_risk_groups: [{name: duct, elements: [port-a, port-b]}]}", Item: Resilience));

    /// <summary>Every shape reachable from the root, each once, in declaration order (for the schema and the docs).</summary>
    public static IReadOnlyList<Shape> All()
    {
        var seen = new List<Shape>();
        Visit(Root, seen);
        return seen;
    }

    private static void Visit(Shape shape, List<Shape> seen)
    {
        if (seen.Contains(shape))
        {
            return;
        }
        seen.Add(shape);
        foreach (var field in shape.Fields)
        {
            if (field.Item is { } item)
            {
                Visit(item, seen);
            }
        }
    }
}
