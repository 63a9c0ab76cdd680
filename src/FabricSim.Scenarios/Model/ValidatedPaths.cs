using System.Net;

namespace FabricSim.Scenarios.Model;

/// <summary>
/// What validate works out about one option's paths at load, kept on the option so that the fidelity choice, the
/// option's fabric description and the flow model read it instead of analysing the option's routing again: the MTU
/// each request/response demand's messages are cut to and the network each endpoint is addressed at. It holds for the
/// elements and the traffic it was worked out from only (<see cref="Fits"/>): a copy of the option with other elements
/// (a what-if rate, say) or a scenario with other traffic works its paths out afresh.
/// </summary>
internal sealed class ValidatedPaths
{
    private readonly object[] _elements;
    private readonly IReadOnlyList<Demand> _traffic;
    private readonly Dictionary<Demand, int?> _messageMtus;
    private readonly IReadOnlyDictionary<string, IPNetwork?> _addressed;

    public ValidatedPaths(DesignOption option, IReadOnlyList<Demand> traffic, Func<Demand, int?> messageMtu, IReadOnlyDictionary<string, IPNetwork?> addressed)
    {
        _elements = Elements(option);
        _traffic = traffic;
        _messageMtus = new Dictionary<Demand, int?>(ReferenceEqualityComparer.Instance);
        foreach (var demand in traffic)
        {
            _messageMtus[demand] = messageMtu(demand);
        }
        _addressed = addressed;
    }

    /// <summary>Whether these paths are <paramref name="option"/>'s for <paramref name="traffic"/>: the same element lists and the same demands.</summary>
    public bool Fits(DesignOption option, IReadOnlyList<Demand> traffic)
    {
        var elements = Elements(option);
        for (int i = 0; i < elements.Length; i++)
        {
            if (!ReferenceEquals(elements[i], _elements[i]))
            {
                return false;
            }
        }
        if (traffic.Count != _traffic.Count)
        {
            return false;
        }
        for (int i = 0; i < traffic.Count; i++)
        {
            if (!ReferenceEquals(traffic[i], _traffic[i]))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The MTU a request/response demand's messages are cut to (null for other demands, and where nothing connects its ends).</summary>
    public int? MessageMtu(Demand demand) => _messageMtus.GetValueOrDefault(demand);

    /// <summary>The network packets to <paramref name="endpoint"/> are addressed to; null when it has none.</summary>
    public IPNetwork? AddressedPrefix(string endpoint) => _addressed.GetValueOrDefault(endpoint);

    private static object[] Elements(DesignOption option) =>
        [option.Ports, option.Mcrs, option.Mves, option.Vxcs, option.Vpns, option.PrefixLists, option.InternetVxcs, option.IxConnections, option.CloudEdges];
}
