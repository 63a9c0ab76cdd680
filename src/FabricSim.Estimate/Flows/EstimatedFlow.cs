using FabricSim.Estimate.Paths;
using FabricSim.Network.Building;

namespace FabricSim.Estimate.Flows;

/// <summary>One simulated flow as the estimate sees it: what it offers, over which elements, and what it gets.</summary>
internal sealed class EstimatedFlow(string name, DemandSpec demand, IReadOnlyList<(double Bytes, double Probability)> sizes,
    double offeredBitsPerSecond, IReadOnlyList<PathElement>? path)
{
    public string Name { get; } = name;
    public DemandSpec Demand { get; } = demand;
    public IReadOnlyList<(double Bytes, double Probability)> Sizes { get; } = sizes;
    public double MeanBytes { get; } = sizes.Sum(s => s.Bytes * s.Probability);

    /// <summary>Mean offered rate over the measured window; for TCP the application's allowance.</summary>
    public double OfferedBitsPerSecond { get; } = offeredBitsPerSecond;

    /// <summary>Null when the control plane gives the flow no route.</summary>
    public IReadOnlyList<PathElement>? Path { get; } = path;

    /// <summary>For either side of a request/response exchange: the messages it sends as trains of segments; else null.</summary>
    public MessageTrain? Message { get; init; }

    /// <summary>For the response side of an exchange: the flow of the requests it answers; else null.</summary>
    public EstimatedFlow? Request { get; init; }

    private bool[]? _batched;

    /// <summary>Whether the element at <paramref name="index"/> of the path receives this flow's messages as whole batches.</summary>
    public bool BatchedAt(int index) => Message is not null && (_batched ??= Message.Batched(Path!))[index];

    /// <summary>The flow's own ceiling in the rate allocation: its offered rate, or what TCP's window and loss allow.</summary>
    public double CapBitsPerSecond { get; set; }

    /// <summary>The max-min fair rate through every element's capacity.</summary>
    public double AllocatedBitsPerSecond { get; set; }

    /// <summary>Arrival rate at each element of <see cref="Path"/>, in path order.</summary>
    public double[] ArrivingBitsPerSecond { get; set; } = [];

    private double[]? _lineFactors;

    /// <summary>
    /// Bits of the element's capacity each bit of this flow uses at position <paramref name="index"/> of its path: 1
    /// where packets cross at their size, more where they become ESP (overhead, fragments, a packet-rate floor).
    /// </summary>
    public double LineFactor(int index)
    {
        if (_lineFactors is null)
        {
            var factors = new double[Path!.Count];
            for (int i = 0; i < factors.Length; i++)
            {
                var element = Path[i];
                factors[i] = element.Service is null || double.IsInfinity(element.RateBitsPerSecond) ? 1
                    : Sizes.Sum(s => s.Probability * element.TransmitNs(s.Bytes)) * element.RateBitsPerSecond / 1e9 / (8 * MeanBytes);
            }
            _lineFactors = factors;
        }
        return _lineFactors[index];
    }

    /// <summary>What reaches the destination after every element's drops.</summary>
    public double CarriedBitsPerSecond { get; set; }
}
