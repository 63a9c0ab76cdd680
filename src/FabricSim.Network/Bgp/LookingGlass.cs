using System.Globalization;
using System.Text;
using FabricSim.Engine.Time;

namespace FabricSim.Network.Bgp;

/// <summary>
/// A snapshot of the routed layer in the manner of a provider's looking glass: per router, its sessions with
/// state and time in state, and its table with the best path marked "*>". Views are plain records; the text is
/// one rendering of them.
/// </summary>
internal static class LookingGlass
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
                speaker.AcceptedFrom(s),
                s.PrefixesAdvertised,
                s.Bfd is not null,
                s.LastDownReason)).ToList();
            var routes = new List<RouteView>();
            foreach (var prefix in speaker.Prefixes)
            {
                var best = speaker.BestRoute(prefix);
                foreach (var route in speaker.CandidatesFor(prefix).OrderBy(r => r == best ? 0 : 1).ThenBy(r => r.Session?.Ordinal ?? -1))
                {
                    routes.Add(new RouteView(
                        prefix.ToString(),
                        route == best,
                        route.IsLocal ? "0.0.0.0" : route.Attributes.NextHop.ToString(),
                        route.Session?.Peer.Speaker.Node.Name ?? (route.StaticVia is { } via ? "static via " + via.Name : "local"),
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
            // Columns as wide as their longest entry: generated names (site-03--mcr-syd) are longer than a router's own.
            int peer = Width("Neighbor", router.Sessions.Select(s => s.Peer), 16);
            int via = Width("Via", router.Sessions.Select(s => s.Via), 18);
            int nextHop = Width("Next hop", router.Routes.Select(r => r.NextHop), 16);
            int from = Width("From", router.Routes.Select(r => r.From), 16);
            text.AppendLine(invariant, $"  {Pad("Neighbor", peer)}{"AS",-11}{Pad("Via", via)}{"State",-13}{"Up/Down",-12}{"PfxRcd",7}{"PfxAcc",7}{"PfxAdv",7}  BFD");
            foreach (var s in router.Sessions)
            {
                string lastDown = s.LastDownReason is null ? "" : $"  (last down: {s.LastDownReason})";
                text.AppendLine(invariant,
                    $"  {Pad(s.Peer, peer)}{s.PeerAsn,-11}{Pad(s.Via, via)}{s.State,-13}{Duration(s.Since),-12}{s.PrefixesReceived,7}{s.PrefixesAccepted,7}{s.PrefixesAdvertised,7}  {(s.Bfd ? "yes" : "no")}{lastDown}");
            }
            text.AppendLine(invariant, $"     {"Network",-20}{Pad("Next hop", nextHop)}{Pad("From", from)}{"MED",6}{"LocPrf",8}  Path");
            foreach (var r in router.Routes)
            {
                string med = r.Med?.ToString(invariant) ?? "";
                text.AppendLine(invariant, $"  {(r.IsBest ? "*>" : "* "),-3}{r.Prefix,-20}{Pad(r.NextHop, nextHop)}{Pad(r.From, from)}{med,6}{r.LocalPreference,8}  {r.AsPath}");
            }
            text.AppendLine();
        }
        return text.ToString();
    }

    public static string Dump(BgpNetwork network) => Render(Capture(network));

    /// <summary>The narrowest column that holds the heading and every value with two spaces to spare, and at least <paramref name="minimum"/>.</summary>
    private static int Width(string heading, IEnumerable<string> values, int minimum) =>
        Math.Max(minimum, values.Append(heading).Max(value => value.Length) + 2);

    private static string Pad(string value, int width) => value.PadRight(width);

    /// <summary>hh:mm:ss, as routers print session ages.</summary>
    private static string Duration(SimTime span)
    {
        long seconds = span.Nanoseconds / SimTime.NanosPerSecond;
        return string.Create(CultureInfo.InvariantCulture, $"{seconds / 3600:00}:{seconds / 60 % 60:00}:{seconds % 60:00}");
    }
}
