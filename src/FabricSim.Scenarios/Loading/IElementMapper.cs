namespace FabricSim.Scenarios.Loading;

/// <summary>Reads one kind of element of an option (its list key, e.g. "vxcs") into the option being built.</summary>
internal interface IElementMapper
{
    void Read(OptionElements option);
}
