namespace FabricSim.Network.Bgp;

/// <summary>Proves the sender is alive; resets the receiver's hold timer.</summary>
internal sealed record BgpKeepalive : BgpMessage
{
    public static readonly BgpKeepalive Instance = new();

    public override int SizeBytes => HeaderBytes;
}
