using FabricSim.Scenarios.Catalogs;
using FabricSim.Engine.Time;
using FabricSim.Scenarios.Yaml;
using FabricSim.Network.Access;
using FabricSim.Network.Addressing;
using FabricSim.Network.Bgp;
using FabricSim.Network.Building;
using FabricSim.Network.Geography;
using FabricSim.Network.Ipsec;
using FabricSim.Network.Mve;
using FabricSim.Network.Queues;
using FabricSim.Network.Tcp;
using FabricSim.Network.Traffic;
using FabricSim.Scenarios.Model;
using FabricSim.Scenarios.Reachability;
using FabricSim.Scenarios.Validation;

namespace FabricSim.Scenarios.Descriptions;

/// <summary>
/// One design option of a scenario as the network's <see cref="FabricDescription"/>: the scenario's PoPs, backbone,
/// sites, clouds, traffic and the failures that concern the option, with the option's own elements.
/// </summary>
internal static class OptionDescription
{
    /// <summary>Points kept per time series: enough for the plots, small enough for many options and replications.</summary>
    private const int SampleCapacity = 512;

    public static FabricDescription Of(Scenario scenario, DesignOption option)
    {
        // Each endpoint's addressed network goes first: its first network supplies the address its packets carry.
        if (option.Paths is { } known && known.Fits(option, scenario.Traffic))
        {
            return Describe(scenario, option, (endpoint, prefixes) => AddressedFirst(prefixes, known.AddressedPrefix(endpoint)), known.MessageMtu);
        }
        var policy = new PolicyReachability(scenario.Sites, scenario.Clouds, option, scenario.Catalog.Products, scenario.Traffic);
        return Describe(scenario, option, (endpoint, prefixes) => AddressedFirst(prefixes, policy.AddressedPrefix(endpoint)),
            DemandPathMtu.ForMessages(scenario, option, policy));
    }

    private static List<Ipv4Prefix> AddressedFirst(IReadOnlyList<System.Net.IPNetwork> prefixes, System.Net.IPNetwork? addressed) =>
        Prefixes(prefixes.OrderBy(p => addressed == p ? 0 : 1));

