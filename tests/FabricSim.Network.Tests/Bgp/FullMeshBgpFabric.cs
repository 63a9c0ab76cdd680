using System.Security.Cryptography;
using System.Text;
using FabricSim.Engine.Time;
using FabricSim.Network.Addressing;
using FabricSim.Network.Bgp;
using FabricSim.Network.Building;
using FabricSim.Network.Built;
using FabricSim.Network.Topology;
using FabricSim.Network.Units;

namespace FabricSim.Network.Tests.Bgp;

/// <summary>
/// A full mesh of eBGP routers, each in its own AS and announcing a few prefixes, every pair joined by a link of its
/// own: the control plane's worst case (every router hears every prefix from every peer). Link delays differ per pair
/// so sessions come up at different instants and routers hunt through longer paths before settling. Shared by the
/// converged-table tests and the control-plane benchmark. Advertisement intervals hold advertisements back from
/// <c>advertisementsLimitedFrom</c> on (default 1 s, the warm-up of a scenario: the cold start runs unthrottled).
/// With <c>equalDelay</c> every link has that delay instead, so every router hears each origin first from the origin.
/// </summary>
internal static class FullMeshBgpFabric
{
    public static (Fabric Fabric, BgpNetwork Bgp) Build(int routers, int prefixesEach, Func<int, int, BgpSessionOptions>? options = null,
        SimTime? advertisementsLimitedFrom = null, SimTime? equalDelay = null)
    {
        var builder = new FabricBuilder(seed: 5);
        for (int i = 0; i < routers; i++)
        {
            builder.AddNode($"r{i}", NodeKind.CloudRouter);
        }
        for (int i = 0; i < routers; i++)
        {
            for (int j = i + 1; j < routers; j++)
            {
                // 1.0 to 1.8 ms: a metro's spread, and unequal so the order sessions establish in is not trivial.
                var delay = equalDelay ?? SimTime.FromMicroseconds(1000 + 200 * ((i * 7 + j * 13) % 5));
                builder.AddLink(LinkName(i, j), $"r{i}", $"r{j}", DataRate.FromGigabitsPerSecond(10), delay);
            }
        }
        var fabric = builder.Build();
        var bgp = new BgpNetwork(fabric) { AdvertisementsLimitedFrom = advertisementsLimitedFrom ?? SimTime.FromSeconds(1) };
        AddSpeakers(bgp, routers, prefixesEach);
        for (int i = 0; i < routers; i++)
        {
            for (int j = i + 1; j < routers; j++)
            {
                bgp.ConnectOverLink(LinkName(i, j), options?.Invoke(i, j) ?? new BgpSessionOptions(), options?.Invoke(j, i) ?? new BgpSessionOptions());
            }
        }
        bgp.Start();
        return (fabric, bgp);
    }

    /// <summary>Router r<i>i</i> in AS 64600 + <i>i</i>, announcing <paramref name="prefixesEach"/> /24s of 10/8 of its own.</summary>
    public static void AddSpeakers(BgpNetwork bgp, int routers, int prefixesEach)
    {
        for (int i = 0; i < routers; i++)
        {
            var speaker = bgp.AddSpeaker($"r{i}", 64600 + i);
            for (int p = 0; p < prefixesEach; p++)
            {
                speaker.Originate(new Ipv4Prefix(new Ipv4Address(0x0A00_0000u + ((uint)(i * prefixesEach + p) << 8)), 24));
            }
        }
    }

    /// <summary>
    /// SHA-256 over every router's best routes in prefix order: prefix, AS path, next hop, MED, local preference,
    /// source and the peer the route came from. Equal hashes mean equal converged tables.
    /// </summary>
    public static string TableHash(BgpNetwork bgp)
    {
        var text = new StringBuilder();
        foreach (var speaker in bgp.Speakers)
        {
            text.Append(speaker.Node.Name).Append('\n');
            foreach (var route in speaker.BestRoutes())
            {
                var a = route.Attributes;
                text.Append(route.Prefix).Append(' ').Append(a.AsPathText).Append(' ').Append(a.NextHop)
                    .Append(' ').Append(a.Med?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-")
                    .Append(' ').Append(a.LocalPreference).Append(' ').Append(a.Source)
                    .Append(' ').Append(route.Session?.Peer.Speaker.Node.Name ?? "local").Append('\n');
            }
        }
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static string LinkName(int i, int j) => $"r{i}-r{j}";
}
