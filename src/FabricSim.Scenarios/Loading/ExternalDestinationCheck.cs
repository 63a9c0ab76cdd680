using FabricSim.Scenarios.Model;
using FabricSim.Scenarios.Yaml;

namespace FabricSim.Scenarios.Loading;

/// <summary>
/// Checks the sites an Internet VXC reaches or an IX connection peers with: declared sites that are off the option's
/// fabric (no port and no MVE of theirs in it), since a site on the fabric is reached over its own connections. None
/// at all is valid: the connection is priced and carries nothing, as an imported one is until its sites are listed.
/// </summary>
internal static class ExternalDestinationCheck
{
    public static bool Check(ObjectReader reader, string key, IReadOnlyList<string> sites, OptionElements option, string over)
    {
        bool valid = true;
        foreach (string site in sites)
        {
            if (!option.Context.Sites.ContainsKey(site))
            {
                reader.Error(key, $"unknown site '{site}' in {reader.Label}; {NameSuggestions.Hint(site, option.Context.Sites.Keys.ToList(), "sites")}",
                    "declare it under sites: with its location and prefixes, or name a declared site");
                valid = false;
            }
            else if (option.Ports.FirstOrDefault(p => p.Site == site) is { } port)
            {
                reader.Error(key, $"site '{site}' has port '{port.Name}' in option '{option.Name}', so it is on the fabric, not reached {over} by {reader.Label}",
                    $"remove '{site}' from '{key}', or its port from this option");
                valid = false;
            }
            else if (option.Mves.FirstOrDefault(m => m.Site == site) is { } mve)
            {
                reader.Error(key, $"site '{site}' is served by MVE '{mve.Name}' in option '{option.Name}', so it is on the fabric, not reached {over} by {reader.Label}",
                    $"remove '{site}' from '{key}', or its MVE from this option");
                valid = false;
            }
        }
        return valid;
    }
}
