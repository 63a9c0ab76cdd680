namespace FabricSim.Network.Bgp;

/// <summary>A BGP message as carried in a control packet; <see cref="SizeBytes"/> is its length on the wire.</summary>
internal abstract record BgpMessage
{
    /// <summary>Marker (16), length (2) and type (1) of RFC 4271 §4.1.</summary>
    public const int HeaderBytes = 19;

    /// <summary>The largest BGP message (RFC 4271 §4.1).</summary>
    public const int MaximumBytes = 4096;

    public abstract int SizeBytes { get; }
}
