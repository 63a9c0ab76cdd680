namespace FabricSim.Network.Bgp;

/// <summary>Reports an error and closes the session.</summary>
internal sealed record BgpNotification(string Reason) : BgpMessage
{
    public const string HoldTimerExpired = "hold timer expired";
    public const string BfdDown = "BFD down";
    public const string BadPeerAs = "bad peer AS";
    public const string Cease = "cease";

    /// <summary>Not sent: the session's own router failed and lost it.</summary>
    public const string RouterDown = "router down";

    public override int SizeBytes => HeaderBytes + 2;
}
