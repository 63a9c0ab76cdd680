namespace FabricSim.Network.Packets;

/// <summary>Why the network discarded a packet; reported separately because each points to a different fix.</summary>
public enum DropReason
{
    /// <summary>The egress queue was full (DropTail) or chose to drop (RED, class queues).</summary>
    Queue,

    /// <summary>The link, port, VXC or node it was on or heading into failed.</summary>
    Failure,

    /// <summary>No route to the destination (partitioned by failures or never connected).</summary>
    NoRoute,

    /// <summary>A token-bucket policer or a full shaper queue refused it.</summary>
    RateLimit,

    /// <summary>Larger than the MTU of the interface it had to cross.</summary>
    TooBig,
}
