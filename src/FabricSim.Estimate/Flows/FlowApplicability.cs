using FabricSim.Estimate.Vpn;
using FabricSim.Network.Building;

namespace FabricSim.Estimate.Flows;

/// <summary>
/// Where the flow-level model cannot answer (it refuses rather than guess) and where it answers less well than the
/// packet referee (it answers, and says so; <c>auto</c> then simulates packets).
/// </summary>
internal sealed record FlowApplicability(IReadOnlyList<string> Unsupported, IReadOnlyList<string> Weaker)
{
    public bool Supported => Unsupported.Count == 0;

    public bool Strong => Supported && Weaker.Count == 0;

    public static FlowApplicability Of(FabricDescription description)
    {
        ArgumentNullException.ThrowIfNull(description);
        var unsupported = new List<string>();
        var weaker = new List<string>();
        var routedVpns = VpnPaths.Routed(description).Select(v => v.Name).ToList();
        if (routedVpns.Count > 0)
        {
            unsupported.Add($"IPsec VPNs beside VXCs ({string.Join(", ", routedVpns)}): BGP chooses between them and the VXCs, which the flow model's routes do not include");
        }
        if (description.Mves.Count > 0)
        {
            unsupported.Add($"MVEs ({string.Join(", ", description.Mves.Select(m => m.Name))}): SD-WAN steering reacts to measured latency and loss, which only packet level measures");
        }
        var external = description.InternetVxcs.Select(v => v.Name).Concat(description.IxConnections.Select(ix => ix.Name)).ToList();
        if (external.Count > 0)
        {
            unsupported.Add($"Internet VXCs and IX connections ({string.Join(", ", external)}): their paths leave the fabric's links, which the flow model's routes do not include");
        }
        var tcpExchanges = description.Demands.Where(d => d.Kind == DemandKind.TcpRequestResponse).Select(d => d.Name).ToList();
        if (tcpExchanges.Count > 0)
        {
            unsupported.Add($"TCP request/response demands ({string.Join(", ", tcpExchanges)}): a response takes as many round trips as slow start "
                + "needs from the window its connection kept (the initial window again after an idle retransmission timeout, more after a busy spell), "
                + "behind the exchanges queued on the same connection; the flow model has steady rates, no window per exchange");
        }
        var tcp = description.Demands.Where(d => d.Kind == DemandKind.TcpBulk).Select(d => d.Name).ToList();
        if (tcp.Count > 0)
        {
            weaker.Add($"TCP demands ({string.Join(", ", tcp)}): rates from window, Mathis and max-min limits, without slow start, loss recovery or the queues TCP builds");
        }
        if (description.Failures.Count > 0)
        {
            weaker.Add($"failures ({string.Join(", ", description.Failures.Select(f => f.Element).Distinct())}): flow level gives the steady state with every element up; outages and failover transients need packet level");
        }
        var profiled = description.Demands.Where(d => d.Profile is not null).Select(d => d.Name).ToList();
        if (profiled.Count > 0)
        {
            weaker.Add($"time-of-day profiles ({string.Join(", ", profiled)}): flow level uses the base rate throughout");
        }
        return new FlowApplicability(unsupported, weaker);
    }
}
