using System.Runtime.InteropServices;
using FabricSim.Engine.Time;

namespace FabricSim.Network.Packets;

/// <summary>
/// One packet in flight. Instances are pooled by <see cref="PacketPool"/> and reused, so nothing may keep a reference
/// after handing the packet on or returning it. Auto-properties inline to plain loads on the hot path; the pool resets them on rent.
/// </summary>
/// <remarks>
/// On a large fabric tens of thousands of packets are in flight and each is cold when its link delivers it, so the
/// fields are laid out by use rather than by size: what every forwarding reads (destination, tunnel, size, class,
/// kind) in the first 18 bytes, so that a hop touches one cache line of the packet in most cases; what the source
/// and the sink read next; the transport and control fields, which data packets never use, last, and cleared only
/// when set.
/// </remarks>
[StructLayout(LayoutKind.Explicit)]
internal sealed class Packet
{
    public const int TrafficClassCount = 8;

    [FieldOffset(16)] private byte _trafficClass;
    // Set by any transport or control field, so clearing a data packet leaves their cache line alone.
    [FieldOffset(19)] private bool _carriesTransport;
    [FieldOffset(52)] private int _flags;
    [FieldOffset(56)] private long _sequence;
    [FieldOffset(64)] private long _acknowledgement;
    [FieldOffset(72)] private long _sackStart;
    [FieldOffset(80)] private long _sackEnd;
    [FieldOffset(88)] private object? _control;

    /// <summary>Unique within a run; assigned by the pool at rent time.</summary>
    [field: FieldOffset(40)]
    public long Id { get; set; }

    [field: FieldOffset(20)]
    public int FlowId { get; set; }

    /// <summary>0 (best effort) … 7 (network control), like the 3-bit class selector of DSCP; higher is more urgent.</summary>
    public int TrafficClass
    {
        get => _trafficClass;
        set
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)value, (uint)TrafficClassCount, nameof(TrafficClass));
            _trafficClass = (byte)value;
        }
    }

    /// <summary>Layer-3 packet size; the frame on the wire adds <see cref="EncapsulationBytes"/>.</summary>
    [field: FieldOffset(8)]
    public int SizeBytes { get; set; }

    /// <summary>
    /// Extra bytes of tunnel or VLAN headers that occupy the wire but not the payload; negative on the first ESP
    /// fragment of a large packet, whose frame is the fragment's.
    /// </summary>
    [field: FieldOffset(12)]
    public int EncapsulationBytes { get; set; }

    [field: FieldOffset(24)]
    public SimTime CreatedAt { get; set; }

    [field: FieldOffset(48)]
    public int SourceNodeId { get; set; }

    [field: FieldOffset(0)]
    public int DestinationNodeId { get; set; }

    /// <summary>Per-flow sequence number from the traffic source, used for loss and reordering accounting.</summary>
    [field: FieldOffset(32)]
    public long FlowSequence { get; set; }

    [field: FieldOffset(17)]
    public PacketKind Kind { get; set; }

    /// <summary>Protocol fields for transport and control layers (TCP sequence/acknowledgement numbers, flags).</summary>
    public long Sequence
    {
        get => _sequence;
        set
        {
            _sequence = value;
            _carriesTransport = true;
        }
    }

    public long Acknowledgement
    {
        get => _acknowledgement;
        set
        {
            _acknowledgement = value;
            _carriesTransport = true;
        }
    }

    public int Flags
    {
        get => _flags;
        set
        {
            _flags = value;
            _carriesTransport = true;
        }
    }

    /// <summary>One TCP SACK block [start, end) an ACK carries (RFC 2018); end 0 when it carries none.</summary>
    public long SackStart
    {
        get => _sackStart;
        set
        {
            _sackStart = value;
            _carriesTransport = true;
        }
    }

    public long SackEnd
    {
        get => _sackEnd;
        set
        {
            _sackEnd = value;
            _carriesTransport = true;
        }
    }

    /// <summary>A control-plane message (BGP update, BFD); off the data hot path so allocating it is acceptable.</summary>
    public object? Control
    {
        get => _control;
        set
        {
            _control = value;
            _carriesTransport = true;
        }
    }

    /// <summary>The virtual circuit or tunnel the packet travels in; 0 when none.</summary>
    [field: FieldOffset(4)]
    public int TunnelId { get; set; }

    [FieldOffset(18)] internal bool IsPooled;

    public int FrameBytes => SizeBytes + EncapsulationBytes;

    internal void Clear()
    {
        Id = 0;
        FlowId = 0;
        _trafficClass = 0;
        SizeBytes = 0;
        EncapsulationBytes = 0;
        CreatedAt = SimTime.Zero;
        SourceNodeId = 0;
        DestinationNodeId = 0;
        FlowSequence = 0;
        Kind = PacketKind.Data;
        if (_carriesTransport)
        {
            _sequence = 0;
            _acknowledgement = 0;
            _flags = 0;
            _sackStart = 0;
            _sackEnd = 0;
            _control = null;
            _carriesTransport = false;
        }
        TunnelId = 0;
    }
}
