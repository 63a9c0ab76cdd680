using FabricSim.Network.Built;
using System.Globalization;
using System.Text;
using FabricSim.Engine.Time;
using FabricSim.Network.Bgp;
using FabricSim.Network.Geography;
using FabricSim.Network.Internet;
using FabricSim.Network.Ipsec;
using FabricSim.Network.Mve;
using FabricSim.Network.Packets;
using FabricSim.Network.Queues;
using FabricSim.Network.Topology;

namespace FabricSim.Network.Building;

/// <summary>
/// Puts an SD-WAN edge on each MVE of an option, once the fabric and its BGP layer are built.
/// </summary>
/// <remarks>
/// The model: the MVE is a node at its PoP (added by <see cref="FabricAssembler"/>) and its site's only attachment
/// is a metro access circuit to it, so everything the site sends reaches the MVE first. There, packets from the
/// site that no transport has taken yet go to the edge, which hands each to the transport chosen for its traffic
/// class; every other packet (traffic towards the site, packets a VXC transport has stamped) is routed on as before.
/// A VXC transport enters the VXC at the MVE and then follows BGP over that VXC; it is measured by data-path probes
/// (<see cref="DataPathProbe"/>) that enter where its data does, so the VXC's policer, every queue and the routed
/// hops beyond count, and go to the probe target (the destination of the site's steered traffic)
/// and back. An Internet transport is the
/// MVE's Internet access (a rate-limited queue) followed by one Internet path per destination, at whose end the
/// packet is handed to its destination node: the public Internet is one hop. Its probe reflects the path's
/// configured latency, jitter and loss towards the same probe target, so both kinds are compared over the same
/// distance. Traffic towards the site is not steered by the edge: it follows BGP (the MVE
/// announces the site's prefixes over its VXCs) or else the fabric's shortest path, both of which end at the MVE.
/// Traffic classes without an application policy stay on the first transport.
/// </remarks>
internal sealed class MveAssembly
{
    /// <summary>SD-WAN SLA probes commonly run every few to tens of milliseconds; 100 per interval resolve a 1% loss threshold.</summary>
    private static readonly SimTime ProbeSpacing = SimTime.FromMilliseconds(10);

    /// <summary>A probe not back within this time counts as lost; well above any terrestrial round trip.</summary>
    private static readonly SimTime ProbeTimeout = SimTime.FromMilliseconds(500);

    /// <summary>A site that sends nothing is probed with the usual small SLA probe (a UDP echo with its headers).</summary>
    private const int DefaultProbeBytes = 64;

    /// <summary>Same buffer as a VPN site's Internet access.</summary>
    private static readonly QueueLimit AccessQueue = QueueLimit.Packets(1000);

    private readonly List<(string Mve, SdWanEdge Edge)> _edges = [];

    public IReadOnlyList<(string Mve, SdWanEdge Edge)> Edges => _edges;

    public static MveAssembly Attach(Fabric fabric, FabricDescription description, VpnAssembly vpns)
    {
        var attachment = new MveAssembly();
        foreach (var mve in description.Mves)
        {
            Node node = fabric.Node(mve.Name);
            Node site = fabric.Node(mve.Site);
            var probeTo = ProbeTarget(fabric, description, mve, node);
            var transports = mve.Transports
                .Select(t => t.Vxc is { } vxc ? VxcTransport(fabric, mve, t, vxc, node, site, probeTo)
                    : InternetTransport(fabric, description, mve, t, node, probeTo.Target, t.Vpn is { } vpn ? vpns.Named(vpn) : null))
                .ToList();
            var edge = new SdWanEdge(fabric.Simulator, transports, mve.Applications, MveSpec.SteeringInterval, SteeringHysteresis.Default);
            var probed = transports.Where(t => t.Probe is DataPathProbe).ToDictionary(t => ((DataPathProbe)t.Probe).OutboundFlowId, t => t.Entry);
            node.TransitConditioner = new SiteTrafficSteering(site.Id, edge, node.TransitConditioner ?? node.ForwardingStage, probed);
            edge.Start();
            attachment._edges.Add((mve.Name, edge));
            ReturnThroughTunnels(fabric, description, vpns, mve, site);
        }
        return attachment;
    }

