using FabricSim.Network.Units;
using FabricSim.Scenarios.Catalogs;
using FabricSim.Scenarios.Model;

namespace FabricSim.Scenarios.Generation;

/// <summary>
/// The elements of a generated design and the elements each demand crosses. Built per topology by
/// <see cref="TopologyWiring"/>, loaded by the demands and sized by <see cref="ElementSizing"/>.
/// </summary>
internal sealed class GeneratedFabric
{
    /// <summary>MCR-to-MCR and site VXC sizes Megaport sells in any whole Mbit/s; the generator picks round figures.</summary>
    private static readonly DataRate[] VxcLadder =
        [.. new double[] { 50, 100, 200, 500, 1000, 2000, 5000, 10_000, 20_000, 50_000, 100_000 }.Select(DataRate.FromMegabitsPerSecond)];

    private readonly Dictionary<(string From, string To), List<(GeneratedElement Element, bool Forward)>> _paths = [];
    private readonly Catalog _catalog;

    public GeneratedFabric(GeneratorSettings settings, IReadOnlyList<GeneratedSite> sites, IReadOnlyList<GeneratedCloud> clouds, Catalog catalog)
    {
        Settings = settings;
        Sites = sites;
        Clouds = clouds;
        _catalog = catalog;
        foreach (var site in sites)
        {
            Ports[site.Name] = new GeneratedElement(site.Name + "-port", GeneratedElementKind.Port, [settings.PortSpeed]);
        }
    }

    public GeneratorSettings Settings { get; }

    public IReadOnlyList<GeneratedSite> Sites { get; }

    public IReadOnlyList<GeneratedCloud> Clouds { get; }

    public IReadOnlyList<Pop> CatalogPops => _catalog.Pops;

    public Dictionary<string, GeneratedElement> Ports { get; } = new(StringComparer.Ordinal);

    public List<GeneratedMcr> Mcrs { get; } = [];

    public List<GeneratedVxc> Vxcs { get; } = [];

    public IReadOnlyList<GeneratedDemand> Demands { get; set; } = [];

    public IEnumerable<GeneratedElement> Elements =>
        Ports.Values.Concat(Mcrs.Select(m => m.Element)).Concat(Vxcs.Select(v => v.Element));

    public GeneratedMcr AddMcr(string name, Pop pop, long asn)
    {
        var mcr = new GeneratedMcr(new GeneratedElement(name, GeneratedElementKind.Mcr, _catalog.Products.Rates("megaport.mcr.rate")), pop.Code, asn);
        Mcrs.Add(mcr);
        return mcr;
    }

    /// <summary>A VXC between two ports or MCRs; it can be as fast as the slower port it rides on.</summary>
    public GeneratedVxc AddVxc(string name, string a, string b, long? peerAsn)
    {
        var sizes = VxcLadder.Where(r => r <= Settings.PortSpeed || !a.EndsWith("-port", StringComparison.Ordinal) && !b.EndsWith("-port", StringComparison.Ordinal)).ToList();
        var vxc = new GeneratedVxc(new GeneratedElement(name, GeneratedElementKind.Vxc, sizes), a, b, null, peerAsn);
        Vxcs.Add(vxc);
        return vxc;
    }

    /// <summary>A VXC into a cloud, sold in the provider's hosted connection sizes.</summary>
    public GeneratedVxc AddCloudVxc(string name, string a, GeneratedCloud cloud, long? peerAsn)
    {
        string item = cloud.Region.Provider switch
        {
            CloudProvider.Aws => "aws.hosted.speed",
            CloudProvider.Azure => "azure.expressroute.speed",
            _ => "google.partner.speed",
        };
        var sizes = _catalog.Products.Rates(item).Where(r => r <= Settings.PortSpeed || !a.EndsWith("-port", StringComparison.Ordinal)).ToList();
        var vxc = new GeneratedVxc(new GeneratedElement(name, GeneratedElementKind.Vxc, sizes), a, cloud.Name, cloud.Region.Provider, peerAsn);
        Vxcs.Add(vxc);
        return vxc;
    }

    /// <summary>Records that traffic from one endpoint to another crosses these elements, each forward (A to B) or backward.</summary>
    public void Route(string from, string to, IEnumerable<(GeneratedElement Element, bool Forward)> hops) =>
        _paths[(from, to)] = [.. hops];

    /// <summary>Puts each demand's volume on every element of its path; an element crossed twice by one demand carries it once.</summary>
    public void Load(Func<GeneratedDemand, double> volume)
    {
        foreach (var element in Elements)
        {
            element.Forward = 0;
            element.Backward = 0;
        }
        foreach (var demand in Demands)
        {
            double v = volume(demand);
            foreach (var (element, forward) in _paths[(demand.From, demand.To)].Distinct())
            {
                if (forward)
                {
                    element.Forward += v;
                }
                else
                {
                    element.Backward += v;
                }
            }
        }
    }
}
