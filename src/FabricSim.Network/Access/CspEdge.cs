using FabricSim.Network.Geography;
using FabricSim.Network.Topology;
using FabricSim.Network.Units;

namespace FabricSim.Network.Access;

/// <summary>A cloud provider's edge router at a PoP (Direct Connect router, ExpressRoute MSEE, Interconnect router).</summary>
internal sealed class CspEdge : Node
{
    public CspEdge(FabricContext context, int id, string name, GeoLocation location, CspProvider provider, DataRate portSpeed)
        : base(context, id, name, NodeKind.CspEdge, location)
    {
        if (portSpeed.IsZero)
        {
            throw new ArgumentOutOfRangeException(nameof(portSpeed), portSpeed, "A CSP edge needs a positive port speed.");
        }
        Provider = provider;
        PortSpeed = portSpeed;
    }

    public CspProvider Provider { get; }

    /// <summary>Speed of the cross-connect between the provider fabric and this edge.</summary>
    public DataRate PortSpeed { get; }
}
