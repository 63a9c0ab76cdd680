using FabricSim.Engine.Time;

namespace FabricSim.Network.Packets;

/// <summary>
/// One packet in flight. Instances are pooled by <see cref="PacketPool"/> and reused, so nothing may keep a reference
/// after handing the packet on or returning it. Auto-properties inline to plain loads on the hot path; the pool resets them on rent.
/// </summary>
internal sealed class Packet
{
    public const int TrafficClassCount = 8;

    /// <summary>Unique within a run; assigned by the pool at rent time.</summary>
    public long Id { get; set; }
    public int FlowId { get; set; }

    /// <summary>0 (best effort) … 7 (network control), like the 3-bit class selector of DSCP; higher is more urgent.</summary>
    public int TrafficClass { get; set; }

    /// <summary>Layer-3 packet size; the frame on the wire adds <see cref="EncapsulationBytes"/>.</summary>
    public int SizeBytes { get; set; }

    /// <summary>Extra bytes of tunnel or VLAN headers that occupy the wire but not the payload.</summary>
    public int EncapsulationBytes { get; set; }
    public SimTime CreatedAt { get; set; }
    public int SourceNodeId { get; set; }
    public int DestinationNodeId { get; set; }

    /// <summary>Per-flow sequence number from the traffic source, used for loss and reordering accounting.</summary>
    public long FlowSequence { get; set; }

    public PacketKind Kind { get; set; }

    /// <summary>Protocol fields for transport and control layers (TCP sequence/acknowledgement numbers, flags).</summary>
    public long Sequence { get; set; }
    public long Acknowledgement { get; set; }
    public int Flags { get; set; }

    /// <summary>One TCP SACK block [start, end) an ACK carries (RFC 2018); end 0 when it carries none.</summary>
    public long SackStart { get; set; }
    public long SackEnd { get; set; }

    /// <summary>A control-plane message (BGP update, BFD); off the data hot path so allocating it is acceptable.</summary>
    public object? Control { get; set; }

    /// <summary>The virtual circuit or tunnel the packet travels in; 0 when none.</summary>
    public int TunnelId { get; set; }

    internal bool IsPooled;

    public int FrameBytes => SizeBytes + EncapsulationBytes;

    internal void Clear()
    {
        Id = 0;
        FlowId = 0;
        TrafficClass = 0;
        SizeBytes = 0;
        EncapsulationBytes = 0;
        CreatedAt = SimTime.Zero;
        SourceNodeId = 0;
        DestinationNodeId = 0;
        FlowSequence = 0;
        Kind = PacketKind.Data;
        Sequence = 0;
        Acknowledgement = 0;
        Flags = 0;
        SackStart = 0;
        SackEnd = 0;
        Control = null;
        TunnelId = 0;
    }
}
