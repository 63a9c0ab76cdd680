namespace FabricSim.Network.Access;

/// <summary>How a VXC enforces its rate: drop the excess at once, or delay it in a queue until it conforms.</summary>
public enum RateLimitMode
{
    Police,
    Shape,
}
