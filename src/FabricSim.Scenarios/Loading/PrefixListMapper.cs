using FabricSim.Engine.Time;
using FabricSim.Network.Units;
using FabricSim.Scenarios.Model;

namespace FabricSim.Scenarios.Loading;

/// <summary>Maps an option's prefix lists, checking each rule's ge/le against its prefix.</summary>
internal sealed class PrefixListMapper : IElementMapper
{
    public void Read(OptionElements option)
    {
        var lists = option.PrefixLists;
        foreach (var l in option.Reader.Objects("prefix_lists", ScenarioShapes.PrefixList, "prefix list"))
        {
            if (l.String("name") is not { } name || !ScenarioMapper.Unique(l, name, lists.Any(x => x.Name == name)))
            {
                continue;
            }
            var rules = new List<PrefixRule>();
            foreach (var r in l.Objects("rules", ScenarioShapes.PrefixRule, $"rule of prefix list '{name}'"))
            {
                if (r.Prefix("prefix") is not { } prefix)
                {
                    continue;
                }
                int maxBits = prefix.BaseAddress.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128;
                int ge = (int)(r.Integer("ge", 0, maxBits) ?? prefix.PrefixLength);
                // As on Megaport's MCR prefix filter lists: ge defaults to the prefix's length, le to 32 (128 for IPv6).
                int le = (int)(r.Integer("le", 0, maxBits) ?? maxBits);
                if (ge < prefix.PrefixLength || le < ge)
                {
                    r.Errors.Add(r.Node, $"{r.Label} needs {prefix.PrefixLength} <= ge <= le <= {maxBits} (prefix length {prefix.PrefixLength}, ge {ge}, le {le})",
                        $"e.g. 'ge: {prefix.PrefixLength}, le: {Math.Min(maxBits, prefix.PrefixLength + 8)}'");
                    continue;
                }
                var action = r.Choice("action") == "deny" ? FilterAction.Deny : FilterAction.Permit;
                rules.Add(new PrefixRule(action, prefix, ge, le));
            }
            lists.Add(new PrefixListSettings(name, rules));
        }
    }
}
