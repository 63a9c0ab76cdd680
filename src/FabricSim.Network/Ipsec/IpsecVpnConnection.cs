using FabricSim.Engine.Time;
using FabricSim.Network.Internet;
using FabricSim.Network.Metrics;
using FabricSim.Network.Packets;
using FabricSim.Network.Topology;
using FabricSim.Network.Traffic;

namespace FabricSim.Network.Ipsec;

/// <summary>
/// A site-to-cloud IPsec VPN: several ESP tunnels between a site node and a cloud node, each over its own Internet
/// path through a per-tunnel gateway, sharing the site's Internet access. It plugs into the data plane as a
/// node-to-node path: a flow sends into <see cref="EntranceAt"/> at one end and its packets re-enter the network at
/// the other end's node (which delivers them locally or forwards them on).
/// </summary>
/// <remarks>
/// Dead-peer detection is modelled by its outcome: while a tunnel is up its peer is heard continuously (traffic or
/// R-U-THERE exchanges), so a failure is declared <see cref="IpsecVpnOptions.DeadPeerDetectionTimeout"/> after it
/// happens; flows move to the remaining tunnels <see cref="IpsecVpnOptions.FailoverSwitchover"/> later.
/// </remarks>
internal sealed class IpsecVpnConnection
{
    private readonly IpsecTunnel[] _tunnels;
    private readonly int[] _alive;
    private readonly TunnelEntrance _fromSite;
    private readonly TunnelEntrance _fromCloud;
    private int _aliveCount;

    public IpsecVpnConnection(FabricContext context, string name, int firstTunnelId, Node site, Node cloud, IpsecVpnOptions? options = null)
    {
        Context = context ?? throw new ArgumentNullException(nameof(context));
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentOutOfRangeException.ThrowIfLessThan(firstTunnelId, 1);
        Name = name;
        Site = site ?? throw new ArgumentNullException(nameof(site));
        Cloud = cloud ?? throw new ArgumentNullException(nameof(cloud));
        Options = options ?? new IpsecVpnOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(Options.TunnelCount, 1);
        FirstTunnelId = firstTunnelId;
        Encapsulation = new EspEncapsulation(Options.Cipher, Options.NatTraversal, Options.TunnelMtuBytes);
        Reassembly = new FragmentReassembly(context.Ledger, context.Pool);
        BaseDelay = Options.Path.BaseDelay(site.Location, cloud.Location) + Options.RegionEntry;

        var simulator = context.Simulator;
        var siteExit = new TunnelExit(this, site);
        var cloudExit = new TunnelExit(this, cloud);
        IPacketReceiver towardsSiteExit = siteExit;
        if (Options.SiteDownlink is { } downlink)
        {
            SiteDownlink = new RateLimitedQueue($"{name}/site-downlink", simulator, Reassembly, downlink, null, Options.SiteAccessQueue, siteExit);
            towardsSiteExit = SiteDownlink;
        }
        _tunnels = new IpsecTunnel[Options.TunnelCount];
        var pathsToCloud = new IPacketReceiver[Options.TunnelCount];
        var byTunnel = new TunnelDispatcher(this, pathsToCloud);
        if (Options.SiteUplink is { } uplink)
        {
            SiteUplink = new RateLimitedQueue($"{name}/site-uplink", simulator, Reassembly, uplink, null, Options.SiteAccessQueue, byTunnel);
        }
        var gateway = Options.Gateway;
        for (int i = 0; i < _tunnels.Length; i++)
        {
            string tunnelName = $"{name}/tunnel{i + 1}";
            var tunnel = new IpsecTunnel(firstTunnelId + i, i, tunnelName);
            tunnel.PathToCloud = new InternetPath(tunnelName + "/to-cloud", simulator, Reassembly, Options.Path, BaseDelay,
                context.Random.Get("internet/" + tunnelName + "/to-cloud"), cloudExit);
            tunnel.PathToSite = new InternetPath(tunnelName + "/to-site", simulator, Reassembly, Options.Path, BaseDelay,
                context.Random.Get("internet/" + tunnelName + "/to-site"), towardsSiteExit);
            pathsToCloud[i] = tunnel.PathToCloud;
            tunnel.GatewayFromSite = new RateLimitedQueue(tunnelName + "/gateway-from-site", simulator, Reassembly, gateway.Rate,
                gateway.PacketsPerSecond, gateway.Queue, (IPacketReceiver?)SiteUplink ?? tunnel.PathToCloud, DropReason.RateLimit);
            tunnel.GatewayFromCloud = new RateLimitedQueue(tunnelName + "/gateway-from-cloud", simulator, Reassembly, gateway.Rate,
                gateway.PacketsPerSecond, gateway.Queue, tunnel.PathToSite, DropReason.RateLimit);
            _tunnels[i] = tunnel;
        }
        _alive = new int[_tunnels.Length];
        RebuildAliveList();
        _fromSite = new TunnelEntrance(this, fromSite: true);
        _fromCloud = new TunnelEntrance(this, fromSite: false);
    }

