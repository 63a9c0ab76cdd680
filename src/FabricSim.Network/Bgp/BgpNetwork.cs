using FabricSim.Engine.Time;
using FabricSim.Network.Access;
using FabricSim.Network.Built;
using FabricSim.Network.Addressing;
using FabricSim.Network.Bfd;
using FabricSim.Network.Ipsec;
using FabricSim.Network.Topology;
using FabricSim.Network.Packets;
using FabricSim.Network.Routing;

namespace FabricSim.Network.Bgp;

/// <summary>
/// The routed layer of a fabric: the BGP speakers on its routers, their sessions (with BFD where both ends ask for
/// it) and the address plan. <see cref="Start"/> installs routed forwarding on the routers, overlay transit on the
/// switches between them and a control stack in front of each router's local delivery, then opens the sessions.
/// </summary>
/// <example>
/// <code>
/// var bgp = new BgpNetwork(fabric);
/// bgp.AddSpeaker("mcr", asn: 133937);
/// bgp.AddSpeaker("aws", asn: 64512);
/// bgp.Originate("aws", "10.10.0.0/16");
/// bgp.ConnectOverLink("mcr-aws", new BgpSessionOptions { PeerType = PeerType.PrivateCloud }, new BgpSessionOptions());
/// bgp.Start();
/// fabric.Run(SimTime.FromSeconds(60));
/// </code>
/// </example>
internal sealed class BgpNetwork
{
    private readonly Fabric _fabric;
    private readonly Dictionary<int, BgpSpeaker> _speakers = [];
    private readonly List<BgpSession> _sessions = [];
    private readonly List<BfdSession> _bfdSessions = [];
    private readonly List<Action> _staticStarts = [];
    private readonly L3Adjacency _connected;
    private bool _started;

    public BgpNetwork(Fabric fabric)
    {
        _fabric = fabric ?? throw new ArgumentNullException(nameof(fabric));
        var context = fabric.Context;
        Sender = new ControlSender(context.Simulator, context.Pool, fabric.ControlFlowId);
        Overlays = new OverlayRegistry(context.Ids);
        _connected = new ConnectedMarker(fabric.Nodes[0]);
        AdvertisementsLimitedFrom = fabric.WarmUp;
    }

    /// <summary>
    /// From when advertisement intervals hold advertisements back (see <see cref="BgpSession.AdvertisementsLimitedFrom"/>);
    /// the fabric's warm-up unless set before <see cref="Start"/>.
    /// </summary>
    public SimTime AdvertisementsLimitedFrom { get; set; }

    public AddressPlan Addresses { get; } = new();
    public OverlayRegistry Overlays { get; }
    public ControlSender Sender { get; }
    public IReadOnlyList<BgpSession> Sessions => _sessions;
    public IReadOnlyList<BfdSession> BfdSessions => _bfdSessions;

    /// <summary>The speakers in node order.</summary>
    public IReadOnlyList<BgpSpeaker> Speakers => _speakers.OrderBy(s => s.Key).Select(s => s.Value).ToList();

    public BgpSpeaker AddSpeaker(string node, long asn, string? routerId = null)
    {
        Node at = _fabric.Node(node);
        if (_speakers.ContainsKey(at.Id))
        {
            throw new ArgumentException($"Node '{node}' already runs BGP.", nameof(node));
        }
        // Router ids default to the benchmarking range 198.18.0.0/15 so they never clash with modelled networks.
        var id = routerId is null ? new Ipv4Address(0xC612_0001u + (uint)at.Id) : Ipv4Address.Parse(routerId);
        var speaker = new BgpSpeaker(at, asn, id, _connected);
        _speakers.Add(at.Id, speaker);
        return speaker;
    }

    public BgpSpeaker Speaker(string node) =>
        _speakers.TryGetValue(_fabric.Node(node).Id, out var speaker) ? speaker : throw new KeyNotFoundException($"Node '{node}' runs no BGP.");

    internal bool TryGetSpeaker(Node node, out BgpSpeaker speaker) => _speakers.TryGetValue(node.Id, out speaker!);

    internal bool IsConnectedMarker(L3Adjacency adjacency) => ReferenceEquals(adjacency, _connected);

    /// <summary>Gives <paramref name="node"/> the network <paramref name="prefix"/> and, if it runs BGP, announces it.</summary>
    public void Originate(string node, string prefix)
    {
        var network = Ipv4Prefix.Parse(prefix);
        Node at = _fabric.Node(node);
        Addresses.Assign(at.Id, network);
        if (_speakers.TryGetValue(at.Id, out var speaker))
        {
            speaker.Originate(network);
        }
    }

