using FabricSim.Network.Addressing;
using BfdSettings = FabricSim.Network.Bfd.BfdSettings;
using FabricSim.Network.Bgp;
using FabricSim.Network.Building;
using FabricSim.Scenarios.Model;
using NetworkPeerType = FabricSim.Network.Bgp.PeerType;
using NetworkPrefixList = FabricSim.Network.Bgp.PrefixList;
using ScenarioBgpSession = FabricSim.Scenarios.Model.BgpSession;

namespace FabricSim.Scenarios.Running;

/// <summary>
/// The routed layer of an SDCI option: BGP on every site router with a port, every cloud router (MCR) and every
/// CSP edge the option reaches, one session per VXC with the scenario's filters, timers and BFD, and each site's and
/// cloud's prefixes announced by the router in front of it (a site served by an MVE, by that MVE). Traffic then
/// follows BGP's best paths through the MCRs.
/// </summary>
internal static class BgpAttachment
{
    public static BgpNetwork? Attach(Fabric fabric, Scenario scenario, DesignOption option, OptionAssembler assembler)
    {
        if (option.Vxcs.Count == 0)
        {
            return null;
        }
        var bgp = new BgpNetwork(fabric);
        var mcrs = option.Mcrs.ToDictionary(m => m.Name);
        // The provider-hosted routers whose side a VXC's session is written from: peer_asn names the other end.
        var hosted = option.Mcrs.Select(m => m.Name).Concat(option.Mves.Select(m => m.Name)).ToHashSet(StringComparer.Ordinal);
        var speakers = new HashSet<string>(StringComparer.Ordinal);
        int privateAsn = 65000;
        foreach (var mcr in option.Mcrs)
        {
            bgp.AddSpeaker(mcr.Name, mcr.Asn);
            speakers.Add(mcr.Name);
        }
        foreach (var vxc in option.Vxcs)
        {
            foreach (string end in new[] { vxc.EndA, vxc.EndB })
            {
                string node = assembler.EndpointNode(end);
                if (!speakers.Add(node))
                {
                    continue;
                }
                long? named = vxc.Bgp?.PeerAsn is { } peer && !hosted.Contains(end) ? peer : null;
                long asn = scenario.FindCloud(end) is { } cloud ? named ?? scenario.Catalog.Products.DefaultAsn(cloud.Provider) : named ?? privateAsn++;
                bgp.AddSpeaker(node, asn);
            }
        }
        foreach (var site in scenario.Sites.Where(s => speakers.Contains(s.Name)))
        {
            foreach (var prefix in site.Prefixes)
            {
                bgp.Originate(site.Name, prefix.ToString());
            }
        }
        foreach (var mve in option.Mves.Where(m => speakers.Contains(m.Name) && !speakers.Contains(m.Site)))
        {
            foreach (var prefix in scenario.FindSite(mve.Site)!.Prefixes)
            {
                // The site's networks live behind the MVE serving it, which announces them over its VXCs.
                var network = Ipv4Prefix.Parse(prefix.ToString());
                bgp.Addresses.Assign(fabric.Node(mve.Site).Id, network);
                bgp.Speaker(mve.Name).Originate(network);
            }
        }
        foreach (var cloud in scenario.Clouds)
        {
            string edge = OptionAssembler.CspEdgeName(cloud);
            if (!speakers.Contains(edge))
            {
                continue;
            }
            foreach (var prefix in cloud.Prefixes)
            {
                // The region's network lives behind its edge router, which announces it.
                var network = Ipv4Prefix.Parse(prefix.ToString());
                bgp.Addresses.Assign(fabric.Node(cloud.Name).Id, network);
                bgp.Speaker(edge).Originate(network);
            }
        }
        foreach (var vxc in option.Vxcs)
        {
            bool hostedAtA = hosted.Contains(vxc.EndA);
            bool hostedAtB = hosted.Contains(vxc.EndB);
            BfdSettings? bfd = Bfd(vxc, mcrs);
            var configured = Options(vxc.Bgp, option, bfd);
            var plain = Plain(vxc.Bgp, bfd);
            // The scenario states a VXC's session from the hosted router's side (MCR or MVE); the far end takes the same timers.
            var (forA, forB) = hostedAtA || !hostedAtB ? (configured, plain) : (plain, configured);
            bgp.ConnectOverVxc(vxc.Name, forA, forB);
        }
        bgp.Start();
        return bgp;
    }

    private static BfdSettings? Bfd(Vxc vxc, Dictionary<string, Mcr> mcrs)
    {
        var mcrBfd = new[] { vxc.EndA, vxc.EndB }.Select(e => mcrs.GetValueOrDefault(e)?.Bfd).FirstOrDefault(b => b is not null);
        var chosen = vxc.Bgp?.Bfd ?? mcrBfd;
        return chosen is null ? null : new BfdSettings(chosen.Interval, chosen.Multiplier);
    }

    private static BgpSessionOptions Options(ScenarioBgpSession? session, DesignOption option, BfdSettings? bfd)
    {
        if (session is null)
        {
            return new BgpSessionOptions { Bfd = bfd };
        }
        return new BgpSessionOptions
        {
            PeerType = session.PeerType switch
            {
                Model.PeerType.PrivateCloud => NetworkPeerType.PrivateCloud,
                Model.PeerType.PublicCloud => NetworkPeerType.PublicCloud,
                _ => NetworkPeerType.NonCloud,
            },
            Import = PrefixList(option, session.ImportList),
            Export = PrefixList(option, session.ExportList),
            AsPathPrepend = session.AsPathPrepend,
            MedOut = session.Med,
            LocalPreference = session.LocalPreference,
            Timers = new BgpTimers(session.Keepalive, session.Hold),
            Bfd = bfd,
        };
    }

    private static BgpSessionOptions Plain(ScenarioBgpSession? session, BfdSettings? bfd) =>
        session is null
            ? new BgpSessionOptions { Bfd = bfd }
            : new BgpSessionOptions { Timers = new BgpTimers(session.Keepalive, session.Hold), Bfd = bfd };

    private static NetworkPrefixList? PrefixList(DesignOption option, string? name)
    {
        if (name is null)
        {
            return null;
        }
        var list = option.PrefixLists.First(p => p.Name == name);
        return new NetworkPrefixList(name, list.Rules.Select(rule => PrefixListEntry.WithLengths(
            rule.Action == FilterAction.Permit ? PrefixListAction.Permit : PrefixListAction.Deny,
            Ipv4Prefix.Parse(rule.Prefix.ToString()), rule.MinLength, rule.MaxLength)));
    }
}
