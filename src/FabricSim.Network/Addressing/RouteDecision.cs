namespace FabricSim.Network.Addressing;

/// <summary>What a router's table says about one packet.</summary>
internal enum RouteDecision
{
    /// <summary>The packet is inside an overlay that ends elsewhere: follow it.</summary>
    OverlayTransit,

    /// <summary>Not a routed destination, or a network the router reaches directly: the fabric's own paths apply.</summary>
    Fallback,
    NoRoute,
    Adjacency,
}