    /// <summary>A session between the two ends of link <paramref name="link"/>; <paramref name="forA"/> configures the end at the link's first node.</summary>
    public (BgpSession A, BgpSession B) ConnectOverLink(string link, BgpSessionOptions forA, BgpSessionOptions forB)
    {
        Link l = _fabric.Link(link);
        return Connect(new LinkAdjacency(l, fromA: true), new LinkAdjacency(l, fromA: false), forA, forB);
    }

    /// <summary>A session over VXC <paramref name="vxc"/>; routed traffic rides the VXC's backbone path as an overlay.</summary>
    public (BgpSession A, BgpSession B) ConnectOverVxc(string vxc, BgpSessionOptions forA, BgpSessionOptions forB)
    {
        var v = _fabric.Vxc(vxc);
        var ab = new OverlayAdjacency(v, v.EndpointA, Overlays.Register(v.EndpointB.Id, v.PortInto(v.EndpointB)));
        var ba = new OverlayAdjacency(v, v.EndpointB, Overlays.Register(v.EndpointA.Id, v.PortInto(v.EndpointA)));
        return Connect(ab, ba, forA, forB);
    }

    /// <summary>
    /// A session between two routers over a tunnel or any other circuit that follows the fabric's current shortest
    /// path between them (an IPsec tunnel over Internet links, say); <paramref name="isUp"/> tells whether the
    /// circuit carries packets (e.g. the tunnel's IKE/DPD state). Routed traffic rides the same overlay.
    /// </summary>
    public (BgpSession A, BgpSession B) ConnectOverTunnel(string name, string nodeA, string nodeB, Func<bool> isUp,
        BgpSessionOptions forA, BgpSessionOptions forB)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(isUp);
        Node a = _fabric.Node(nodeA);
        Node b = _fabric.Node(nodeB);
        var ab = new OverlayAdjacency(a, b, name, Overlays.Register(b.Id), isUp);
        var ba = new OverlayAdjacency(b, a, name, Overlays.Register(a.Id), isUp);
        return Connect(ab, ba, forA, forB);
    }

    /// <summary>
    /// A session between the two gateways of <paramref name="vpn"/> over its tunnels; routed traffic whose best route is
    /// the VPN then rides the tunnels. <paramref name="forSite"/> configures the site's end.
    /// </summary>
    public (BgpSession Site, BgpSession Cloud) ConnectOverVpn(IpsecVpnConnection vpn, BgpSessionOptions forSite, BgpSessionOptions forCloud)
    {
        ArgumentNullException.ThrowIfNull(vpn);
        var (site, cloud) = Connect(new IpsecAdjacency(vpn, vpn.Site), new IpsecAdjacency(vpn, vpn.Cloud), forSite, forCloud);
        // One session stands for the per-tunnel sessions the gateways run: once dead-peer detection has moved the
        // tunnels' traffic, a session that the dead tunnel took down opens again over the live one at once.
        vpn.TunnelsChanged += () =>
        {
            site.OnInterfaceUp();
            cloud.OnInterfaceUp();
        };
        return (site, cloud);
    }

    /// <summary>
    /// Static routes over <paramref name="vpn"/> instead of a BGP session: the site's router to each of
    /// <paramref name="cloudNetworks"/> (floating, below every BGP route, when <paramref name="siteFloating"/>), the
    /// cloud's gateway to each of <paramref name="siteNetworks"/>, always below a private connection's BGP routes as the
    /// clouds rank them. Dead-peer detection decides: the routes go when it finds every tunnel dead and come back when
    /// one is alive again.
    /// </summary>
    public void RouteStaticallyOverVpn(IpsecVpnConnection vpn, IReadOnlyList<Ipv4Prefix> cloudNetworks, IReadOnlyList<Ipv4Prefix> siteNetworks,
        bool siteFloating)
    {
        ArgumentNullException.ThrowIfNull(vpn);
        var site = SpeakerOn(vpn.Site);
        var cloud = SpeakerOn(vpn.Cloud);
        var fromSite = new IpsecAdjacency(vpn, vpn.Site);
        var fromCloud = new IpsecAdjacency(vpn, vpn.Cloud);
        void Apply(bool alive)
        {
            foreach (var network in cloudNetworks)
            {
                if (alive)
                {
                    site.AddStaticRoute(network, fromSite, siteFloating);
                }
                else
                {
                    site.RemoveStaticRoute(network, fromSite);
                }
            }
            foreach (var network in siteNetworks)
            {
                if (alive)
                {
                    cloud.AddStaticRoute(network, fromCloud, floating: true);
                }
                else
                {
                    cloud.RemoveStaticRoute(network, fromCloud);
                }
            }
        }
        _staticStarts.Add(() => Apply(vpn.AnyTunnelAlive));
        vpn.ReachabilityChanged += Apply;
    }

    /// <summary>A session over any pair of adjacencies (e.g. both directions of a tunnel).</summary>
    public (BgpSession A, BgpSession B) Connect(L3Adjacency aToB, L3Adjacency bToA, BgpSessionOptions forA, BgpSessionOptions forB)
    {
        ArgumentNullException.ThrowIfNull(aToB);
        ArgumentNullException.ThrowIfNull(bToA);
        ArgumentNullException.ThrowIfNull(forA);
        ArgumentNullException.ThrowIfNull(forB);
        if (_started)
        {
            throw new InvalidOperationException("Sessions are configured before Start.");
        }
        var speakerA = SpeakerOn(aToB.Local);
        var speakerB = SpeakerOn(bToA.Local);
        var a = new BgpSession(speakerA, aToB, forA, speakerA.Sessions.Count, Sender);
        var b = new BgpSession(speakerB, bToA, forB, speakerB.Sessions.Count, Sender);
        a.Peer = b;
        b.Peer = a;
        speakerA.AddSession(a);
        speakerB.AddSession(b);
        _sessions.Add(a);
        _sessions.Add(b);
        if (forA.Bfd is { } bfdA && forB.Bfd is { } bfdB)
        {
            var sim = _fabric.Simulator;
            var random = _fabric.Context.Random;
            var x = new BfdSession(sim, Sender, aToB, bfdA, random.Get($"bfd/{aToB.Local.Name}/{aToB.Name}"));
            var y = new BfdSession(sim, Sender, bToA, bfdB, random.Get($"bfd/{bToA.Local.Name}/{bToA.Name}"));
            x.Peer = y;
            y.Peer = x;
            x.AddClient(a);
            y.AddClient(b);
            a.Bfd = x;
            b.Bfd = y;
            _bfdSessions.Add(x);
            _bfdSessions.Add(y);
        }
        return (a, b);
    }

    /// <summary>Installs forwarding and control delivery and opens every session; call once, before running the fabric.</summary>
    public void Start()
    {
        if (_started)
        {
            throw new InvalidOperationException("The BGP network has already started.");
        }
        _started = true;
        foreach (var session in _sessions)
        {
            session.AdvertisementsLimitedFrom = AdvertisementsLimitedFrom;
        }
        var context = _fabric.Context;
        foreach (var node in _fabric.Nodes)
        {
            if (_speakers.TryGetValue(node.Id, out var speaker))
            {
                var routing = new RoutedForwarding(node, Addresses, Overlays, speaker.ForwardingTable, _connected, node.Forwarding);
                node.Forwarding = routing;
                ControlDelivery.EnsureOn(node);
                // An MCR routes what its rate limit lets through; other routers' conditioners follow routing.
                var router = node as CloudRouter;
                IPacketReceiver next = router is null ? node.TransitConditioner ?? node.ForwardingStage : node.ForwardingStage;
                foreach (var session in speaker.Sessions)
                {
                    session.Adjacency.RateLimiter = session.Adjacency.CreateRateLimiter(next);
                }
                var ingress = new RoutedIngress(routing, next, context.Ledger);
                if (router is null)
                {
                    node.TransitConditioner = ingress;
                }
                else
                {
                    router.RouteAfterLimit(ingress);
                }
            }
            else
            {
                node.Forwarding = new OverlayTransitForwarding(node, Overlays, node.Forwarding);
            }
        }
        foreach (var speaker in _speakers.Values)
        {
            speaker.Start();
        }
        foreach (var install in _staticStarts)
        {
            install();
        }
        _fabric.Failures.TopologyChanged += OnTopologyChanged;
        foreach (var session in _sessions)
        {
            session.Start();
        }
        foreach (var bfd in _bfdSessions)
        {
            bfd.Start();
        }
    }

    private void OnTopologyChanged()
    {
        foreach (var speaker in Speakers)
        {
            speaker.OnTopologyChanged();
        }
    }

    private BgpSpeaker SpeakerOn(Node node) =>
        _speakers.TryGetValue(node.Id, out var speaker) ? speaker : throw new InvalidOperationException($"Node '{node.Name}' runs no BGP; add a speaker first.");

    /// <summary>Marks routes to networks a router owns itself: forwarding falls back to the fabric's own paths.</summary>
    private sealed class ConnectedMarker(Node any) : L3Adjacency(any, any, "connected")
    {
        public override bool IsUp => true;

        public override NetworkInterface? Egress() => null;
    }
}
