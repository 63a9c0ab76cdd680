using FabricSim.Engine.Events;
using FabricSim.Engine.Time;
using FabricSim.Network.Traffic;
using FabricSim.Network.Units;

namespace FabricSim.Network.Tcp;

/// <summary>
/// A bulk transfer over a TCP connection from <see cref="Start"/>: endless (iperf-style) unless a size is given, and
/// written as fast as TCP takes it unless an application rate is given, in which case the application hands TCP
/// data every millisecond at that rate (a backup job throttled to its bandwidth allowance). Measures goodput at the
/// receiver and, for a finite transfer, the time until its last byte arrives.
/// </summary>
internal sealed class TcpBulkTransfer : IEndpointApplication, IEventHandler, ITcpDeliveryListener
{
    /// <summary>How often a rate-limited application hands TCP its next chunk.</summary>
    private static readonly SimTime PacingInterval = SimTime.FromMilliseconds(1);

    private readonly Simulator _simulator;
    private long _written;
    private long _pacingCarryBits;

    public TcpBulkTransfer(Simulator simulator, TcpConnection connection, SimTime start, DataRate? applicationRate = null, long? transferBytes = null)
    {
        _simulator = simulator ?? throw new ArgumentNullException(nameof(simulator));
        Connection = connection ?? throw new ArgumentNullException(nameof(connection));
        if (applicationRate is { IsZero: true })
        {
            throw new ArgumentOutOfRangeException(nameof(applicationRate), applicationRate, "An application rate must be positive.");
        }
        if (transferBytes is <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(transferBytes), transferBytes, "A transfer size must be positive.");
        }
        Start = start;
        ApplicationRate = applicationRate;
        TransferBytes = transferBytes;
        if (transferBytes is not null)
        {
            connection.Receiver.DeliveryListener = this;
        }
    }

    public string Name => Connection.Name;
    public TcpConnection Connection { get; }
    public SimTime Start { get; }
    public DataRate? ApplicationRate { get; }
    public long? TransferBytes { get; }

    /// <summary>When the last byte of a finite transfer reached the receiver; null until then (or when endless).</summary>
    public SimTime? CompletedAt { get; private set; }

    /// <summary>Time from <see cref="Start"/> to <see cref="CompletedAt"/>.</summary>
    public SimTime? CompletionTime => CompletedAt - Start;

    public void Activate() => _simulator.ScheduleAt(SimTime.Max(Start, _simulator.Now), this);

    public void ResetStatistics() => Connection.Receiver.ResetStatistics();

    /// <summary>Application bytes delivered in order per second since the last reset, in bit/s.</summary>
    public double GoodputBitsPerSecond() => Connection.Receiver.GoodputBitsPerSecond();

    /// <summary>Hands TCP its next chunk: everything at once, or one pacing interval's worth at the application rate.</summary>
    public void OnEvent(object? payload, long argument)
    {
        long remaining = TransferBytes is { } total ? total - _written : long.MaxValue;
        if (remaining <= 0)
        {
            return;
        }
        if (ApplicationRate is not { } rate)
        {
            Write(remaining);
            return;
        }
        long bits = rate.BitsPerSecond * PacingInterval.Nanoseconds / SimTime.NanosPerSecond + _pacingCarryBits;
        long chunk = Math.Min(bits / 8, remaining);
        _pacingCarryBits = bits - chunk * 8;
        Write(chunk);
        if (chunk < remaining)
        {
            _simulator.Schedule(PacingInterval, this);
        }
    }

    public void Delivered(TcpReceiver receiver, long totalBytesDelivered)
    {
        if (CompletedAt is null && TransferBytes is { } total && totalBytesDelivered >= total)
        {
            CompletedAt = _simulator.Now;
        }
    }

    private void Write(long bytes)
    {
        _written = bytes >= long.MaxValue - _written ? long.MaxValue : _written + bytes;
        Connection.Sender.Write(bytes);
    }
}
