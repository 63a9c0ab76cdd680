using FabricSim.Scenarios.Yaml;
using FabricSim.Engine.Time;
using FabricSim.Network.Units;
using FabricSim.Scenarios.Model;

namespace FabricSim.Scenarios.Loading;

/// <summary>Maps an option's MVEs: PoP, site, transports (a VXC of the MVE, or Internet access) and application policies.</summary>
internal sealed class MveMapper : IElementMapper
{
    /// <summary>Takes the MVEs' names before the VXCs are read, since a VXC may end at an MVE declared after it.</summary>
    public sealed class Names : IElementMapper
    {
        public void Read(OptionElements option)
        {
            option.MveReaders = option.Reader.Objects("mves", ScenarioShapes.Mve, "mve");
            foreach (var mve in option.MveReaders)
            {
                if (mve.String("name") is { } name)
                {
                    option.Elements.Add(name);
                }
            }
        }
    }

    /// <summary>
    /// The tunnel an MVE's Internet transport ends at a cloud's VPN gateway, as an option VPN from the MVE: the cloud's
    /// gateway and its sourced limits, the transport's access and Internet path. Null (with the error said) when invalid.
    /// </summary>
    private static string? ReadTunnel(OptionElements option, ObjectReader vpn, string mve, string pop, string transport, DataRate access,
        InternetPathSettings? internet)
    {
        var context = option.Context;
        string? cloudName = vpn.String("cloud");
        int tunnels = (int)(vpn.Integer("tunnels", 1, 8) ?? 2);
        var dpd = vpn.Duration("dpd_timeout", allowZero: false) ?? SimTime.FromSeconds(30);
        if (cloudName is null)
        {
            return null;
        }
        if (VpnGatewayMapper.Cloud(vpn, "cloud", context, cloudName, _ => $"reach '{cloudName}' through a VXC from the MVE") is not { } cloud
            || VpnGatewayMapper.Read(vpn, cloud) is not { } gateway || VpnGatewayMapper.Unpriced(vpn, "gateway_sku", gateway, context.Catalog.Prices))
        {
            return null;
        }
        string name = Vpn.MveTunnelName(mve, transport);
        option.Elements.Add(name);
        option.Vpns.Add(new Vpn(name, mve, cloudName, VpnMapper.Cipher(null), NatTraversal: false, tunnels, access,
            cloud.Provider == CloudProvider.Azure ? gateway.Sku : null, dpd, Bgp: null, internet ?? InternetPathSettings.Default)
        {
            Gateway = gateway,
            MvePop = pop,
        });
        return name;
    }

    public void Read(OptionElements option)
    {
        var (readers, context, vxcs, mves) = (option.MveReaders, option.Context, option.Vxcs, option.Mves);
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
            var transports = new List<MveTransportSettings>();
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
                string? tunnel = null;
                if (t.Object("vpn", ScenarioShapes.MveVpn, $"vpn of {t.Label}") is { } vpn)
                {
                    if (access is null)
                    {
                        t.Error("vpn", $"{t.Label} is a VXC: a VPN to a cloud runs over an Internet transport", "move 'vpn:' to a transport with internet_access");
                        continue;
                    }
                    if (ReadTunnel(option, vpn, name, pop, transportName, access.Value, internet) is not { } read)
                    {
                        continue;
                    }
                    tunnel = read;
                }
                transports.Add(new MveTransportSettings(transportName, vxc, access, access is null ? null : internet) { Vpn = tunnel });
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
    }
}
