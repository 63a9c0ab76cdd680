using FabricSim.Network.Ipsec;

namespace FabricSim.Network.Tests.Ipsec;

public sealed class EspEncapsulationTests
{
    // Field sizes as the RFCs give them, kept apart from the model's constants on purpose.
    private const int Ipv4Header = 20;      // RFC 791
    private const int UdpHeader = 8;        // RFC 768, NAT-T encapsulation per RFC 3948
    private const int SpiPlusSequence = 8;  // RFC 4303 §2.1, §2.2
    private const int PadLengthAndNextHeader = 2; // RFC 4303 §2.5, §2.6

    public static TheoryData<string, int, bool> Cases()
    {
        var data = new TheoryData<string, int, bool>();
        foreach (string cipher in new[] { "gcm", "cbc-sha1", "cbc-sha256" })
        {
            foreach (int size in new[] { 64, 512, 1400, 1500 })
            {
                data.Add(cipher, size, false);
                data.Add(cipher, size, true);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void WireBytesEqualTheFieldArithmetic(string cipher, int innerBytes, bool natTraversal)
    {
        // AES-GCM (RFC 4106): 8-byte IV, 16-byte ICV, 4-byte alignment. AES-CBC (RFC 3602): 16-byte IV and block;
        // HMAC-SHA1-96 (RFC 2404) ICV 12; HMAC-SHA-256-128 (RFC 4868) ICV 16.
        (CipherSuite suite, int iv, int icv, int block) = cipher switch
        {
            "gcm" => (CipherSuite.AesGcm16, 8, 16, 4),
            "cbc-sha1" => (CipherSuite.AesCbcHmacSha1, 16, 12, 16),
            _ => (CipherSuite.AesCbcHmacSha256, 16, 16, 16),
        };
        int encrypted = innerBytes + PadLengthAndNextHeader;
        while (encrypted % block != 0)
        {
            encrypted++;
        }
        int expected = Ipv4Header + (natTraversal ? UdpHeader : 0) + SpiPlusSequence + iv + encrypted + icv;
        var esp = new EspEncapsulation(suite, natTraversal, tunnelMtuBytes: 1400);
        Assert.Equal(expected, esp.WireBytes(innerBytes));
    }

    /// <summary>Every packet size stays within the overhead ranges collected from public sources (protocol_params.csv).</summary>
    [Theory]
    [InlineData("gcm", 54, 57)]
    [InlineData("cbc-sha1", 58, 73)]
    [InlineData("cbc-sha256", 62, 77)]
    public void OverheadStaysWithinThePublishedRange(string cipher, int minimum, int maximum)
    {
        var suite = cipher switch { "gcm" => CipherSuite.AesGcm16, "cbc-sha1" => CipherSuite.AesCbcHmacSha1, _ => CipherSuite.AesCbcHmacSha256 };
        var plain = new EspEncapsulation(suite, natTraversal: false, 1400);
        var natted = new EspEncapsulation(suite, natTraversal: true, 1400);
        int seenMin = int.MaxValue, seenMax = 0;
        for (int size = 40; size <= 1500; size++)
        {
            int overhead = plain.OverheadBytes(size);
            seenMin = Math.Min(seenMin, overhead);
            seenMax = Math.Max(seenMax, overhead);
            Assert.Equal(overhead + 8, natted.OverheadBytes(size));
        }
        Assert.Equal(minimum, seenMin);
        Assert.Equal(maximum, seenMax);
    }

    [Fact]
    public void A1500BytePacketOnA1400ByteTunnelBecomesTwoFragments()
    {
        var esp = new EspEncapsulation(CipherSuite.AesGcm16, natTraversal: false, tunnelMtuBytes: 1400);
        Assert.Equal(1, esp.FragmentCount(1400));
        Assert.Equal(2, esp.FragmentCount(1500));
        // 1480 data bytes; the first fragment carries the largest multiple of 8 that fits 1400 − 20 = 1380, i.e. 1376.
        Assert.Equal(20 + 1376, esp.FragmentBytes(1500, 0));
        Assert.Equal(20 + 1480 - 1376, esp.FragmentBytes(1500, 1));
    }
}
