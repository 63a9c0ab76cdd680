using System.Globalization;
using FabricSim.Network.Units;
using FabricSim.Scenarios.Catalogs;
using FabricSim.Scenarios.Model;
using FabricSim.Scenarios.Results;
using FabricSim.Scenarios.Validation;

namespace FabricSim.Scenarios.Cost;

/// <summary>
/// The monthly bill of one option at list prices: fabric services (ports, MCRs, MVEs, VXCs by rate and distance
/// band), cloud connection charges (port-hours, hosted connections, circuits, gateways), VPN hours and data transfer
/// out of clouds at each demand's monthly rate in each direction (see <see cref="MonthlyDemand"/>), less the fabric
/// contract-term discount.
/// Each line is rounded to the cent.
/// </summary>
public static class CostModel
{
    private const decimal BitsPerGigabyte = 8e9m;
    private const decimal SecondsPerHour = 3600m;

    /// <param name="averageRates">Average rate per demand name over the month; demands absent are not charged.</param>
    public static IReadOnlyList<CostLine> Monthly(Scenario scenario, DesignOption option, IReadOnlyDictionary<string, DataRate> averageRates)
    {
        ArgumentNullException.ThrowIfNull(averageRates);
        return Monthly(scenario, option, averageRates.ToDictionary(r => r.Key, r => new BilledVolume(r.Value, "given rate"), StringComparer.Ordinal));
    }