    /// <summary>Every steering decision of every edge, one line each, for the report.</summary>
    public string SteeringLog()
    {
        if (_edges.Count == 0)
        {
            return string.Empty;
        }
        var text = new StringBuilder();
        foreach (var (mve, edge) in _edges)
        {
            text.Append(CultureInfo.InvariantCulture, $"SD-WAN steering at {mve} (transports: {string.Join(", ", edge.Transports.Select(t => t.Name))})\n");
            foreach (var applicationClass in edge.Classes)
            {
                text.Append(CultureInfo.InvariantCulture, $"  {applicationClass.Name}: now on {edge.TransportOf(applicationClass.Name).Name}\n");
            }
            foreach (var change in edge.Changes)
            {
                text.Append(CultureInfo.InvariantCulture,
                    $"  {change.At.TotalSeconds,8:F3}s {change.ApplicationClass}: {change.From} -> {change.To} ({change.Reason})\n");
            }
        }
        return text.ToString();
    }

    /// <summary>
    /// Where the probes go, how large they are and how many leave together: the destination of the site's first
    /// demand of a steered class (else of its first demand), so a threshold is measured to where the application's
    /// data goes, with probes the size of its packets in trains as long as its copies; the far end of the first VXC only for a site that sends nothing.
    /// </summary>
    private static (Node Target, int Bytes, int Train) ProbeTarget(Fabric fabric, FabricDescription description, MveSpec mve, Node node)
    {
        var fromSite = description.Demands.Where(d => d.From == mve.Site).ToList();
        var steered = fromSite.FirstOrDefault(d => mve.Applications.Any(a => a.TrafficClass == d.TrafficClass)) ?? fromSite.FirstOrDefault();
        int bytes = steered is null ? DefaultProbeBytes : Math.Max(1, (int)Math.Round(steered.Sizes.MeanSizeBytes));
        int train = steered?.Count ?? 1;
        if (steered is not null)
        {
            return (fabric.Node(steered.To), bytes, train);
        }
        if (mve.Transports.FirstOrDefault(t => t.Vxc is not null) is { Vxc: { } name })
        {
            var vxc = fabric.Vxc(name);
            return (ReferenceEquals(vxc.EndpointA, node) ? vxc.EndpointB : vxc.EndpointA, bytes, train);
        }
        return (node, bytes, train);
    }

    /// <summary>Probes carry the most urgent steered class, as an SLA probe marked like the traffic it speaks for.</summary>
    private static int ProbeTrafficClass(MveSpec mve) => mve.Applications.Count == 0 ? 0 : mve.Applications.Max(a => a.TrafficClass);

    private static MveTransport VxcTransport(Fabric fabric, MveSpec mve, MveTransportSpec transport, string vxcName, Node node, Node site,
        (Node Target, int Bytes, int Train) probeTo)
    {
        var vxc = fabric.Vxc(vxcName);
        IPacketReceiver entry = vxc.EntranceAt(node);
        var ids = fabric.Context.Ids;
        var probe = new DataPathProbe($"{mve.Name}/{transport.Name}", site, probeTo.Target, ids.NextFlow(), ids.NextFlow(), ProbeTrafficClass(mve), probeTo.Bytes, probeTo.Train, ProbeSpacing,
            ProbeTimeout);
        return new MveTransport(transport.Name, entry, probe);
    }

    private static MveTransport InternetTransport(Fabric fabric, FabricDescription description, MveSpec mve, MveTransportSpec transport, Node node,
        Node probeTarget, IpsecVpnConnection? tunnel)
    {
        var context = fabric.Context;
        string name = $"{mve.Name}/{transport.Name}";
        var parameters = transport.Internet ?? new InternetPathParameters();
        var meanJitter = new SimTime((long)(parameters.Jitter?.MeanNanoseconds ?? 0));
        var paths = new InternetPathsByDestination(fabric, description, name, parameters, node.Location);
        IPacketReceiver entry;
        if (tunnel is not null)
        {
            // The tunnel's uplink is the transport's Internet access, shared with its plain Internet traffic.
            tunnel.UplinkBypass = paths;
            entry = new TunnelOrInternet(tunnel.Cloud.Id, tunnel.EntranceAt(node), (IPacketReceiver?)tunnel.SiteUplink ?? paths);
        }
        else
        {
            entry = transport.InternetAccess is { } access
                ? new RateLimitedQueue(name + "/access", context, access, null, AccessQueue, paths)
                : paths;
        }
        SimTime latency = parameters.BaseDelay(node.Location, probeTarget.Location) + RegionEntry(description, probeTarget);
        var probe = new EmulatedPathProbe(fabric.Simulator, context.Random, name, ProbeSpacing, latency, meanJitter, parameters.LossRate);
        if (parameters.Congestion is { } congestion)
        {
            FollowCongestion(probe, congestion, latency, meanJitter, parameters.LossRate, description.Duration);
        }
        return new MveTransport(transport.Name, entry, probe);
    }

