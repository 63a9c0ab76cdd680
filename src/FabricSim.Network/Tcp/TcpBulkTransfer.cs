using FabricSim.Engine.Time;
using FabricSim.Network.Traffic;

namespace FabricSim.Network.Tcp;

/// <summary>An endless transfer (iperf-style) over a TCP connection from <see cref="Start"/>; measures goodput at the receiver.</summary>
public sealed class TcpBulkTransfer : IEndpointApplication
{
    private readonly Engine.Events.Simulator _simulator;

    public TcpBulkTransfer(Engine.Events.Simulator simulator, TcpConnection connection, SimTime start)
    {
        _simulator = simulator ?? throw new ArgumentNullException(nameof(simulator));
        Connection = connection ?? throw new ArgumentNullException(nameof(connection));
        Start = start;
    }

    public string Name => Connection.Name;
    public TcpConnection Connection { get; }
    public SimTime Start { get; }

    public void Activate() => _simulator.ScheduleAt(SimTime.Max(Start, _simulator.Now), () => Connection.Sender.Write(long.MaxValue));

    public void ResetStatistics() => Connection.Receiver.ResetStatistics();

    /// <summary>Application bytes delivered in order per second since the last reset, in bit/s.</summary>
    public double GoodputBitsPerSecond() => Connection.Receiver.GoodputBitsPerSecond();
}
