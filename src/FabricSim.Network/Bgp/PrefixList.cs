using FabricSim.Network.Addressing;

namespace FabricSim.Network.Bgp;

/// <summary>
/// An ordered prefix list: the first matching entry decides; when none matches, a non-empty list denies
/// (the implicit deny at the end) and an empty list permits everything (no filter configured).
/// </summary>
public sealed class PrefixList
{
    public PrefixList(string name, IEnumerable<PrefixListEntry> entries)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(entries);
        Name = name;
        Entries = entries.ToArray();
    }

    public string Name { get; }
    public IReadOnlyList<PrefixListEntry> Entries { get; }

    public static PrefixList PermitAll { get; } = new("permit-all", []);

    /// <summary>Accepts exactly the given networks (and nothing else).</summary>
    public static PrefixList Whitelist(string name, params string[] prefixes) =>
        new(name, prefixes.Select(p => PrefixListEntry.Permit(p)));

    /// <summary>Refuses the given networks and everything inside them; accepts all else.</summary>
    public static PrefixList Blacklist(string name, params string[] prefixes) =>
        new(name, prefixes.Select(p => PrefixListEntry.Deny(p, le: 32)).Append(PrefixListEntry.Permit("0.0.0.0/0", le: 32)));

    public bool Permits(Ipv4Prefix route)
    {
        foreach (var entry in Entries)
        {
            if (entry.Matches(route))
            {
                return entry.Action == PrefixListAction.Permit;
            }
        }
        return Entries.Count == 0;
    }

    /// <summary>A copy without the entry at <paramref name="index"/> (to model an operator removing a line).</summary>
    public PrefixList Without(int index) => new(Name, Entries.Where((_, i) => i != index));

    public override string ToString() => Name;
}
