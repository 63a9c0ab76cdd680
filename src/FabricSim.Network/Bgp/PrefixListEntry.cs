using System.Globalization;
using FabricSim.Network.Addressing;

namespace FabricSim.Network.Bgp;

/// <summary>
/// One prefix-list line. A route matches when it lies inside <see cref="Prefix"/> and its length is exactly the
/// entry's length (no ge/le), in [ge, 32] (ge only), in [length, le] (le only) or in [ge, le] (both), as on
/// Cisco-style routers.
/// </summary>
public sealed record PrefixListEntry
{
    public PrefixListEntry(PrefixListAction action, Ipv4Prefix prefix, int? ge = null, int? le = null)
    {
        if (ge is { } g && (g < prefix.Length || g > 32))
        {
            throw new ArgumentOutOfRangeException(nameof(ge), ge, $"ge must lie in [{prefix.Length}, 32] for {prefix}.");
        }
        if (le is { } l && (l < (ge ?? prefix.Length) || l > 32))
        {
            throw new ArgumentOutOfRangeException(nameof(le), le, $"le must lie in [{ge ?? prefix.Length}, 32] for {prefix}.");
        }
        Action = action;
        Prefix = prefix;
        Ge = ge;
        Le = le;
    }

    public PrefixListAction Action { get; }
    public Ipv4Prefix Prefix { get; }
    public int? Ge { get; }
    public int? Le { get; }

    public int MinimumLength => Ge ?? Prefix.Length;
    public int MaximumLength => Le ?? (Ge is null ? Prefix.Length : 32);

    public bool Matches(Ipv4Prefix route) =>
        Prefix.Contains(route) && route.Length >= MinimumLength && route.Length <= MaximumLength;

    /// <summary>An entry matching routes inside <paramref name="prefix"/> with lengths in [<paramref name="minLength"/>, <paramref name="maxLength"/>].</summary>
    public static PrefixListEntry WithLengths(PrefixListAction action, Ipv4Prefix prefix, int minLength, int maxLength)
    {
        int? ge = minLength == prefix.Length ? null : minLength;
        int? le = maxLength == (ge is null ? prefix.Length : 32) ? null : maxLength;
        return new PrefixListEntry(action, prefix, ge, le);
    }

    public static PrefixListEntry Permit(string prefix, int? ge = null, int? le = null) => new(PrefixListAction.Permit, Ipv4Prefix.Parse(prefix), ge, le);

    public static PrefixListEntry Deny(string prefix, int? ge = null, int? le = null) => new(PrefixListAction.Deny, Ipv4Prefix.Parse(prefix), ge, le);

    public override string ToString()
    {
        string text = (Action == PrefixListAction.Permit ? "permit " : "deny ") + Prefix;
        if (Ge is { } g)
        {
            text += string.Create(CultureInfo.InvariantCulture, $" ge {g}");
        }
        if (Le is { } l)
        {
            text += string.Create(CultureInfo.InvariantCulture, $" le {l}");
        }
        return text;
    }
}
