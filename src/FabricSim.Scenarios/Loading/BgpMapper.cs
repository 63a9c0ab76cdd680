using FabricSim.Engine.Time;
using FabricSim.Scenarios.Model;
using FabricSim.Scenarios.Yaml;

namespace FabricSim.Scenarios.Loading;

/// <summary>Maps a bgp block; the peer type defaults to what the session's far end is, set by the network builder.</summary>
internal static class BgpMapper
{
    public static BgpSessionSettings? Read(ObjectReader? b, IReadOnlyList<PrefixListSettings> prefixLists, SimTime defaultKeepalive)
    {
        if (b is null)
        {
            return null;
        }
        var peerType = b.Choice("peer_type") switch
        {
            "private_cloud" => Network.Bgp.PeerType.PrivateCloud,
            "public_cloud" => Network.Bgp.PeerType.PublicCloud,
            _ => Network.Bgp.PeerType.NonCloud,
        };
        string? import = CheckList(b, "import", prefixLists);
        string? export = CheckList(b, "export", prefixLists);
        var keepalive = b.Duration("keepalive", allowZero: false, InputLimits.MinKeepalive) ?? defaultKeepalive;
        var hold = b.Duration("hold", allowZero: false) ?? keepalive * 3;
        SessionTimerCheck.CheckBgp(b, keepalive, hold);
        var peerAsn = b.Integer("peer_asn", 0, 4_294_967_295);
        if (peerAsn is { } asn && !ReservedAsnCheck.CheckProtocol(b, "peer_asn", asn, $"the peer of {b.Label}"))
        {
            peerAsn = null;
        }
        Network.Bfd.BfdSettings? bfd = b.Boolean("bfd") == true ? Network.Bfd.BfdSettings.Default : null;
        return new BgpSessionSettings(peerAsn, peerType, import, export,
            (int)(b.Integer("as_path_prepend", 0, 10) ?? 0), b.Integer("med", 0, 4_294_967_295),
            b.Integer("local_preference", 0, 4_294_967_295) ?? 100, keepalive, hold, bfd)
        {
            BfdOff = b.Boolean("bfd") == false,
            AdvertisementInterval = SessionTimerCheck.ReadAdvertisementInterval(b),
        };
    }

    private static string? CheckList(ObjectReader b, string key, IReadOnlyList<PrefixListSettings> prefixLists)
    {
        if (b.String(key) is not { } name)
        {
            return null;
        }
        if (prefixLists.Any(l => l.Name == name))
        {
            return name;
        }
        b.Error(key, $"unknown prefix list '{name}' in {b.Label}; {NameSuggestions.Hint(name, prefixLists.Select(l => l.Name).ToList(), "prefix lists")}", "declare it under prefix_lists: in this option");
        return null;
    }
}