    /// <param name="volumes">Rate per demand name over the month and what it stands for; demands absent are not charged.</param>
    public static IReadOnlyList<CostLine> Monthly(Scenario scenario, DesignOption option, IReadOnlyDictionary<string, BilledVolume> volumes)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(option);
        var bill = new Bill(option.Name, scenario.Catalog.Prices);
        AddFabric(scenario, option, bill);
        AddCloudConnections(scenario, option, bill);
        AddVpns(scenario, option, volumes, bill);
        AddTransitVifs(scenario, option, volumes, bill);
        AddDataTransfer(scenario, option, volumes, bill);
        return bill.Lines;
    }

    /// <summary>
    /// The monthly total of designs that differ from <paramref name="option"/> only in the rates of their Ports, VXCs
    /// and MCRs, as a headroom study prices one resized element after another: what depends on the traffic alone
    /// (VPNs, transit gateways, data transfer) is priced once. Each total adds the same lines in the same order as
    /// summing <see cref="Monthly(Scenario, DesignOption, IReadOnlyDictionary{string, BilledVolume})"/>, so it is the same number.
    /// </summary>
    /// <param name="volumes">Rate per demand name over the month and what it stands for; demands absent are not charged.</param>
    public static Func<DesignOption, double> ResizedTotals(Scenario scenario, DesignOption option, IReadOnlyDictionary<string, BilledVolume> volumes)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(option);
        ArgumentNullException.ThrowIfNull(volumes);
        var traffic = new Bill(option.Name, scenario.Catalog.Prices);
        AddVpns(scenario, option, volumes, traffic);
        AddTransitVifs(scenario, option, volumes, traffic);
        AddDataTransfer(scenario, option, volumes, traffic);
        return design =>
        {
            var bill = new Bill(design.Name, scenario.Catalog.Prices);
            AddFabric(scenario, design, bill);
            AddCloudConnections(scenario, design, bill);
            return bill.Lines.Concat(traffic.Lines).Sum(line => line.MonthlyUsd);
        };
    }

    private static void AddFabric(Scenario scenario, DesignOption option, Bill bill)
    {
        decimal fabric = 0;
        var fabricPops = FabricPops(option);
        foreach (var port in option.Ports)
        {
            var price = bill.RateTier("megaport.port", port.Speed);
            // Megaport prices a LAG as its member ports (docs.megaport.com/connections/lag/).
            fabric += port.LagMembers == 1
                ? bill.Monthly("port", $"port {port.Name} {port.Speed} at {port.Pop}", price)
                : bill.Add("port", $"LAG port {port.Name} {port.LagMembers} x {port.Speed} at {port.Pop}", port.LagMembers, "port-month", price.Value,
                    Bill.Cents(port.LagMembers * price.Value), price.Citation);
        }
        foreach (var mcr in option.Mcrs)
        {
            fabric += bill.Monthly("mcr", $"MCR {mcr.Name} {mcr.Rate} at {mcr.Pop}", bill.RateTier("megaport.mcr", mcr.Rate));
        }
        foreach (var mve in option.Mves)
        {
            fabric += bill.Monthly("mve", $"MVE {mve.Name} {mve.Size} at {mve.Pop}", bill.Tier("megaport.mve", mve.Size));
        }
        foreach (var vxc in option.Vxcs)
        {
            var band = DistanceBands.Between(scenario.FindPop(PopOf(scenario, option, fabricPops, vxc, vxc.EndA)), scenario.FindPop(PopOf(scenario, option, fabricPops, vxc, vxc.EndB)));
            fabric += bill.Monthly("vxc", $"VXC {vxc.Name} {vxc.Rate} {DistanceBands.Key(band)}", bill.RateTier("megaport.vxc." + DistanceBands.Key(band), vxc.Rate));
        }
        // Megaport publishes no term discount for Megaport Internet, and a local IX costs nothing beyond its Port.
        foreach (var vxc in option.InternetVxcs)
        {
            bill.Monthly("internet_vxc", $"Megaport Internet {vxc.Name} {vxc.Rate} from {vxc.End}", bill.RateTier("megaport.internet", vxc.Rate));
        }
        foreach (var ix in option.IxConnections)
        {
            bill.Monthly("ix", $"IX {ix.Name} {ix.Rate} on {ix.Port} at {ix.Exchange} (local)", bill.Tier("megaport.ix", "local"));
        }
        var discount = bill.Tier("megaport.term_discount", option.TermMonths.ToString(CultureInfo.InvariantCulture));
        if (discount.Value > 0 && fabric > 0)
        {
            bill.Add("term_discount", $"{option.TermMonths}-month term on fabric services", fabric, "USD/month", -discount.Value, -Bill.Cents(fabric * discount.Value), discount.Citation);
        }
    }

    private static void AddCloudConnections(Scenario scenario, DesignOption option, Bill bill)
    {
        var expressRouteCircuits = new Dictionary<string, DataRate>(StringComparer.Ordinal);
        var premiumCircuits = new HashSet<string>(StringComparer.Ordinal);
        var expressRouteClouds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var vxc in option.Vxcs)
        {
            if (vxc.Cloud is not { } connection)
            {
                continue;
            }
            string cloud = scenario.FindCloud(vxc.EndA) is not null ? vxc.EndA : vxc.EndB;
            switch (connection.Type)
            {
                case CloudConnectionType.AwsHosted:
                    bill.Hourly("csp_port", $"AWS hosted connection {vxc.Name} {vxc.Rate}", bill.RateTier("aws.dx_hosted", vxc.Rate), 1);
                    break;
                case CloudConnectionType.AwsDedicated:
                    bill.Hourly("csp_port", $"AWS dedicated DX port {vxc.Name} {connection.PortSpeed}", bill.RateTier("aws.dx_dedicated_port", connection.PortSpeed!.Value), 1);
                    break;
                case CloudConnectionType.AzureExpressRoute:
                    // Primary and secondary VXCs land on the two links of one circuit, billed once; a circuit at another
                    // peering location is another circuit.
                    var speed = connection.PortSpeed ?? vxc.Rate;
                    string circuit = connection.Location is { } at && at != scenario.FindCloud(cloud)!.OnRamp ? $"{cloud} at {at}" : cloud;
                    expressRouteCircuits[circuit] = expressRouteCircuits.TryGetValue(circuit, out var known) && known > speed ? known : speed;
                    expressRouteClouds.Add(cloud);
                    if (connection.Premium)
                    {
                        premiumCircuits.Add(circuit);
                    }
                    break;
                case CloudConnectionType.GooglePartnerInterconnect:
                    bill.Hourly("csp_port", $"Google VLAN attachment {vxc.Name} {vxc.Rate}", bill.RateTier("google.vlan_attachment", vxc.Rate), 1);
                    break;
                case CloudConnectionType.OracleFastConnect:
                    // Through a partner Oracle bills the port-hours of the speed the partner orders, the VXC's rate.
                    bill.Hourly("csp_port", $"Oracle FastConnect {vxc.Name} {vxc.Rate}", bill.RateTier("oracle.fastconnect_port", vxc.Rate), 1);
                    break;
                case CloudConnectionType.IbmDirectLinkConnect:
                    string routing = connection.GlobalRouting ? "global" : "local";
                    bill.Monthly("csp_port", $"IBM Direct Link Connect {vxc.Name} {vxc.Rate} {routing} routing", bill.RateTier($"ibm.direct_link_connect_{routing}", vxc.Rate));
                    break;
                case CloudConnectionType.GoogleDedicatedInterconnect:
                    bill.Hourly("csp_port", $"Google Dedicated Interconnect {vxc.Name} {connection.PortSpeed}", bill.RateTier("google.dedicated_port", connection.PortSpeed!.Value), 1);
                    bill.Hourly("csp_port", $"Google VLAN attachment {vxc.Name} {vxc.Rate}", bill.RateTier("google.vlan_attachment", vxc.Rate), 1);
                    break;
            }
        }
        foreach (var (cloud, speed) in expressRouteCircuits.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            bill.Monthly("csp_port", $"Azure ExpressRoute circuit to {cloud} {speed}", bill.RateTier("azure.expressroute_circuit", speed));
            if (premiumCircuits.Contains(cloud))
            {
                bill.Monthly("csp_port", $"Azure ExpressRoute Premium add-on for the circuit to {cloud} {speed}", bill.RateTier("azure.expressroute_premium", speed));
            }
        }
        // One gateway per virtual network, whatever the number of circuits that reach it.
        foreach (string cloud in expressRouteClouds.Order(StringComparer.Ordinal))
        {
            bill.Hourly("csp_port", $"Azure ExpressRoute gateway for {cloud}", bill.Tier("azure.expressroute_gateway", "default"), 1);
        }
    }

    private static void AddVpns(Scenario scenario, DesignOption option, IReadOnlyDictionary<string, BilledVolume> volumes, Bill bill)
    {
        var azureGateways = new HashSet<string>(StringComparer.Ordinal);
        foreach (var vpn in option.Vpns)
        {
            // Between two clouds each end pays for its own gateway, as it would towards a site.
            if (vpn.SiteGateway is { } first)
            {
                AddVpnEnd(scenario, vpn, scenario.FindCloud(vpn.Site)!, first, vpn.SiteGatewaySku, volumes, bill, azureGateways);
            }
            AddVpnEnd(scenario, vpn, scenario.FindCloud(vpn.Cloud)!, vpn.Gateway, vpn.GatewaySku, volumes, bill, azureGateways);
        }
    }

    /// <summary>
    /// One cloud's end of a VPN: AWS bills connection-hours (a connection has two tunnels, so a four-tunnel VPN between
    /// clouds is two connections), Azure the VNet's one gateway by its SKU, Google tunnel-hours.
    /// </summary>
    private static void AddVpnEnd(Scenario scenario, Vpn vpn, CloudEndpoint cloud, VpnGatewayLimits? gateway, string? sku,
        IReadOnlyDictionary<string, BilledVolume> volumes, Bill bill, HashSet<string> azureGateways)
    {
        switch (cloud.Provider)
        {
            case CloudProvider.Aws:
                int connections = vpn.BetweenClouds ? (vpn.Tunnels + 1) / 2 : 1;
                bill.Hourly("vpn", $"AWS Site-to-Site VPN {vpn.Name}{(connections > 1 ? $" ({connections} connections)" : string.Empty)}",
                    bill.Tier("aws.vpn_connection", "default"), connections);
                if (gateway is { Type: "transit_gateway" })
                {
                    AddTransitGateway(scenario, vpn, volumes, bill, connections);
                }
                break;
            case CloudProvider.Azure:
                // One VPN gateway per VNet serves all its site-to-site connections.
                if (azureGateways.Add(cloud.Name))
                {
                    bill.Hourly("vpn", $"Azure VPN gateway {sku} for {cloud.Name}", bill.Tier("azure.vpn_gateway", sku ?? "VpnGw1"), 1);
                }
                break;
            case CloudProvider.Google:
                bill.Hourly("vpn", $"Google Cloud VPN {vpn.Name} ({vpn.Tunnels} tunnels)", bill.Tier("google.vpn_tunnel", "default"), vpn.Tunnels);
                break;
        }
    }

    /// <summary>
    /// A VPN on a transit gateway pays the attachment by the hour and processing on every GB through the gateway, in
    /// either direction (from the VPN into the gateway and from the VPC into it).
    /// </summary>
    private static void AddTransitGateway(Scenario scenario, Vpn vpn, IReadOnlyDictionary<string, BilledVolume> volumes, Bill bill, int connections)
    {
        // Each VPN connection is an attachment of its own.
        bill.Hourly("vpn", $"AWS Transit Gateway attachment for {vpn.Name}", bill.Tier("aws.transit_gateway_attachment", "default"), connections);
        long bits = scenario.Traffic
            .Where(d => (d.From == vpn.Site && d.To == vpn.Cloud) || (d.From == vpn.Cloud && d.To == vpn.Site))
            .Sum(d => volumes.TryGetValue(d.Name, out var volume) ? volume.Rate.BitsPerSecond + volume.Reverse.BitsPerSecond : 0L);
        AddTransitGatewayProcessing(vpn.Name, bits, bill);
    }

    /// <summary>Every GB into the transit gateway, from the VPC or from the connection, pays processing.</summary>
    private static void AddTransitGatewayProcessing(string what, long bits, Bill bill)
    {
        if (bits == 0)
        {
            return;
        }
        var price = bill.Tier("aws.transit_gateway_data_processing", "default");
        decimal gigabytes = bits * bill.HoursPerMonth * SecondsPerHour / BitsPerGigabyte;
        bill.Add("data_transfer", $"AWS Transit Gateway processing for {what} at {new DataRate(bits)}", gigabytes, "GB", price.Value,
            Bill.Cents(gigabytes * price.Value), price.Citation);
    }

    /// <summary>
    /// A transit VIF reaches each VPC through its Direct Connect gateway and the transit gateway of the VPC's region:
    /// each such transit gateway pays an attachment for the Direct Connect gateway, each VPC one for itself, and every
    /// byte between the VPC and the far end of a demand that enters by a transit VIF is processed once by the transit
    /// gateway, in either direction (from the VPC into the gateway, and from Direct Connect into it).
    /// </summary>
    private static void AddTransitVifs(Scenario scenario, DesignOption option, IReadOnlyDictionary<string, BilledVolume> volumes, Bill bill)
    {
        var transit = option.Vxcs.Where(v => v.Cloud is { Vif: AwsVifType.Transit }).ToList();
        if (transit.Count == 0)
        {
            return;
        }
        var attachment = bill.Tier("aws.transit_gateway_attachment", "default");
        var cloudsReached = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var gateway in transit.GroupBy(v => v.Cloud!.DxGatewayName!, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var clouds = gateway.Select(v => scenario.FindCloud(v.EndA) ?? scenario.FindCloud(v.EndB)!).ToList();
            cloudsReached.UnionWith(clouds.Select(c => c.Name));
            foreach (string region in clouds.Select(c => c.Region).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                bill.Hourly("csp_port", $"AWS Transit Gateway attachment of Direct Connect gateway {gateway.Key} in {region}", attachment, 1);
            }
        }
        var transitNames = transit.Select(v => v.Name).ToHashSet(StringComparer.Ordinal);
        var graph = new OptionConnectivity(scenario.Sites, scenario.Clouds, option);
        foreach (string cloud in cloudsReached)
        {
            bill.Hourly("csp_port", $"AWS Transit Gateway attachment of VPC {cloud}", attachment, 1);
            long bits = 0;
            foreach (var demand in scenario.Traffic.Where(d => d.From == cloud || d.To == cloud))
            {
                string other = demand.From == cloud ? demand.To : demand.From;
                // The demand crosses the transit gateway when its path leaves the VPC by a transit VIF.
                if (volumes.TryGetValue(demand.Name, out var volume) && graph.ShortestPath(cloud, other) is { Count: > 0 } path && transitNames.Contains(path[0].Via))
                {
                    bits += volume.Rate.BitsPerSecond + volume.Reverse.BitsPerSecond;
                }
            }
            AddTransitGatewayProcessing(cloud, bits, bill);
        }
    }

    /// <summary>
    /// Every byte leaving a cloud is billed at the price of the path it leaves by; bytes into a cloud are free on all
    /// three. A demand bills each direction on its own: a site pulling responses from a cloud pays for the responses,
    /// a cloud pushing requests pays for those. Private paths are priced by the cloud's region and the connection's
    /// location; Internet egress by the provider's volume slices applied to the month's total out of that region.
    /// </summary>
    private static void AddDataTransfer(Scenario scenario, DesignOption option, IReadOnlyDictionary<string, BilledVolume> volumes, Bill bill)
    {
        var graph = new OptionConnectivity(scenario.Sites, scenario.Clouds, option);
        // A VPN beside VXCs between the same ends is their backup: while the private path is up, the bytes leave by it.
        var privatePaths = new OptionConnectivity(scenario.Sites, scenario.Clouds, option with { Vpns = [] });
        var internet = new List<Egress>();
        var vxcs = new Dictionary<string, VxcSettings>(StringComparer.Ordinal);
        foreach (var vxc in option.Vxcs)
        {
            vxcs.TryAdd(vxc.Name, vxc);
        }
        foreach (var demand in scenario.Traffic)
        {
            if (!volumes.TryGetValue(demand.Name, out var volume))
            {
                continue;
            }
            foreach (var (sender, receiver, rate) in new[] { (demand.From, demand.To, volume.Rate), (demand.To, demand.From, volume.Reverse) })
            {
                if (scenario.FindCloud(sender) is not { } cloud || rate.IsZero
                    || (privatePaths.ShortestPath(sender, receiver) ?? graph.ShortestPath(sender, receiver)) is not { Count: > 0 } path)
                {
                    continue;
                }
                var egress = new Egress(demand.Name, cloud, receiver, rate, volume.Basis, Gigabytes(rate, bill));
                if (path[0].Kind == HopKind.Vxc)
                {
                    AddPrivateEgress(scenario, vxcs.GetValueOrDefault(path[0].Via), egress, path[0].Via, bill);
                }
                else
                {
                    internet.Add(egress);
                }
            }
        }
        AddInternetEgress(scenario, internet, bill);
    }

    /// <summary>One direction of one demand leaving a cloud.</summary>
    private sealed record Egress(string Demand, CloudEndpoint Cloud, string Receiver, DataRate Rate, string Basis, decimal Gigabytes)
    {
        public string Direction => Cloud.Name + ">" + Receiver;
    }

    /// <summary>Priced by the cloud's region and the location where the VXC meets the cloud.</summary>
    private static void AddPrivateEgress(Scenario scenario, VxcSettings? settings, Egress egress, string vxc, Bill bill)
    {
        var cloud = egress.Cloud;
        string item = ProviderKey(cloud) + "." + cloud.Provider switch
        {
            CloudProvider.Aws => "dx_transfer_out",
            CloudProvider.Azure => "expressroute_egress",
            CloudProvider.Oracle => "fastconnect_egress",
            CloudProvider.Ibm => "direct_link_egress",
            _ => "interconnect_egress",
        };
        var location = scenario.FindPop(settings?.Cloud?.Location ?? cloud.OnRamp);
        var price = bill.Tier(item, $"{cloud.Region}@{location.Code}", $"{cloud.Region}@{location.Region}", cloud.Region, location.Region, "default");
        bill.Add("data_transfer", $"{egress.Demand}: {cloud.Name} to {egress.Receiver} via {vxc} at {egress.Rate}", egress.Gigabytes, "GB", price.Value,
            Bill.Cents(egress.Gigabytes * price.Value), price.Citation, $"{egress.Basis}: {egress.Rate} x {bill.HoursPerMonth} h", egress.Demand, egress.Direction);
    }

    /// <summary>
    /// Internet egress out of one cloud region is billed on the month's total, slice by slice; each demand's line
    /// carries its share at the total's average price per GB.
    /// </summary>
    private static void AddInternetEgress(Scenario scenario, List<Egress> internet, Bill bill)
    {
        foreach (var group in internet.GroupBy(e => e.Cloud.Name, StringComparer.Ordinal))
        {
            var cloud = group.First().Cloud;
            string item = ProviderKey(cloud) + ".internet_egress";
            string pricingRegion = scenario.FindPop(cloud.OnRamp).Region;
            // Slices of the region itself, else those of the first-slice price that applies to it: a region with a
            // price of its own never takes the default region's slices.
            var firstSlice = bill.Tier(item, cloud.Region, pricingRegion, "default");
            var tiers = bill.VolumeTiers(item + "_volume", cloud.Region, firstSlice.Tier) ?? Cost.VolumeTiers.Flat(firstSlice, firstSlice.Tier);
            decimal total = group.Sum(e => e.Gigabytes);
            decimal perGigabyte = total == 0 ? 0 : tiers.Charge(total) / total;
            string citation = string.Join("; ", tiers.Prices.Select(p => p.Citation).Distinct(StringComparer.Ordinal));
            string slices = $"{total.ToString("0.##", CultureInfo.InvariantCulture)} GB/month out of {cloud.Name} to the Internet in all, priced {tiers.Describe()} USD/GB";
            foreach (var egress in group)
            {
                bill.Add("data_transfer", $"{egress.Demand}: {cloud.Name} to {egress.Receiver} via Internet at {egress.Rate}", egress.Gigabytes, "GB",
                    decimal.Round(perGigabyte, 6), Bill.Cents(egress.Gigabytes * perGigabyte), citation,
                    $"{egress.Basis}: {egress.Rate} x {bill.HoursPerMonth} h; {slices}", egress.Demand, egress.Direction);
            }
        }
    }

    private static decimal Gigabytes(DataRate rate, Bill bill) => rate.BitsPerSecond * bill.HoursPerMonth * SecondsPerHour / BitsPerGigabyte;

    private static string ProviderKey(CloudEndpoint cloud) => ProductCatalog.ProviderKey(cloud.Provider);

    /// <summary>The PoP of a VXC's end; a cloud's is where the VXC's connection meets it.</summary>
    private static string PopOf(Scenario scenario, DesignOption option, Dictionary<string, string> fabricPops, VxcSettings vxc, string endpoint) =>
        fabricPops.GetValueOrDefault(endpoint)
        ?? (scenario.FindCloud(endpoint) is { } cloud ? vxc.Cloud?.Location ?? cloud.OnRamp : null)
        ?? throw new InvalidOperationException($"VXC endpoint '{endpoint}' is not in option '{option.Name}'.");

    /// <summary>
    /// The PoP of each Port, MCR and MVE by name (a Port's name taking precedence, then an MCR's), looked up once: a
    /// VXC's ends are found among a thousand Ports of a planner's fabric for every bill a headroom study prices.
    /// </summary>
    private static Dictionary<string, string> FabricPops(DesignOption option)
    {
        var pops = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, pop) in option.Ports.Select(p => (p.Name, p.Pop)).Concat(option.Mcrs.Select(m => (m.Name, m.Pop))).Concat(option.Mves.Select(m => (m.Name, m.Pop))))
        {
            pops.TryAdd(name, pop);
        }
        return pops;
    }

    /// <summary>Accumulates lines in decimal so cents are exact, converting to the record's doubles only at the end.</summary>
    private sealed class Bill(string option, PriceBook prices)
    {
        private readonly List<CostLine> _lines = [];

        public IReadOnlyList<CostLine> Lines => _lines;

        public int HoursPerMonth => prices.HoursPerMonth;

        public static decimal Cents(decimal amount) => decimal.Round(amount, 2, MidpointRounding.AwayFromZero);

        public PriceEntry Tier(string item, params ReadOnlySpan<string> tiers) =>
            prices.Find(item, tiers) ?? throw new InvalidOperationException($"No price for {item} ({string.Join("/", tiers.ToArray())}) in the price book.");

        public PriceEntry RateTier(string item, DataRate rate) =>
            prices.FindRateTier(item, rate) ?? throw new InvalidOperationException($"No {item} price tier at or above {rate} in the price book.");

        public decimal Monthly(string category, string description, PriceEntry price) =>
            Add(category, description, 1, "month", price.Value, Cents(price.Value), price.Citation);

        public decimal Hourly(string category, string description, PriceEntry price, int count)
        {
            decimal hours = (decimal)HoursPerMonth * count;
            return Add(category, description, hours, "hour", price.Value, Cents(hours * price.Value), price.Citation);
        }

        public VolumeTiers? VolumeTiers(string item, params string[] keys) => Cost.VolumeTiers.Find(prices, item, keys);

        public decimal Add(string category, string description, decimal quantity, string unit, decimal unitPrice, decimal monthly, string source, string basis = "",
            string demand = "", string direction = "")
        {
            _lines.Add(new CostLine(option, category, description, (double)quantity, unit, (double)unitPrice, (double)monthly, source)
            {
                Basis = basis,
                Demand = demand,
                Direction = direction,
            });
            return monthly;
        }
    }
}
