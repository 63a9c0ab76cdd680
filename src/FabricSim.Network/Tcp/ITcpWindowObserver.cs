using FabricSim.Engine.Time;

namespace FabricSim.Network.Tcp;

/// <summary>Traces a sender's congestion window, e.g. to plot it or to check CUBIC's curve.</summary>
internal interface ITcpWindowObserver
{
    void WindowChanged(TcpSender sender, SimTime now);
}
