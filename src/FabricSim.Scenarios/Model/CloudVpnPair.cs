namespace FabricSim.Scenarios.Model;

/// <summary>
/// A cloud-to-cloud IPsec VPN a pair of providers documents: both ends are the clouds' VPN gateways with BGP over every
/// tunnel, built with one of <see cref="Tunnels"/> tunnels (the providers' guides), with its source.
/// </summary>
public sealed record CloudVpnPair(CloudProvider A, CloudProvider B, IReadOnlyList<int> Tunnels, string Source, string Date)
{
    /// <summary>Whether this pair joins the two providers, in either order.</summary>
    public bool Joins(CloudProvider x, CloudProvider y) => (A == x && B == y) || (A == y && B == x);
}
