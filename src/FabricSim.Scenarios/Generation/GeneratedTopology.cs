namespace FabricSim.Scenarios.Generation;

/// <summary>How a generated fabric connects its sites to each other and to the clouds.</summary>
public enum GeneratedTopology
{
    /// <summary>Every site has a VXC to one MCR, which has a VXC to each cloud.</summary>
    Hub,

    /// <summary>Every site has a VXC to each of two MCRs in different facilities, each with its own cloud VXCs.</summary>
    DualHub,

    /// <summary>A VXC between every pair of sites that exchange traffic, and a hosted cloud connection per site and cloud.</summary>
    Mesh,

    /// <summary>One MCR per geographic region with the sites of that region; the MCRs are linked by VXCs and each cloud hangs off the nearest one.</summary>
    RegionalHubs,
}