    private static FabricDescription Describe(Scenario scenario, DesignOption option,
        Func<string, IReadOnlyList<System.Net.IPNetwork>, List<Ipv4Prefix>> prefixes, Func<Demand, int?> messageMtu) => new()
    {
        Pops = scenario.Pops.Select(p => new PopSpec(p.Code, Location(p.Location))).ToList(),
        BackboneLinks = scenario.Backbone.Links.Select(l => new BackboneLinkSpec(l.PopA, l.PopB, l.Rate, l.RouteFactor, l.Delay)).ToList(),
        Sites = scenario.Sites.Select(s => new SiteSpec(s.Name, Location(s.Location), prefixes(s.Name, s.Prefixes)) { MaximumPaths = s.MaximumPaths }).ToList(),
        Clouds = scenario.Clouds.Select(c => new CloudSpec(c.Name, c.Provider.Edge(), c.OnRamp, Location(c.RegionLocation), prefixes(c.Name, c.Prefixes))
        {
            Asn = scenario.Catalog.Products.DefaultAsn(c.Provider),
            TransitBetweenConnections = c.Transit is not null,
            MaximumPaths = c.MaximumPaths,
            ExtraEdges = ExtraEdges(c, option),
        }).ToList(),
        RegionEntryDelay = scenario.Catalog.EndDelay,
        AccessEndDelay = scenario.Catalog.EndDelay,
        Ports = option.Ports.Select(p => new PortSpec(p.Name, p.Site, p.Pop, p.Speed) { LagMembers = p.LagMembers }).ToList(),
        Mcrs = option.Mcrs.Select(m => new McrSpec(m.Name, m.Pop, m.Rate, m.Asn, m.Bfd) { MaximumPaths = m.MaximumPaths }).ToList(),
        Mves = option.Mves.Select(Mve).ToList(),
        Vxcs = option.Vxcs.Select(v => new VxcSpec(v.Name, v.EndA, v.EndB, v.Rate, v.QosClass, v.Cloud?.PortSpeed,
            v.Bgp is not null ? new VxcBgp(v.Bgp.PeerAsn ?? AmazonPublicAsn(scenario, v.Cloud), Session(v.Bgp, option)) { BfdOff = v.Bgp.BfdOff }
            : v.Cloud is not null ? new VxcBgp(AmazonPublicAsn(scenario, v.Cloud), new BgpSessionOptions { PeerType = v.Cloud.PeerType }) : null)
        {
            Mode = v.Shaped ? RateLimitMode.Shape : RateLimitMode.Police,
            ShaperQueue = QueueLimit.Packets(v.ShaperQueuePackets),
            BurstBytes = v.BurstBytes > 0 ? v.BurstBytes : null,
            CustomerShaperQueue = v.CustomerShaper ? QueueLimit.InBytes(v.CustomerShaperQueueBytes) : null,
            CloudEdge = v.Cloud is { } connection && CloudOf(scenario, v) is { } cloud ? connection.EdgeOf(cloud) : null,
        }).ToList(),
        Vpns = option.Vpns.Select(v => new VpnSpec(v.Name, v.Site, v.Cloud, VpnOptions(v), v.Bgp is null ? null : VpnSession(v.Bgp, option))
        {
            StaticDistance = v.StaticRouting ? v.StaticDistance : null,
            BetweenClouds = v.BetweenClouds,
            FromMve = v.MvePop is not null,
        }).ToList(),
        InternetVxcs = option.InternetVxcs.Select(v => new InternetVxcSpec(v.Name, v.End, v.Rate, v.Reaches)
        {
            Internet = InternetPaths.Parameters(v.Internet),
            BurstBytes = PolicerBurst.DefaultBytes(v.Rate, null, scenario.Catalog.Products),
        }).ToList(),
        IxConnections = option.IxConnections.Select(ix => new IxSpec(ix.Name, ix.Port, ix.Rate, ix.Peers)
        {
            BurstBytes = PolicerBurst.DefaultBytes(ix.Rate, null, scenario.Catalog.Products),
        }).ToList(),
        Demands = scenario.Traffic.Select(d => Demand(d, messageMtu)).ToList(),
        Failures = scenario.Failures.Where(f => f.Options.Contains(option.Name))
            .Select(f => new FailureSpec(f.Element, f.At, f.For, f.Mtbf, f.Mttr)).ToList(),
        WarmUp = scenario.Run.WarmUp,
        Duration = scenario.Run.Duration,
        SampleInterval = scenario.Run.ProbeInterval,
        SampleCapacity = SampleCapacity,
    };

