using System.Net;
using FabricSim.Scenarios.Model;

namespace FabricSim.Scenarios.Reachability;

/// <summary>Prefix arithmetic for the static route analysis, with the routers' prefix-list semantics.</summary>
internal static class PrefixMatch
{
    /// <summary>Whether <paramref name="inner"/> lies inside <paramref name="outer"/> (equal counts).</summary>
    public static bool Within(IPNetwork inner, IPNetwork outer) =>
        inner.PrefixLength >= outer.PrefixLength && outer.Contains(inner.BaseAddress);

    /// <summary>First matching rule wins; no match denies; a missing list permits everything.</summary>
    public static bool Permits(PrefixListSettings? list, IPNetwork prefix)
    {
        if (list is null)
        {
            return true;
        }
        foreach (var rule in list.Rules)
        {
            if (Within(prefix, rule.Prefix) && prefix.PrefixLength >= rule.MinLength && prefix.PrefixLength <= rule.MaxLength)
            {
                return rule.Action == FilterAction.Permit;
            }
        }
        return false;
    }
}
