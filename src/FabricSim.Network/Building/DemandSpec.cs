using FabricSim.Engine.Time;
using FabricSim.Network.Tcp;
using FabricSim.Network.Traffic;
using FabricSim.Network.Units;

namespace FabricSim.Network.Building;

/// <summary>What drives a demand: a packet source, a request/response pair, or TCP.</summary>
public enum DemandKind
{
    ConstantBitRate,
    Poisson,
    OnOff,
    RequestResponse,
    TcpBulk,
    TcpRequestResponse,
}

/// <summary>
/// Traffic from node <see cref="From"/> to node <see cref="To"/> (sites and clouds by name). <see cref="Count"/>
/// identical copies run as flows "name/1" … "name/N"; a request/response demand adds "…/request" and "…/response".
/// </summary>
public sealed record DemandSpec(string Name, string From, string To, DemandKind Kind)
{
    /// <summary>The offered rate; for TCP the application's allowance (TCP may deliver less, never more).</summary>
    public DataRate? Rate { get; init; }
    public IPacketSizeDistribution Sizes { get; init; } = new FixedPacketSize(1500);
    public int TrafficClass { get; init; }
    public SimTime Start { get; init; } = SimTime.Zero;
    public SimTime? Stop { get; init; }
    public int Count { get; init; } = 1;
    public OnOffSpec? OnOff { get; init; }
    public RequestResponseSpec? RequestResponse { get; init; }
    public TcpDemandSpec? Tcp { get; init; }

    /// <summary>Time-of-day variation of the offered rate.</summary>
    public RateProfile? Profile { get; init; }

    public bool IsTcp => Kind is DemandKind.TcpBulk or DemandKind.TcpRequestResponse;

    /// <summary>The simulated flows of this demand, one per copy.</summary>
    public IReadOnlyList<string> FlowNames => Count == 1 ? [Name] : Enumerable.Range(1, Count).Select(copy => $"{Name}/{copy}").ToList();
}

/// <summary>Pareto on/off periods of an on/off source that sends at its rate while on.</summary>
public sealed record OnOffSpec(SimTime OnMean, SimTime OffMean, double ParetoShape = 1.5);

/// <summary>Poisson requests of a fixed size, each answered by a response of a fixed size.</summary>
public sealed record RequestResponseSpec(int RequestBytes, int ResponseBytes, SimTime MeanInterval)
{
    public static readonly RequestResponseSpec Default = new(1000, 100_000, SimTime.FromMilliseconds(100));

    /// <summary>
    /// The path MTU a request/response demand cuts its messages to (<see cref="MessageSegments"/>): the one validate
    /// checks packet sizes against. A TCP exchange segments by its MSS instead.
    /// </summary>
    public int MtuBytes { get; init; } = MessageSegments.DefaultMtuBytes;
}

/// <summary>
/// A TCP demand's congestion control and MSS; a bulk transfer of <see cref="TransferBytes"/> ends when done, none runs
/// for ever. The receive window and pacing are those of <see cref="TcpOptions"/> unless given.
/// </summary>
public sealed record TcpDemandSpec(TcpCongestionAlgorithm Algorithm = TcpCongestionAlgorithm.NewReno, int MssBytes = 1460, long? TransferBytes = null)
{
    public int ReceiveWindowBytes { get; init; } = TcpOptions.DefaultReceiveWindowBytes;
    public bool Pacing { get; init; }
    public bool Sack { get; init; }

    public static readonly TcpDemandSpec Default = new();
}