    /// <summary>The edges the option's connections land on beyond the cloud's default one, each at its PoP.</summary>
    private static Dictionary<string, string> ExtraEdges(CloudEndpoint cloud, DesignOption option)
    {
        var edges = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var connection in option.Vxcs.Where(v => v.Touches(cloud.Name)).Select(v => v.Cloud).OfType<CloudConnection>())
        {
            string edge = connection.EdgeOf(cloud);
            if (edge != cloud.Name + "-edge")
            {
                edges[edge] = connection.Location ?? cloud.OnRamp;
            }
        }
        return edges;
    }

    /// <summary>
    /// The Amazon side of a public VIF speaks from Amazon's public ASN (the catalog's first, 7224), not from the Direct
    /// Connect gateway's private one that private and transit VIFs keep; null for every other connection.
    /// </summary>
    private static long? AmazonPublicAsn(Scenario scenario, CloudConnection? connection) =>
        connection?.Vif == AwsVifType.Public
            ? long.Parse(scenario.Catalog.Products.Get("aws.public.asns").Values[0], System.Globalization.CultureInfo.InvariantCulture)
            : null;

    private static CloudEndpoint? CloudOf(Scenario scenario, VxcSettings vxc) =>
        scenario.Clouds.FirstOrDefault(c => vxc.Touches(c.Name));

    private static GeoLocation Location(GeoPoint point) => new(point.LatitudeDegrees, point.LongitudeDegrees);

    private static List<Ipv4Prefix> Prefixes(IEnumerable<System.Net.IPNetwork> prefixes) =>
        prefixes.Select(p => Ipv4Prefix.Parse(p.ToString())).ToList();

    private static MveSpec Mve(Model.Mve mve) => new(mve.Name, mve.Pop, mve.Site,
        mve.Transports.Select(t => new MveTransportSpec(t.Name, t.Vxc, t.InternetAccess,
            t.Vxc is null ? InternetPaths.Parameters(t.Internet ?? InternetPathSettings.Default) : null, t.Vpn)).ToList(),
        mve.Applications.Select(Class).ToList());

    /// <summary>Thresholds that are not given do not constrain the class; a transport whose probes all vanish still fails it.</summary>
    private static ApplicationClass Class(ApplicationPolicy policy) => new(
        QosClasses.NameOf(policy.QosClass),
        policy.QosClass,
        policy.MaxLossRate ?? double.PositiveInfinity,
        policy.MaxLatency ?? Engine.Time.SimTime.MaxValue,
        policy.PreferredTransport);

    private static BgpSessionOptions Session(BgpSessionSettings session, DesignOption option) => new()
    {
        PeerType = session.PeerType,
        Import = PrefixList(option, session.ImportList),
        Export = PrefixList(option, session.ExportList),
        AsPathPrepend = session.AsPathPrepend,
        MedOut = session.Med,
        LocalPreference = session.LocalPreference,
        Timers = new BgpTimers(session.Keepalive, session.Hold),
        Bfd = session.Bfd,
        AdvertisementInterval = session.AdvertisementInterval,
    };

    /// <summary>A VPN's routes are the backup unless the scenario ranks them itself.</summary>
    private static BgpSessionOptions VpnSession(BgpSessionSettings session, DesignOption option)
    {
        var options = Session(session, option);
        return session.LocalPreference == new BgpSessionOptions().LocalPreference
            ? options with { LocalPreference = VpnSpec.BackupLocalPreference }
            : options;
    }

    private static Network.Bgp.PrefixList? PrefixList(DesignOption option, string? name)
    {
        if (name is null)
        {
            return null;
        }
        var list = option.PrefixLists.First(p => p.Name == name);
        return new Network.Bgp.PrefixList(name, list.Rules.Select(rule => PrefixListEntry.WithLengths(
            rule.Action == FilterAction.Permit ? PrefixListAction.Permit : PrefixListAction.Deny,
            Ipv4Prefix.Parse(rule.Prefix.ToString()), rule.MinLength, rule.MaxLength)));
    }

    private static IpsecVpnOptions VpnOptions(Vpn vpn)
    {
        if (vpn is { SiteGateway: { } first, Gateway: { } second })
        {
            return BetweenClouds(vpn, first, second);
        }
        var (limits, selection) = Gateway(vpn);
        return new()
        {
            Cipher = vpn.Cipher,
            NatTraversal = vpn.NatTraversal,
            TunnelCount = vpn.Tunnels,
            Gateway = limits,
            Selection = selection,
            DeadPeerDetectionTimeout = vpn.DeadPeerDetection,
            Path = InternetPaths.Parameters(vpn.Internet),
            SiteUplink = vpn.InternetAccess,
            SiteDownlink = vpn.InternetAccess,
        };
    }

    /// <summary>
    /// A VPN between two clouds' gateways: every packet crosses both, so each tunnel's queue serves at the smaller of
    /// their rates and packet rates (two rate limits in tandem carry what the slower does); each end spreads what it
    /// sends by its own rule (<see cref="Vpn.Spreads"/>). A region has no Internet access of its own to queue at.
    /// </summary>
    private static IpsecVpnOptions BetweenClouds(Vpn vpn, VpnGatewayLimits first, VpnGatewayLimits second)
    {
        static TunnelSelection Rule(bool spreads) => spreads ? TunnelSelection.Ecmp : TunnelSelection.ActiveStandby;
        return new()
        {
            Cipher = vpn.Cipher,
            TunnelCount = vpn.Tunnels,
            Gateway = new GatewayLimits(vpn.TunnelRate, vpn.TunnelPacketsPerSecond, GatewayLimits.DefaultQueue),
            Selection = Rule(Vpn.Spreads(second, first)),
            SiteSelection = Rule(Vpn.Spreads(first, second)),
            DeadPeerDetectionTimeout = vpn.DeadPeerDetection,
            Path = InternetPaths.Parameters(vpn.Internet),
        };
    }

    /// <summary>
    /// The cloud gateway's sourced limits on each tunnel's gateway queue. A gateway limited as a whole (Azure) keeps one
    /// tunnel active, so its aggregate figure is what that tunnel carries; without ECMP (an AWS virtual private gateway)
    /// one tunnel carries everything and the other stands by.
    /// </summary>
    private static (GatewayLimits Limits, TunnelSelection Selection) Gateway(Vpn vpn)
    {
        var limits = vpn.Gateway ?? VpnGatewayCatalog.Default.Find(CloudProvider.Aws, "virtual_private_gateway", "standard")
            ?? throw new InvalidOperationException("The VPN gateway catalog has no AWS virtual private gateway.");
        return (new GatewayLimits(limits.Rate, limits.PacketsPerSecond, GatewayLimits.DefaultQueue),
            limits.Ecmp && limits.Scope == VpnLimitScope.Tunnel ? TunnelSelection.Ecmp : TunnelSelection.ActiveStandby);
    }

    private static DemandSpec Demand(Demand demand, Func<Demand, int?> messageMtu) => new(demand.Name, demand.From, demand.To, Kind(demand.Type))
    {
        Rate = demand.Rate,
        Sizes = PacketSizes.From(demand.Size),
        TrafficClass = demand.QosClass,
        Start = demand.Start,
        Stop = demand.Stop,
        Count = demand.Count,
        OnOff = demand.OnOff is { } onOff ? new OnOffSpec(onOff.OnMean, onOff.OffMean, onOff.ParetoShape) : null,
        RequestResponse = demand.RequestResponse is { } rr
            ? new RequestResponseSpec(checked((int)rr.RequestBytes), checked((int)rr.ResponseBytes), rr.MeanInterval)
            {
                MtuBytes = MessageSegments.MtuOrDefault(messageMtu(demand)),
            }
            : null,
        Tcp = demand.Tcp is { } tcp
            ? new TcpDemandSpec(tcp.Algorithm == TcpAlgorithm.Cubic ? TcpCongestionAlgorithm.Cubic : TcpCongestionAlgorithm.NewReno,
                checked((int)tcp.MssBytes), tcp.TransferBytes)
            {
                ReceiveWindowBytes = checked((int)tcp.ReceiveWindowBytes),
                Pacing = tcp.Pacing,
                Sack = tcp.Sack,
            }
            : null,
        Profile = demand.Diurnal is { } diurnal ? new RateProfile(diurnal.Factors, diurnal.Period, diurnal.StartAt) : null,
    };

    private static DemandKind Kind(TrafficType type) => type switch
    {
        TrafficType.Cbr => DemandKind.ConstantBitRate,
        TrafficType.Poisson => DemandKind.Poisson,
        TrafficType.OnOff => DemandKind.OnOff,
        TrafficType.RequestResponse => DemandKind.RequestResponse,
        TrafficType.TcpBulk => DemandKind.TcpBulk,
        _ => DemandKind.TcpRequestResponse,
    };
}
