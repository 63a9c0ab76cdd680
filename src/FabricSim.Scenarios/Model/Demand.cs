using FabricSim.Engine.Time;
using FabricSim.Network.Units;

namespace FabricSim.Scenarios.Model;

public enum TrafficType
{
    Cbr,
    Poisson,
    OnOff,
    RequestResponse,
    TcpBulk,
    TcpRequestResponse,
}

public enum TcpAlgorithm
{
    NewReno,
    Cubic,
}

/// <summary>
/// A traffic demand between two endpoints (site or cloud names). Rate is the mean offered rate for CBR/Poisson, the
/// peak rate while on for on/off, an application limit for TCP bulk. Count identical flows run in parallel.
/// </summary>
public sealed record Demand(
    string Name,
    string From,
    string To,
    TrafficType Type,
    DataRate? Rate,
    PacketSizeDistribution Size,
    int QosClass,
    SimTime Start,
    SimTime? Stop,
    int Count,
    OnOffParameters? OnOff,
    RequestResponseParameters? RequestResponse,
    TcpParameters? Tcp,
    DiurnalProfile? Diurnal)
{
    /// <summary>The file says routing policy blocks this flow in some options: validate accepts it, the summary marks it unreachable there.</summary>
    public bool ExpectUnreachable { get; init; }

    /// <summary>The destination's network the flow is addressed to; null lets routing policy pick the first one it reaches.</summary>
    public System.Net.IPNetwork? ToPrefix { get; init; }
}

public sealed record OnOffParameters(SimTime OnMean, SimTime OffMean, double ParetoShape);

public sealed record RequestResponseParameters(long RequestBytes, long ResponseBytes, SimTime MeanInterval);

public sealed record TcpParameters(TcpAlgorithm Algorithm, long MssBytes, long? TransferBytes)
{
    /// <summary>Linux autotuning's maximum receive buffer (tcp_rmem max, 6 MiB).</summary>
    public long ReceiveWindowBytes { get; init; } = Network.Tcp.TcpOptions.DefaultReceiveWindowBytes;
    public bool Pacing { get; init; }
    public bool Sack { get; init; } = true;
}

/// <summary>Rate multipliers, each holding for Period / Factors.Count, cycling; StartAt offsets the run into the cycle.</summary>
public sealed record DiurnalProfile(IReadOnlyList<double> Factors, SimTime Period, SimTime StartAt)
{
    public double MeanFactor => Factors.Average();
}
