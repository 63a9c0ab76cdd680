using FabricSim.Scenarios.Yaml;
using FabricSim.Engine.Time;
using FabricSim.Network.Units;
using FabricSim.Scenarios.Model;

namespace FabricSim.Scenarios.Loading;

/// <summary>Maps an option's MVEs: PoP, site, transports (a VXC of the MVE, or Internet access) and application policies.</summary>
internal sealed class MveMapper : IElementMapper
{
    /// <summary>Takes the MVEs' names before the VXCs are read, since a VXC may end at an MVE declared after it.</summary>
    public sealed class Names : IElementMapper
    {
        public void Read(OptionElements option)
        {
            option.MveReaders = option.Reader.Objects("mves", ScenarioShapes.Mve, "mve");
            foreach (var mve in option.MveReaders)
            {
                if (mve.String("name") is { } name)
                {
                    option.Elements.Add(name);
                }
            }
        }
    }

    public void Read(OptionElements option)
    {
        var (readers, context, vxcs, mves) = (option.MveReaders, option.Context, option.Vxcs, option.Mves);
        foreach (var m in readers)
        {
            string? name = m.String("name");
            string? pop = m.String("pop");
            string? site = m.String("site");
            if (name is null || pop is null || site is null || !context.CheckPop(m, "pop", pop))
            {
                continue;
            }
            if (!context.Sites.ContainsKey(site))
            {
                m.Error("site", $"unknown site '{site}' in {m.Label}; {NameSuggestions.Hint(site, context.Sites.Keys.ToList(), "sites")}", "name a site declared under sites:");
                continue;
            }
            var transports = new List<MveTransportSettings>();
            foreach (var t in m.Objects("transports", ScenarioShapes.MveTransport, "transport"))
            {
                string? transportName = t.String("name");
                string? vxc = t.String("vxc");
                var access = t.Rate("internet_access");
                var internet = InternetMapper.Read(t.Object("internet", ScenarioShapes.Internet, $"internet of {t.Label}"));
                if (transportName is null)
                {
                    continue;
                }
                if ((vxc is null) == (access is null))
                {
                    t.Errors.Add(t.Node, $"{t.Label} needs either vxc or internet_access", "add 'vxc: <name>' or 'internet_access: 500Mbps'");
                    continue;
                }
                if (vxc is not null && !vxcs.Any(x => x.Name == vxc && x.Touches(name)))
                {
                    var mine = vxcs.Where(x => x.Touches(name)).Select(x => x.Name).ToList();
                    t.Error("vxc", $"unknown VXC '{vxc}' for {m.Label}; {NameSuggestions.Hint(vxc, mine, "VXCs of this MVE")}", "name a VXC with this MVE as an end");
                    continue;
                }
                transports.Add(new MveTransportSettings(transportName, vxc, access, access is null ? null : internet));
            }
            var applications = new List<ApplicationPolicy>();
            foreach (var a in m.Objects("applications", ScenarioShapes.ApplicationPolicy, "application"))
            {
                string? prefer = a.String("prefer");
                if (prefer is not null && !transports.Any(t => t.Name == prefer))
                {
                    a.Error("prefer", $"unknown transport '{prefer}' in {m.Label}; {NameSuggestions.Hint(prefer, transports.Select(t => t.Name).ToList(), "transports")}", "name one of the MVE's transports");
                }
                applications.Add(new ApplicationPolicy(a.QosClass("class") ?? 0, a.Duration("max_latency", allowZero: false), a.Duration("max_jitter", allowZero: false),
                    a.Number("max_loss_rate", 0, 1), prefer));
            }
            mves.Add(new Mve(name, pop, site, m.Choice("size") ?? "small", transports, applications));
        }
    }
}
