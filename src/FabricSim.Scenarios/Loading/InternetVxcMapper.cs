using FabricSim.Scenarios.Model;
using FabricSim.Scenarios.Yaml;

namespace FabricSim.Scenarios.Loading;

/// <summary>
/// Maps an option's Megaport Internet VXCs: the MCR or Port they start from (in a country where Megaport sells them
/// for Ports and MCRs, at most the per-Port and per-MCR count), rate, MTU, the sites reached and the Internet path.
/// </summary>
internal sealed class InternetVxcMapper : IElementMapper
{
    public void Read(OptionElements option)
    {
        var (context, elements) = (option.Context, option.Elements);
        var products = context.Catalog.Products;
        var perEnd = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var v in option.Reader.Objects("internet_vxcs", ScenarioShapes.InternetVxc, "internet_vxc"))
        {
            string? name = v.String("name");
            string? end = v.String("a");
            var rate = v.Rate("rate");
            var reaches = v.Strings("reaches");
            var internet = InternetMapper.Read(v.Object("internet", ScenarioShapes.Internet, $"internet of {v.Label}")) ?? InternetPathSettings.Default;
            string? zone = v.Choice("diversity_zone");
            var mtu = products.Get("megaport.internet.mtu");
            int mtuBytes = products.Bytes("megaport.internet.mtu")[0];
            if (v.Size("mtu") is { } asked && asked != mtuBytes)
            {
                v.Error("mtu", $"a Megaport Internet VXC carries IP packets of at most {mtuBytes}B, not {asked}B ({mtu.Citation})",
                    $"remove 'mtu' or write 'mtu: {mtuBytes}B'; jumbo frames stay on private VXCs");
            }
            if (name is null || !ScenarioMapper.Unique(v, name, !elements.Add(name)) || end is null || rate is null)
            {
                continue;
            }
            var mcr = option.Mcrs.FirstOrDefault(m => m.Name == end);
            var port = option.Ports.FirstOrDefault(p => p.Name == end);
            if (mcr is null && port is null)
            {
                var ends = option.Mcrs.Select(m => m.Name).Concat(option.Ports.Select(p => p.Name)).ToList();
                v.Error("a", $"'{end}' in {v.Label} is not an MCR or Port of option '{option.Name}'; {NameSuggestions.Hint(end, ends, "MCRs and Ports")}",
                    "name an MCR or Port of this option (an MVE reaches the Internet through an mve_transport with internet_access)");
                continue;
            }
            string pop = mcr?.Pop ?? port!.Pop;
            var capacity = mcr?.Rate ?? port!.Capacity;
            var countries = products.Get("megaport.internet.countries");
            string country = context.Pops[pop].Country;
            bool valid = true;
            if (!countries.Values.Contains(country))
            {
                v.Error("a", $"Megaport Internet for Ports and MCRs is ordered only in {string.Join(", ", countries.Values)}, and '{end}' is at {pop} ({country}) ({countries.Citation})",
                    "start the Internet VXC from an MCR or Port in one of those countries, or reach the Internet through an MVE's Internet transport or a VPN");
                valid = false;
            }
            if (rate.Value > capacity)
            {
                v.Error("rate", $"rate {rate.Value} of {v.Label} exceeds the {capacity} of '{end}' it starts from",
                    $"use a rate of at most {capacity}");
                valid = false;
            }
            string limitItem = mcr is not null ? "megaport.internet.per_mcr" : "megaport.internet.per_port";
            int count = perEnd[end] = perEnd.GetValueOrDefault(end) + 1;
            if (count == products.Value(limitItem) + 1)
            {
                v.Error("a", $"'{end}' has more than {products.Value(limitItem)} Megaport Internet VXCs, the most Megaport allows on {(mcr is not null ? "an MCR" : "a Port")} ({products.Get(limitItem).Citation})",
                    "spread the Internet VXCs over more MCRs or Ports");
                valid = false;
            }
            if (!ExternalDestinationCheck.Check(v, "reaches", reaches, option, "over the Internet") || !valid)
            {
                continue;
            }
            option.InternetVxcs.Add(new InternetVxc(name, end, rate.Value, reaches, internet) { DiversityZone = zone, MtuBytes = mtuBytes });
        }
    }
}
