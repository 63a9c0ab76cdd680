using FabricSim.Network.Units;
using FabricSim.Scenarios.Model;

namespace FabricSim.Scenarios.Cost;

/// <summary>
/// The rate each demand offers on average over a month, which is what a data-transfer charge bills. It comes from
/// the scenario's traffic, not from what one simulated window delivered, so a bill does not fall because a failure
/// happened to be placed inside a short run, and a design that loses traffic is not made to look cheaper.
/// Outages are not deducted: the bill is what a month of the demand costs when it is carried.
/// </summary>
public static class MonthlyDemand
{
    public const string OfferedBasis = "offered demand (mean rate over the month; outages not deducted)";
    public const string ApplicationLimitBasis = "TCP application limit (an upper bound of the month's mean rate)";
    public const string MeasuredBasis = "measured in the simulated window (the demand declares no mean rate)";

    /// <param name="scenario">The scenario whose traffic is billed.</param>
    /// <param name="measured">
    /// Carried rate per demand as simulated: used only for demands that declare no mean rate (an unlimited TCP bulk
    /// transfer takes what the path gives it, so the simulation is the only estimate).
    /// </param>
    public static IReadOnlyDictionary<string, BilledVolume> Rates(Scenario scenario, IReadOnlyDictionary<string, DataRate> measured)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(measured);
        var rates = new Dictionary<string, BilledVolume>(StringComparer.Ordinal);
        foreach (var demand in scenario.Traffic)
        {
            if (Offered(demand) is { } offered)
            {
                rates[demand.Name] = offered;
            }
            else if (measured.TryGetValue(demand.Name, out var carried))
            {
                rates[demand.Name] = new BilledVolume(carried, MeasuredBasis) { Reverse = AcknowledgementRate(demand, carried.BitsPerSecond) };
            }
        }
        return rates;
    }

    /// <summary>
    /// The mean rates from the source to the destination and back of all the demand's copies, over whole diurnal
    /// cycles; null when the demand has no declared rate. Start and stop times shape the simulated window only.
    /// </summary>
    internal static BilledVolume? Offered(Demand demand)
    {
        ArgumentNullException.ThrowIfNull(demand);
        double scale = demand.Count * (demand.Diurnal?.MeanFactor ?? 1.0);
        double? perFlow = demand.Type switch
        {
            TrafficType.Cbr or TrafficType.Poisson => demand.Rate?.BitsPerSecond,
            TrafficType.OnOff when demand.OnOff is { } onOff && demand.Rate is { } peak =>
                peak.BitsPerSecond * onOff.OnMean.TotalSeconds / (onOff.OnMean.TotalSeconds + onOff.OffMean.TotalSeconds),
            TrafficType.RequestResponse or TrafficType.TcpRequestResponse when demand.RequestResponse is { } exchange =>
                exchange.RequestBytes * 8.0 / exchange.MeanInterval.TotalSeconds,
            TrafficType.TcpBulk when demand.Tcp?.TransferBytes is null => demand.Rate?.BitsPerSecond,
            _ => null,
        };
        if (perFlow is not { } bitsPerSecond)
        {
            return null;
        }
        double reverse = demand.Type switch
        {
            TrafficType.RequestResponse or TrafficType.TcpRequestResponse =>
                demand.RequestResponse!.ResponseBytes * 8.0 / demand.RequestResponse.MeanInterval.TotalSeconds * scale,
            _ => AcknowledgementRate(demand, bitsPerSecond * scale).BitsPerSecond,
        };
        return new BilledVolume(new DataRate((long)Math.Round(bitsPerSecond * scale)), demand.Type == TrafficType.TcpBulk ? ApplicationLimitBasis : OfferedBasis)
        {
            Reverse = new DataRate((long)Math.Round(reverse)),
        };
    }

    /// <summary>
    /// A TCP receiver acknowledges every second full segment (RFC 1122 delayed ACK) with a 40-byte IP packet, so the
    /// acknowledgements of a transfer are 40 / (2 × MSS) of its data; packet flows send nothing back.
    /// </summary>
    private static DataRate AcknowledgementRate(Demand demand, double dataBitsPerSecond) =>
        demand.Type == TrafficType.TcpBulk && demand.Tcp is { } tcp
            ? new DataRate((long)Math.Round(dataBitsPerSecond * AcknowledgementBytes / (2.0 * tcp.MssBytes)))
            : default;

    private const double AcknowledgementBytes = 40;
}