    public FabricContext Context { get; }
    public string Name { get; }
    public Node Site { get; }
    public Node Cloud { get; }
    public IpsecVpnOptions Options { get; }
    public int FirstTunnelId { get; }
    public EspEncapsulation Encapsulation { get; }

    /// <summary>One-way base delay of each tunnel's path: inflated great circle between the two nodes, the fixed extra and the region entry.</summary>
    public SimTime BaseDelay { get; }
    public IReadOnlyList<IpsecTunnel> Tunnels => _tunnels;
    public RateLimitedQueue? SiteUplink { get; }
    public RateLimitedQueue? SiteDownlink { get; }

    /// <summary>Whether some tunnel's path carries packets now (whatever dead-peer detection believes).</summary>
    public bool AnyTunnelUp
    {
        get
        {
            foreach (var tunnel in _tunnels)
            {
                if (tunnel.IsUp)
                {
                    return true;
                }
            }
            return false;
        }
    }

    /// <summary>Packets lost because a fragment of theirs was lost.</summary>
    public long PacketsLostToMissingFragment => Reassembly.PacketsLostToMissingFragment;

    internal FragmentReassembly Reassembly { get; }

    /// <summary>Where a flow starting at <paramref name="endpoint"/> (the site or the cloud node) hands its packets.</summary>
    public IPacketReceiver EntranceAt(Node endpoint) =>
        ReferenceEquals(endpoint, Site) ? _fromSite
        : ReferenceEquals(endpoint, Cloud) ? _fromCloud
        : throw new ArgumentException($"{endpoint?.Name} is not an end of VPN '{Name}'.", nameof(endpoint));

    /// <summary>Sends a traffic flow (one starting at the site or the cloud node) through the VPN instead of the fabric's links.</summary>
    public void Carry(TrafficFlow flow)
    {
        ArgumentNullException.ThrowIfNull(flow);
        flow.Entry = EntranceAt(flow.Source);
    }

    /// <summary>
    /// Rows for its gateway limit, each direction: each tunnel's gateway, then the gateway as a whole. None when the
    /// gateway is limited in packets per second only, which has no bit rate to measure utilisation against.
    /// </summary>
    internal IReadOnlyList<IMeasuredLimiter> GatewayLoads()
    {
        if (Options.Gateway.Rate is not { } rate)
        {
            return [];
        }
        var loads = new List<IMeasuredLimiter>(2 * (_tunnels.Length + 1));
        foreach (bool fromSite in (bool[])[true, false])
        {
            // Tunnels that stand by carry nothing, so the gateway forwards one tunnel's rate; spread flows can fill all.
            double gatewayRate = Options.SelectionFrom(fromSite) == TunnelSelection.Ecmp ? rate.BitsPerSecond * (double)_tunnels.Length : rate.BitsPerSecond;
            string from = fromSite ? Site.Name : Cloud.Name;
            string to = fromSite ? Cloud.Name : Site.Name;
            var queues = _tunnels.Select(t => fromSite ? t.GatewayFromSite : t.GatewayFromCloud).ToArray();
            foreach (var tunnel in _tunnels)
            {
                loads.Add(new GatewayLoad("vpn_tunnel", tunnel.Name, from, to, rate.BitsPerSecond, [queues[tunnel.Index]]));
            }
            loads.Add(new GatewayLoad("vpn_gateway", Name + "/gateway", from, to, gatewayRate, queues));
        }
        return loads;
    }

    /// <summary>The MSS a TCP connection through the VPN ends up with after the gateways' clamp.</summary>
    public int ClampMss(int requestedMssBytes) => Math.Min(requestedMssBytes, Options.MaxSegmentSizeBytes);