    /// <summary>
    /// The probe sees the congestion cycle as the packets do, its extra delay and loss updated 48 times per period
    /// (every half hour of a day).
    /// </summary>
    private static void FollowCongestion(EmulatedPathProbe probe, CongestionCycle congestion, SimTime latency, SimTime meanJitter, double lossRate, SimTime duration)
    {
        var step = new SimTime(Math.Max(1, congestion.Period.Nanoseconds / 48));
        for (var at = SimTime.Zero; at < duration; at += step)
        {
            var busy = latency + new SimTime((long)Math.Round(congestion.ExtraDelayNanoseconds(at)));
            double loss = Math.Min(1.0, lossRate + congestion.ExtraLossRateAt(at));
            if (at == SimTime.Zero)
            {
                probe.SetConditions(busy, meanJitter, loss);
            }
            else
            {
                probe.ScheduleConditions(at, busy, meanJitter, loss);
            }
        }
    }

    /// <summary>
    /// Packets from the served site that no transport has taken yet (tunnel id 0) go to the edge, except a transport's
    /// SLA probes, which go to the transport they probe; all others — traffic towards the site, and the site's packets
    /// once a VXC transport has stamped them — are forwarded as before.
    /// </summary>
    private sealed class SiteTrafficSteering(int siteId, IPacketReceiver edge, IPacketReceiver next, Dictionary<int, IPacketReceiver> probed)
        : IPacketReceiver
    {
        public void Receive(Packet packet)
        {
            if (packet.SourceNodeId == siteId && packet.TunnelId == 0)
            {
                if (probed.Count > 0 && probed.TryGetValue(packet.FlowId, out var transport))
                {
                    transport.Receive(packet);
                    return;
                }
                edge.Receive(packet);
            }
            else
            {
                next.Receive(packet);
            }
        }
    }

    /// <summary>
    /// The cloud an MVE's tunnel reaches sends its traffic for the MVE's site back through that tunnel, unless the
    /// option's VXCs reach the cloud (then it follows BGP over them, as every other flow towards the site).
    /// </summary>
    private static void ReturnThroughTunnels(Fabric fabric, FabricDescription description, VpnAssembly vpns, MveSpec mve, Node site)
    {
        foreach (var tunnel in mve.Transports.Where(t => t.Vpn is not null).Select(t => vpns.Named(t.Vpn!)))
        {
            if (vpns.ReachedPrivately(tunnel.Cloud.Name))
            {
                continue;
            }
            foreach (var flow in fabric.Flows.Where(f => ReferenceEquals(f.Source, tunnel.Cloud) && ReferenceEquals(f.Destination, site)))
            {
                tunnel.Carry(flow);
            }
        }
    }

    /// <summary>An Internet transport with a tunnel: packets for the tunnel's cloud enter it, all others go out on the plain Internet.</summary>
    private sealed class TunnelOrInternet(int cloudId, IPacketReceiver tunnel, IPacketReceiver internet) : IPacketReceiver
    {
        public void Receive(Packet packet) => (packet.DestinationNodeId == cloudId ? tunnel : internet).Receive(packet);
    }

    /// <summary>Into a cloud region over the Internet, a packet pays the region entry a private path pays at its CSP edge.</summary>
    private static SimTime RegionEntry(FabricDescription description, Node destination) =>
        description.FindCloud(destination.Name) is not null ? description.RegionEntryDelay : SimTime.Zero;

    /// <summary>
    /// One Internet transport reaches many destinations, each over its own path (its own distance, loss chain and
    /// jitter), created when the first packet for it arrives; a path ends by handing the packet to its destination.
    /// Random streams are named by destination, so creation order does not change the draws.
    /// </summary>
    private sealed class InternetPathsByDestination(Fabric fabric, FabricDescription description, string name, InternetPathParameters parameters, GeoLocation origin)
        : IPacketReceiver
    {
        private readonly Dictionary<int, InternetPath> _paths = [];

        public void Receive(Packet packet)
        {
            if (!_paths.TryGetValue(packet.DestinationNodeId, out var path))
            {
                Node destination = fabric.Nodes[packet.DestinationNodeId];
                string pathName = $"{name}/to-{destination.Name}";
                path = new InternetPath(pathName, fabric.Context, parameters, parameters.BaseDelay(origin, destination.Location) + RegionEntry(description, destination),
                    fabric.Context.Random.Get("internet/" + pathName), destination);
                _paths.Add(packet.DestinationNodeId, path);
            }
            path.Receive(packet);
        }
    }
}
