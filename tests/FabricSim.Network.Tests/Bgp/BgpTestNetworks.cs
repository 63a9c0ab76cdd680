using FabricSim.Network.Built;
using FabricSim.Engine.Time;
using FabricSim.Network.Addressing;
using FabricSim.Network.Bgp;
using FabricSim.Network.Building;
using FabricSim.Network.Topology;
using FabricSim.Network.Units;

namespace FabricSim.Network.Tests.Bgp;

/// <summary>Small routed topologies shared by the BGP tests.</summary>
internal static class BgpTestNetworks
{
    public const string SharedPrefix = "10.50.0.0/16";

    public static readonly DataRate LinkRate = DataRate.FromGigabitsPerSecond(1);

    /// <summary>One peer of router "r": its name, AS, router id and the session configuration at each end.</summary>
    public sealed record Peer(string Name, long Asn, string RouterId, BgpSessionOptions AtRouter, BgpSessionOptions AtPeer);

    /// <summary>Router "r" (AS 65000, id 10.0.0.100) linked to every peer; each peer announces <see cref="SharedPrefix"/>.</summary>
    public static (Fabric Fabric, BgpNetwork Bgp) Star(params Peer[] peers)
    {
        var builder = new FabricBuilder(seed: 1);
        builder.AddNode("r", NodeKind.CloudRouter);
        foreach (var peer in peers)
        {
            builder.AddNode(peer.Name, NodeKind.CspEdge);
            builder.AddLink("r-" + peer.Name, "r", peer.Name, LinkRate, SimTime.FromMilliseconds(1));
        }
        var fabric = builder.Build();
        var bgp = new BgpNetwork(fabric);
        bgp.AddSpeaker("r", 65000, "10.0.0.100");
        foreach (var peer in peers)
        {
            bgp.AddSpeaker(peer.Name, peer.Asn, peer.RouterId);
            bgp.Speaker(peer.Name).Originate(Ipv4Prefix.Parse(SharedPrefix));
            bgp.ConnectOverLink("r-" + peer.Name, peer.AtRouter, peer.AtPeer);
        }
        bgp.Start();
        return (fabric, bgp);
    }

    public static IReadOnlyList<string> LearnedPrefixes(BgpSpeaker speaker) =>
        speaker.BestRoutes().Where(r => !r.IsLocal).Select(r => r.Prefix.ToString()).ToList();

    public static string? BestVia(BgpSpeaker speaker, string prefix) =>
        speaker.BestRoute(Ipv4Prefix.Parse(prefix))?.Session?.Peer.Speaker.Node.Name;
}
