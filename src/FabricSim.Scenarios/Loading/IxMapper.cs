using System.Globalization;
using FabricSim.Scenarios.Model;
using FabricSim.Scenarios.Yaml;

namespace FabricSim.Scenarios.Loading;

/// <summary>
/// Maps an option's IX connections: the Port they ride, an exchange the catalog lists at the Port's metro (a remote
/// exchange is refused), rate, ASN, VLAN, MTU and the peers, which are networks in the exchange's metro.
/// </summary>
internal sealed class IxMapper : IElementMapper
{
    /// <summary>Megaport names an exchange after its metro: "Sydney IX" is the exchange in Sydney.</summary>
    private const string NameSuffix = " IX";

    public void Read(OptionElements option)
    {
        var (context, elements) = (option.Context, option.Elements);
        var products = context.Catalog.Products;
        foreach (var x in option.Reader.Objects("ix_connections", ScenarioShapes.Ix, "ix_connection"))
        {
            string? name = x.String("name");
            string? portName = x.String("port");
            string? exchange = x.String("exchange");
            var rate = x.Rate("rate");
            long? asn = x.Integer("asn", 1, 4_294_967_295);
            long? vlan = x.Integer("vlan");
            var peers = x.Strings("peers");
            var mtu = products.Get("megaport.ix.mtu");
            int mtuBytes = products.Bytes("megaport.ix.mtu")[0];
            if (x.Size("mtu") is { } asked && asked != mtuBytes)
            {
                x.Error("mtu", $"an Internet exchange carries IP packets of at most {mtuBytes}B, not {asked}B: no jumbo frames ({mtu.Citation})",
                    $"remove 'mtu' or write 'mtu: {mtuBytes}B'");
            }
            bool valid = (asn is not { } a || ReservedAsnCheck.CheckProtocol(x, "asn", a, x.Label)) & CheckVlan(x, vlan, products);
            if (name is null || !ScenarioMapper.Unique(x, name, !elements.Add(name)) || portName is null || exchange is null || rate is null)
            {
                continue;
            }
            if (option.Ports.FirstOrDefault(p => p.Name == portName) is not { } port)
            {
                x.Error("port", $"'{portName}' in {x.Label} is not a Port of option '{option.Name}'; {NameSuggestions.Hint(portName, option.Ports.Select(p => p.Name).ToList(), "Ports")}",
                    "name a Port of this option: Megaport connects an IX to a Port");
                continue;
            }
            string metro = context.Pops[port.Pop].City;
            valid &= CheckExchange(x, exchange, metro, port, products);
            if (rate.Value > port.Capacity)
            {
                x.Error("rate", $"rate {rate.Value} of {x.Label} exceeds the {port.Capacity} of port '{port.Name}'", $"use a rate of at most {port.Capacity}");
                valid = false;
            }
            long maxPrefixes = products.Value("megaport.ix.member_prefixes");
            if (context.Sites.TryGetValue(port.Site, out var site) && site.Prefixes.Count > maxPrefixes)
            {
                x.Error("port", $"site '{site.Name}' announces {site.Prefixes.Count} prefixes at the exchange, above the {maxPrefixes} Megaport accepts from a member before it ends the session ({products.Get("megaport.ix.member_prefixes").Citation})",
                    "aggregate the site's prefixes");
                valid = false;
            }
            if (!ExternalDestinationCheck.Check(x, "peers", peers, option, "at the exchange") || !valid)
            {
                continue;
            }
            foreach (string peer in peers)
            {
                var at = context.Pops[context.Sites[peer].Pop];
                if (at.City != metro)
                {
                    x.Error("peers", $"peer '{peer}' of {x.Label} is in {at.City} ({at.Code}), not at {exchange} in {metro}: a network peers at an exchange where it has a port",
                        $"give '{peer}' a location or PoP in {metro}, or reach it over an Internet VXC");
                    valid = false;
                }
            }
            if (valid)
            {
                option.IxConnections.Add(new IxConnection(name, port.Name, exchange, rate.Value, asn ?? 0, peers) { Vlan = (int?)vlan, MtuBytes = mtuBytes });
            }
        }
    }

    /// <summary>The exchange must be one the catalog lists, in the Port's metro: a remote IX is priced at VXC rates and not modelled.</summary>
    private static bool CheckExchange(ObjectReader x, string exchange, string metro, Port port, Catalogs.ProductCatalog products)
    {
        var listed = products.Get("megaport.ix.exchanges");
        var here = listed.Values.Where(e => MetroOf(e) == metro).ToList();
        if (!listed.Values.Contains(exchange))
        {
            x.Error("exchange", $"exchange '{exchange}' of {x.Label} is not one the catalog lists ({listed.Citation}); at {metro}: {(here.Count == 0 ? "none" : string.Join(", ", here))}",
                here.Count > 0 ? $"use 'exchange: {here[0]}'" : $"use a Port in the metro of one of {string.Join(", ", listed.Values)}, or add the exchange to products.yaml with its source");
            return false;
        }
        if (MetroOf(exchange) != metro)
        {
            x.Error("exchange", $"{exchange} is in {MetroOf(exchange)}, but port '{port.Name}' is at {port.Pop} in {metro}: a remote IX (Port and exchange in different metros) is charged at VXC rates and is not modelled; exchanges at {metro}: {(here.Count == 0 ? "none in the catalog" : string.Join(", ", here))}",
                here.Count > 0 ? $"use 'exchange: {here[0]}'" : $"ride a Port in {MetroOf(exchange)}");
            return false;
        }
        return true;
    }

    private static string MetroOf(string exchange) => exchange.EndsWith(NameSuffix, StringComparison.Ordinal) ? exchange[..^NameSuffix.Length] : exchange;

    private static bool CheckVlan(ObjectReader x, long? vlan, Catalogs.ProductCatalog products)
    {
        if (vlan is not { } v)
        {
            return true;
        }
        var range = products.Get("megaport.vxc.vlans");
        var bounds = range.Values[0].Split('-').Select(b => long.Parse(b, CultureInfo.InvariantCulture)).ToArray();
        if (v >= bounds[0] && v <= bounds[1])
        {
            return true;
        }
        x.Error("vlan", $"VLAN {v} of {x.Label} is outside {range.Values[0]}, the VLANs Megaport orders ({range.Citation})", $"use a VLAN in {range.Values[0]}, or leave 'vlan' out for Megaport to allocate one");
        return false;
    }
}