    public IpsecTunnel TunnelById(int tunnelId)
    {
        int index = tunnelId - FirstTunnelId;
        if ((uint)index >= (uint)_tunnels.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(tunnelId), tunnelId, $"VPN '{Name}' has no tunnel with that id.");
        }
        return _tunnels[index];
    }

    /// <summary>The live tunnel a flow is pinned to, or null when none is believed alive.</summary>
    public IpsecTunnel? SelectTunnel(int flowId) => SelectTunnel(flowId, fromSite: false);

    /// <summary>The live tunnel a flow entering at the site's end (or the cloud's) is pinned to, by that end's rule.</summary>
    public IpsecTunnel? SelectTunnel(int flowId, bool fromSite)
    {
        int count = _aliveCount;
        if (count == 0)
        {
            return null;
        }
        if (count == 1 || Options.SelectionFrom(fromSite) == TunnelSelection.ActiveStandby)
        {
            return _tunnels[_alive[0]];
        }
        return _tunnels[_alive[(int)(FlowHash(flowId) % (uint)count)]];
    }

    public void ScheduleTunnelFailure(int tunnelIndex, SimTime at, SimTime duration)
    {
        var simulator = Context.Simulator;
        simulator.ScheduleAt(at, () => FailTunnel(tunnelIndex));
        if (duration < SimTime.MaxValue - at)
        {
            simulator.ScheduleAt(at + duration, () => RecoverTunnel(tunnelIndex));
        }
    }

    /// <summary>The tunnel's path stops carrying packets now; the peers notice after the DPD timeout.</summary>
    public void FailTunnel(int tunnelIndex)
    {
        var tunnel = _tunnels[tunnelIndex];
        if (!tunnel.IsUp)
        {
            return;
        }
        tunnel.IsUp = false;
        int generation = ++tunnel.StateGeneration;
        var simulator = Context.Simulator;
        simulator.Schedule(Options.DeadPeerDetectionTimeout, () =>
        {
            if (tunnel.StateGeneration == generation)
            {
                simulator.Schedule(Options.FailoverSwitchover, () => SetAlive(tunnel, generation, alive: false));
            }
        });
    }

    /// <summary>The tunnel's path works again; traffic returns after the switchover time (IKE re-establishment is not modelled).</summary>
    public void RecoverTunnel(int tunnelIndex)
    {
        var tunnel = _tunnels[tunnelIndex];
        if (tunnel.IsUp)
        {
            return;
        }
        tunnel.IsUp = true;
        int generation = ++tunnel.StateGeneration;
        Context.Simulator.Schedule(Options.FailoverSwitchover, () => SetAlive(tunnel, generation, alive: true));
    }

    private void SetAlive(IpsecTunnel tunnel, int generation, bool alive)
    {
        if (tunnel.StateGeneration != generation)
        {
            return;
        }
        tunnel.IsAlive = alive;
        RebuildAliveSet();
    }

    /// <summary>
    /// Raised when dead-peer detection finds the last live tunnel dead (false) or a tunnel alive again after none was
    /// (true): what static routes over the connection follow.
    /// </summary>
    public event Action<bool>? ReachabilityChanged;

    /// <summary>Raised after dead-peer detection changed which tunnels carry traffic (one declared dead or alive again).</summary>
    public event Action? TunnelsChanged;

    /// <summary>Whether dead-peer detection believes some tunnel alive.</summary>
    public bool AnyTunnelAlive => _aliveCount > 0;

    private void RebuildAliveSet()
    {
        bool wasAlive = _aliveCount > 0;
        RebuildAliveList();
        if (wasAlive != _aliveCount > 0)
        {
            ReachabilityChanged?.Invoke(_aliveCount > 0);
        }
        TunnelsChanged?.Invoke();
    }

    private void RebuildAliveList()
    {
        _aliveCount = 0;
        foreach (var tunnel in _tunnels)
        {
            if (tunnel.IsAlive)
            {
                _alive[_aliveCount++] = tunnel.Index;
            }
        }
    }

    /// <summary>A 32-bit finaliser (MurmurHash3 fmix32) so neighbouring flow ids spread evenly over tunnels.</summary>
    private static uint FlowHash(int flowId)
    {
        uint h = (uint)flowId;
        h ^= h >> 16;
        h *= 0x85EBCA6B;
        h ^= h >> 13;
        h *= 0xC2B2AE35;
        h ^= h >> 16;
        return h;
    }

    /// <summary>
    /// Where the site's Internet access sends packets that are not this VPN's (an SD-WAN edge's plain Internet traffic
    /// beside its tunnel shares the access); null when only the VPN uses it.
    /// </summary>
    internal IPacketReceiver? UplinkBypass { get; set; }

    /// <summary>After the shared site uplink, each ESP packet continues on its own tunnel's path, any other packet past the VPN.</summary>
    private sealed class TunnelDispatcher(IpsecVpnConnection connection, IPacketReceiver[] paths) : IPacketReceiver
    {
        public void Receive(Packet packet)
        {
            int index = packet.TunnelId - connection.FirstTunnelId;
            if ((uint)index < (uint)paths.Length)
            {
                paths[index].Receive(packet);
            }
            else
            {
                (connection.UplinkBypass ?? throw new InvalidOperationException($"VPN '{connection.Name}' got a packet of tunnel {packet.TunnelId} on its uplink.")).Receive(packet);
            }
        }
    }
}
