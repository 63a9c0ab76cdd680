namespace FabricSim.Scenarios.Running;

/// <summary>How a scenario is evaluated: every packet simulated, the flow-level model, or whichever suits it.</summary>
public enum Fidelity
{
    /// <summary>Packet level where its budget is small or the flow model is known to be weaker; flow level otherwise.</summary>
    Auto,

    /// <summary>The packet-level simulation: exact queues, TCP dynamics, BGP and BFD timers, failover transients.</summary>
    Packet,

    /// <summary>The flow-level model: fair-share rates, queueing theory per link, delay distributions convolved along paths.</summary>
    Flow,
}
