using FabricSim.Network.Topology;

namespace FabricSim.Network.Addressing;

/// <summary>
/// One node's answers from the <see cref="OverlayRegistry"/>, remembered per overlay until the node's shortest-path
/// table changes. Every packet of a routed overlay asks at every switch on its way: the registry's answer walks from
/// the overlay's exit or last hop to the node's table, a chain of objects spread over the heap that grows with the
/// fabric, while the answer stays put between topology changes. An overlay's exit and last hop never change once
/// registered, so the table's version is all that makes an answer stale; overlays registered later are simply not
/// yet remembered. A mutable struct kept in its forwarding policy's fields, so asking costs no extra object: use it
/// only in place, never through a copy.
/// </summary>
internal struct OverlayEgress
{
    private const byte Unknown = 0;
    private const byte Transit = 1;
    private const byte NotTransit = 2;

    private readonly Node _node;
    private readonly OverlayRegistry _overlays;
    private readonly ForwardingTable _routes;
    private Answer[] _answers = [];
    private long _routesVersion = -1;

    public OverlayEgress(Node node, OverlayRegistry overlays)
    {
        _node = node ?? throw new ArgumentNullException(nameof(node));
        _overlays = overlays ?? throw new ArgumentNullException(nameof(overlays));
        _routes = node.Routes;
    }

    /// <summary>Same answer as <see cref="OverlayRegistry.TryGetEgress"/> for this node.</summary>
    public bool TryGetEgress(int tunnelId, out NetworkInterface? egress)
    {
        uint index = (uint)(tunnelId - OverlayRegistry.FirstOverlayId);
        var answers = _answers;
        if (index < (uint)answers.Length && _routesVersion == _routes.Version)
        {
            ref Answer answer = ref answers[index];
            if (answer.State != Unknown)
            {
                egress = answer.Egress;
                return answer.State == Transit;
            }
        }
        return Ask(tunnelId, index, out egress);
    }

    private bool Ask(int tunnelId, uint index, out NetworkInterface? egress)
    {
        if (index >= (uint)_overlays.Count)
        {
            egress = null;
            return false;
        }
        if (_routesVersion != _routes.Version)
        {
            Array.Clear(_answers);
            _routesVersion = _routes.Version;
        }
        if (index >= (uint)_answers.Length)
        {
            Array.Resize(ref _answers, _overlays.Count);
        }
        bool transit = _overlays.TryGetEgress(_node, tunnelId, out egress);
        _answers[index] = new Answer(egress, transit ? Transit : NotTransit);
        return transit;
    }

    private readonly record struct Answer(NetworkInterface? Egress, byte State);
}
