namespace FabricSim.Network.Ipsec;

/// <summary>
/// ESP tunnel-mode sizes (RFC 4303): outer IPv4 header, optional UDP/4500 for NAT traversal (RFC 3948), SPI and
/// sequence number, IV, the inner packet plus padding and the 2-byte trailer aligned to the cipher's block, and the ICV.
/// Also the pre-encryption IPv4 fragmentation of inner packets larger than the tunnel MTU.
/// </summary>
internal sealed class EspEncapsulation
{
    public const int OuterIpv4HeaderBytes = 20;
    public const int NatTraversalUdpHeaderBytes = 8;
    public const int SpiAndSequenceBytes = 8;
    public const int TrailerBytes = 2;
    public const int InnerIpv4HeaderBytes = 20;

    /// <summary>IPv4 fragment offsets count 8-byte units, so every fragment but the last carries a multiple of 8 data bytes.</summary>
    public const int FragmentAlignmentBytes = 8;

    public EspEncapsulation(CipherSuite cipher, bool natTraversal, int tunnelMtuBytes)
    {
        Cipher = cipher ?? throw new ArgumentNullException(nameof(cipher));
        ArgumentOutOfRangeException.ThrowIfLessThan(tunnelMtuBytes, InnerIpv4HeaderBytes + FragmentAlignmentBytes);
        NatTraversal = natTraversal;
        TunnelMtuBytes = tunnelMtuBytes;
        FragmentDataBytes = (tunnelMtuBytes - InnerIpv4HeaderBytes) / FragmentAlignmentBytes * FragmentAlignmentBytes;
        FixedOverheadBytes = OuterIpv4HeaderBytes + (natTraversal ? NatTraversalUdpHeaderBytes : 0) + SpiAndSequenceBytes
            + cipher.IvBytes + cipher.IcvBytes;
    }

    public CipherSuite Cipher { get; }
    public bool NatTraversal { get; }

    /// <summary>The largest inner packet carried without fragmentation.</summary>
    public int TunnelMtuBytes { get; }

    /// <summary>Data bytes in each non-final fragment.</summary>
    public int FragmentDataBytes { get; }

    /// <summary>Overhead that does not depend on the packet: headers, IV and ICV.</summary>
    public int FixedOverheadBytes { get; }

    /// <summary>On-wire bytes of the ESP packet carrying an inner packet (or fragment) of <paramref name="innerBytes"/>.</summary>
    public int WireBytes(int innerBytes)
    {
        int block = Cipher.BlockBytes;
        int padded = (innerBytes + TrailerBytes + block - 1) / block * block;
        return FixedOverheadBytes + padded;
    }

    public int OverheadBytes(int innerBytes) => WireBytes(innerBytes) - innerBytes;

    /// <summary>How many IPv4 fragments an inner packet becomes (1 when it fits the tunnel MTU).</summary>
    public int FragmentCount(int innerBytes)
    {
        if (innerBytes <= TunnelMtuBytes)
        {
            return 1;
        }
        int data = innerBytes - InnerIpv4HeaderBytes;
        return (data + FragmentDataBytes - 1) / FragmentDataBytes;
    }

    /// <summary>Size (inner IPv4 header included) of fragment <paramref name="index"/> of a packet of <paramref name="innerBytes"/>.</summary>
    public int FragmentBytes(int innerBytes, int index)
    {
        int count = FragmentCount(innerBytes);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, count);
        if (count == 1)
        {
            return innerBytes;
        }
        int data = innerBytes - InnerIpv4HeaderBytes;
        int thisData = index < count - 1 ? FragmentDataBytes : data - FragmentDataBytes * (count - 1);
        return InnerIpv4HeaderBytes + thisData;
    }
}
