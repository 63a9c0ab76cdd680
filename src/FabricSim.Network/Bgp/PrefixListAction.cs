namespace FabricSim.Network.Bgp;

/// <summary>What a matching prefix-list entry does with the route.</summary>
public enum PrefixListAction
{
    Permit,
    Deny,
}
