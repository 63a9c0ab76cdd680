using FabricSim.Estimate.Internet;
using FabricSim.Estimate.Paths;
using FabricSim.Network.Building;
using FabricSim.Network.Built;
using FabricSim.Network.Internet;
using FabricSim.Network.Ipsec;
using FabricSim.Network.Metrics;
using FabricSim.Network.Queues;

namespace FabricSim.Estimate.Vpn;

/// <summary>
/// The elements a flow carried by an IPsec VPN crosses, read from the packet model's own VPN connections attached to
/// the laid-out data plane (never run), so base delays, region entry, ESP sizes and tunnel choice are the packet
/// build's: from the site, the tunnel's gateway queue, the site's Internet uplink, then the tunnel's Internet path;
/// towards the site, the gateway queue at the cloud's end, the Internet path, then the site's downlink. In steady
/// state every tunnel is up, so each flow stays on the tunnel its flow id hashes to (ECMP) or on the first
/// (active/standby). A packet larger than the tunnel MTU is fragmented before encryption; its fragments reach every
/// queue together, so they are served as one job of their summed ESP times, and the packet is lost if any is.
/// </summary>
internal sealed class VpnPaths
{
    private readonly VpnAssembly _assembly;
    private readonly Dictionary<string, PathElement> _elements = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _tcpFlowIds = new(StringComparer.Ordinal);
    private readonly double _fromNs;
    private readonly double _toNs;

    private VpnPaths(FabricDescription description, Fabric fabric)
    {
        _assembly = VpnAssembly.Attach(fabric, description);
        _fromNs = description.WarmUp.Nanoseconds;
        _toNs = description.Duration.Nanoseconds;
        // TCP connections are numbered after the VPNs, two flow ids each (data, acknowledgements), in demand order, as
        // the packet build's TCP assembly does; the data flow's id picks the tunnel.
        var ids = fabric.Context.Ids;
        foreach (var demand in description.Demands.Where(d => d.IsTcp))
        {
            foreach (string name in demand.FlowNames)
            {
                _tcpFlowIds[name] = ids.NextFlow();
                ids.NextFlow();
                if (demand.Kind == DemandKind.TcpRequestResponse)
                {
                    ids.NextFlow();
                    ids.NextFlow();
                }
            }
        }
    }

    /// <summary>Null for a design without VPNs.</summary>
    public static VpnPaths? Of(FabricDescription description, Fabric fabric) =>
        description.Vpns.Count == 0 ? null : new VpnPaths(description, fabric);

    /// <summary>
    /// VPNs between two BGP speakers, which BGP routes beside the fabric's VXCs; the flow model does not route over them
    /// (flow level refuses such designs).
    /// </summary>
    public static IEnumerable<VpnSpec> Routed(FabricDescription description)
    {
        ArgumentNullException.ThrowIfNull(description);
        var speakers = BgpAssembly.Speakers(description);
        return description.Vpns.Where(v => speakers.Contains(v.Site) && description.FindCloud(v.Cloud)?.EdgeName is { } edge && speakers.Contains(edge));
    }

    /// <summary>The VPN carrying traffic between these ends, as the packet build decides; null when none does.</summary>
    public IpsecVpnConnection? Carrier(string from, string to) => _assembly.Find(from, to);

    /// <summary>The MSS a TCP connection between these ends ends up with.</summary>
    public int Mss(string from, string to, int requested) => Carrier(from, to)?.ClampMss(requested) ?? requested;

    /// <param name="flowId">The packet build's id of the flow (its data flow for TCP; null for none known: the first tunnel).</param>
    public IReadOnlyList<PathElement>? Trace(IpsecVpnConnection vpn, string name, string from, int? flowId)
    {
        ArgumentNullException.ThrowIfNull(vpn);
        int id = flowId ?? _tcpFlowIds.GetValueOrDefault(name, 0);
        bool fromSite = vpn.Site.Name == from;
        var tunnel = vpn.SelectTunnel(id, fromSite);
        if (tunnel is null)
        {
            return null;
        }
        var gateway = Gateway(vpn, tunnel, fromSite);
        var internet = Internet(vpn, tunnel, fromSite);
        if (fromSite)
        {
            return vpn.Options.SiteUplink is null ? [gateway, internet] : [gateway, Access(vpn, uplink: true), internet];
        }
        return vpn.Options.SiteDownlink is null ? [gateway, internet] : [gateway, internet, Access(vpn, uplink: false)];
    }

    /// <summary>
    /// The packet build's rows for the VPNs' gateway limits, in its order, each with the keys of the gateway elements it
    /// sums: one tunnel's ("vpn_tunnel") or every tunnel's of that direction ("vpn_gateway").
    /// </summary>
    public IReadOnlyList<(LinkMeasurement Row, IReadOnlyList<string> Keys)> GatewayRows() =>
        _assembly.Connections.SelectMany(vpn => vpn.GatewayLoads().Select(load =>
        {
            var row = load.Measure(Engine.Time.SimTime.Zero, 0);
            IReadOnlyList<string> keys = row.Kind == "vpn_tunnel"
                ? [$"vpn:{row.Link}:{row.From}>{row.To}"]
                : vpn.Tunnels.Select(t => $"vpn:{t.Name}:{row.From}>{row.To}").ToList();
            return (row, keys);
        })).ToList();

