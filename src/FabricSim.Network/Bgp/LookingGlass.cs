using System.Globalization;
using System.Text;
using FabricSim.Engine.Time;

namespace FabricSim.Network.Bgp;

/// <summary>
/// A snapshot of the routed layer in the manner of a provider's looking glass: per router, its sessions with
/// state and time in state, and its table with the best path marked "*>". Views are plain records; the text is
/// one rendering of them.
/// </summary>
public static class LookingGlass
{
    public static IReadOnlyList<RouterView> Capture(BgpNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        var views = new List<RouterView>();
        foreach (var speaker in network.Speakers)
        {
            SimTime now = speaker.Node.Context.Simulator.Now;
            var sessions = speaker.Sessions.Select(s => new SessionView(
                s.Peer.Speaker.Node.Name,
                s.Peer.Speaker.Asn,
                s.Adjacency.Name,
                s.State,
                now - s.StateSince,
                s.PrefixesReceived,
                speaker.Prefixes.Count(p => speaker.CandidatesFor(p).Any(r => ReferenceEquals(r.Session, s))),
                s.PrefixesAdvertised,
                s.Bfd is not null,
                s.LastDownReason)).ToList();
            var routes = new List<RouteView>();
            foreach (var prefix in speaker.Prefixes)
            {
                var best = speaker.BestRoute(prefix);
                foreach (var route in speaker.CandidatesFor(prefix).OrderBy(r => ReferenceEquals(r, best) ? 0 : 1).ThenBy(r => r.Session?.Ordinal ?? -1))
                {
                    routes.Add(new RouteView(
                        prefix.ToString(),
                        ReferenceEquals(route, best),
                        route.IsLocal ? "0.0.0.0" : route.Attributes.NextHop.ToString(),
                        route.Session?.Peer.Speaker.Node.Name ?? "local",
                        route.Attributes.Med,
                        route.Attributes.LocalPreference,
                        route.Attributes.AsPathText,
                        route.Attributes.Source));
                }
            }
            views.Add(new RouterView(speaker.Node.Name, speaker.Asn, speaker.RouterId.ToString(), sessions, routes));
        }
        return views;
    }

    public static string Render(IReadOnlyList<RouterView> routers)
    {
        ArgumentNullException.ThrowIfNull(routers);
        var text = new StringBuilder();
        var invariant = CultureInfo.InvariantCulture;
        foreach (var router in routers)
        {
            text.AppendLine(invariant, $"{router.Node} (AS {router.Asn}, router id {router.RouterId})");
            text.AppendLine(invariant, $"  {"Neighbor",-16}{"AS",-11}{"Via",-18}{"State",-13}{"Up/Down",-12}{"PfxRcd",7}{"PfxAcc",7}{"PfxAdv",7}  BFD");
            foreach (var s in router.Sessions)
            {
                string lastDown = s.LastDownReason is null ? "" : $"  (last down: {s.LastDownReason})";
                text.AppendLine(invariant,
                    $"  {s.Peer,-16}{s.PeerAsn,-11}{s.Via,-18}{s.State,-13}{Duration(s.Since),-12}{s.PrefixesReceived,7}{s.PrefixesAccepted,7}{s.PrefixesAdvertised,7}  {(s.Bfd ? "yes" : "no")}{lastDown}");
            }
            text.AppendLine(invariant, $"     {"Network",-20}{"Next hop",-16}{"From",-16}{"MED",6}{"LocPrf",8}  Path");
            foreach (var r in router.Routes)
            {
                string med = r.Med?.ToString(invariant) ?? "";
                text.AppendLine(invariant, $"  {(r.IsBest ? "*>" : "* "),-3}{r.Prefix,-20}{r.NextHop,-16}{r.From,-16}{med,6}{r.LocalPreference,8}  {r.AsPath}");
            }
            text.AppendLine();
        }
        return text.ToString();
    }

    public static string Dump(BgpNetwork network) => Render(Capture(network));

    /// <summary>hh:mm:ss, as routers print session ages.</summary>
    private static string Duration(SimTime span)
    {
        long seconds = span.Nanoseconds / SimTime.NanosPerSecond;
        return string.Create(CultureInfo.InvariantCulture, $"{seconds / 3600:00}:{seconds / 60 % 60:00}:{seconds % 60:00}");
    }
}
