using FabricSim.Scenarios.Yaml;
using FabricSim.Scenarios.Model;

namespace FabricSim.Scenarios.Loading;

/// <summary>
/// One option while its elements are read: what the mappers have read so far, and every element name taken (names
/// are unique within an option, whatever their kind).
/// </summary>
internal sealed class OptionElements
{
    public OptionElements(ObjectReader reader, string name, MappingContext context)
    {
        Reader = reader;
        Name = name;
        Context = context;
    }

    public ObjectReader Reader { get; }
    public string Name { get; }
    public MappingContext Context { get; }
    /// <summary>The option's MVE entries, read before its VXCs because a VXC may end at an MVE.</summary>
    public IReadOnlyList<ObjectReader> MveReaders { get; set; } = [];
    public HashSet<string> Elements { get; } = new(StringComparer.Ordinal);
    public List<Port> Ports { get; } = [];
    public List<Mcr> Mcrs { get; } = [];
    public List<PrefixListSettings> PrefixLists { get; } = [];
    public List<VxcSettings> Vxcs { get; } = [];
    public List<Mve> Mves { get; } = [];
    public List<Vpn> Vpns { get; } = [];
    public List<InternetVxc> InternetVxcs { get; } = [];
    public List<IxConnection> IxConnections { get; } = [];
}
