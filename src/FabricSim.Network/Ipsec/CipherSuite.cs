namespace FabricSim.Network.Ipsec;

/// <summary>
/// The ESP transform's field sizes that set its per-packet overhead: the explicit IV, the integrity check value,
/// and the block to which payload + 2-byte trailer (pad length, next header) is padded.
/// </summary>
public sealed record CipherSuite(string Name, int IvBytes, int IcvBytes, int BlockBytes)
{
    /// <summary>AES-GCM with a 16-byte ICV (RFC 4106): 8-byte IV, 4-byte alignment only (GCM is a stream mode).</summary>
    public static readonly CipherSuite AesGcm16 = new("AES-GCM-16", IvBytes: 8, IcvBytes: 16, BlockBytes: 4);

    /// <summary>AES-CBC (RFC 3602, 16-byte IV and block) with HMAC-SHA1-96 (RFC 2404, 12-byte ICV).</summary>
    public static readonly CipherSuite AesCbcHmacSha1 = new("AES-CBC/HMAC-SHA1-96", IvBytes: 16, IcvBytes: 12, BlockBytes: 16);

    /// <summary>AES-CBC with HMAC-SHA-256-128 (RFC 4868, 16-byte ICV).</summary>
    public static readonly CipherSuite AesCbcHmacSha256 = new("AES-CBC/HMAC-SHA256-128", IvBytes: 16, IcvBytes: 16, BlockBytes: 16);

    public override string ToString() => Name;
}