    private PathElement Gateway(IpsecVpnConnection vpn, IpsecTunnel tunnel, bool fromSite)
    {
        var (from, to) = fromSite ? (vpn.Site.Name, vpn.Cloud.Name) : (vpn.Cloud.Name, vpn.Site.Name);
        var limits = vpn.Options.Gateway;
        double perPacketNs = limits.PacketsPerSecond is { } pps ? Math.Ceiling(1e9 / pps) : 0;
        // Limited in packets only, a gateway has no bit rate: the rate that serves a full-size packet in 1/pps stands in.
        double rate = limits.Rate?.BitsPerSecond ?? 1500 * 8 * limits.PacketsPerSecond!.Value;
        var esp = vpn.Encapsulation;
        return Get($"vpn:{tunnel.Name}:{from}>{to}", () => new PathElement($"vpn:{tunnel.Name}:{from}>{to}",
            new LinkMeasurement(tunnel.Name, from, to, (long)rate, 0, 0, 0, 0, 0, 0, 0) { Kind = "vpn_tunnel" }, ElementBehaviour.Queue, rate, 0,
            Places(limits.Queue), 0)
        {
            Service = bytes => EspPieces(esp, bytes).Sum(wire => Math.Max(perPacketNs, limits.Rate is { } r ? r.TransmissionTime(wire).Nanoseconds : 0)),
            WireBytes = bytes => EspPieces(esp, bytes).Sum(),
        });
    }

    private PathElement Access(IpsecVpnConnection vpn, bool uplink)
    {
        var rate = (uplink ? vpn.Options.SiteUplink : vpn.Options.SiteDownlink)!.Value;
        var (from, to) = uplink ? (vpn.Site.Name, vpn.Cloud.Name) : (vpn.Cloud.Name, vpn.Site.Name);
        string name = $"{vpn.Name}/site-{(uplink ? "uplink" : "downlink")}";
        var esp = vpn.Encapsulation;
        return Get($"vpn:{name}", () => new PathElement($"vpn:{name}",
            new LinkMeasurement(name, from, to, rate.BitsPerSecond, 0, 0, 0, 0, 0, 0, 0) { Kind = "internet_access" }, ElementBehaviour.Queue,
            rate.BitsPerSecond, 0, Places(vpn.Options.SiteAccessQueue), 0)
        {
            Service = bytes => EspPieces(esp, bytes).Sum(wire => (double)rate.TransmissionTime(wire).Nanoseconds),
        });
    }

    private PathElement Internet(IpsecVpnConnection vpn, IpsecTunnel tunnel, bool fromSite)
    {
        var path = vpn.Options.Path;
        string name = tunnel.Name + (fromSite ? "/to-cloud" : "/to-site");
        var esp = vpn.Encapsulation;
        double from = _fromNs, to = _toNs;
        return Get($"internet:{name}", () => new PathElement($"internet:{name}",
            new LinkMeasurement(name, fromSite ? vpn.Site.Name : vpn.Cloud.Name, fromSite ? vpn.Cloud.Name : vpn.Site.Name, 0, 0, 0, 0, 0, 0, 0, 0)
            { Kind = "internet" }, ElementBehaviour.Internet, double.PositiveInfinity, vpn.BaseDelay.Nanoseconds, 0, 0)
        {
            AddedDelay = InternetPathDelay.Added(path, from, to),
            Loss = bytes => InternetPathLoss.Of(path, esp.FragmentCount((int)Math.Round(bytes)), from, to),
            // A message's segments leave back to back, so the loss chain decides their pieces one after another.
            MessageLoss = sizes => InternetPathLoss.Of(path, sizes.Sum(b => esp.FragmentCount((int)Math.Round(b))), from, to),
            DriftVariance = gap => InternetPathDelay.DriftVariance(path, gap),
            LossBurstPackets = Math.Max(1, path.MeanLossBurstPackets),
        });
    }

    /// <summary>On-wire bytes of each ESP packet an inner packet becomes: one, or one per fragment.</summary>
    private static IEnumerable<int> EspPieces(EspEncapsulation esp, double bytes)
    {
        int size = (int)Math.Round(bytes);
        int count = esp.FragmentCount(size);
        for (int i = 0; i < count; i++)
        {
            yield return esp.WireBytes(esp.FragmentBytes(size, i));
        }
    }

    /// <summary>Packets a queue holds, the one in service included.</summary>
    private static int Places(QueueLimit limit) =>
        (limit.MaxPackets == int.MaxValue ? (int)Math.Min(100_000, limit.MaxBytes / 1500) : limit.MaxPackets) + 1;

    private PathElement Get(string key, Func<PathElement> create)
    {
        if (!_elements.TryGetValue(key, out var element))
        {
            element = create();
            _elements.Add(key, element);
        }
        return element;
    }
}
