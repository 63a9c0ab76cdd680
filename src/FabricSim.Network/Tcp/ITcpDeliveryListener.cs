namespace FabricSim.Network.Tcp;

/// <summary>An application reading from a <see cref="TcpReceiver"/>: told the new in-order total after each advance.</summary>
internal interface ITcpDeliveryListener
{
    void Delivered(TcpReceiver receiver, long totalBytesDelivered);
}
