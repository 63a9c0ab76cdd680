namespace FabricSim.Network.Mve;

/// <summary>Measures a transport with periodic probes; the edge collects a summary every probe interval.</summary>
internal interface IPathProbe
{
    void Start();

    /// <summary>What was measured since the previous collection; starts a new measurement window.</summary>
    PathQuality Collect();
}
