using CsvHelper;
using FabricSim.Scenarios.Results;

namespace FabricSim.Reporting.Csv;

/// <summary>One line of links.csv: one direction of a link under an option; packet counts are totals over all replications.</summary>
[CsvRecord]
internal sealed partial record LinkRow(
    [property: CsvColumn("option")] string Option,
    [property: CsvColumn("link")] string Link,
    [property: CsvColumn("from")] string From,
    [property: CsvColumn("to")] string To,
    [property: CsvColumn("capacity_bps")] double? CapacityBitsPerSecond,
    [property: CsvColumn("utilization_mean")] double? UtilizationMean,
    [property: CsvColumn("utilization_ci_low")] double? UtilizationLow,
    [property: CsvColumn("utilization_ci_high")] double? UtilizationHigh,
    [property: CsvColumn("mean_queue_packets_mean")] double? QueueMean,
    [property: CsvColumn("mean_queue_packets_ci_low")] double? QueueLow,
    [property: CsvColumn("mean_queue_packets_ci_high")] double? QueueHigh,
    [property: CsvColumn("drop_ratio_mean")] double? DropMean,
    [property: CsvColumn("drop_ratio_ci_low")] double? DropLow,
    [property: CsvColumn("drop_ratio_ci_high")] double? DropHigh,
    [property: CsvColumn("replications")] int Replications,
    [property: CsvColumn("packets_forwarded_all_replications")] long PacketsForwarded,
    [property: CsvColumn("packets_dropped_all_replications")] long PacketsDropped,
    [property: CsvColumn("kind")] string Kind,
    [property: CsvColumn("offered_bps_mean")] double? OfferedMean,
    [property: CsvColumn("carried_bps_mean")] double? CarriedMean,
    [property: CsvColumn("drops_queue_all_replications")] long DropsQueue,
    [property: CsvColumn("drops_policer_all_replications")] long DropsPolicer,
    [property: CsvColumn("drops_failure_all_replications")] long DropsFailure)
{
    public static LinkRow Create(LinkSummary link)
    {
        ArgumentNullException.ThrowIfNull(link);
        return new LinkRow(
            link.Option, link.Link, link.From, link.To, CsvNumber.Finite(link.CapacityBitsPerSecond),
            CsvNumber.Finite(link.Utilization.Mean), CsvNumber.Lower(link.Utilization), CsvNumber.Upper(link.Utilization),
            CsvNumber.Finite(link.MeanQueuePackets.Mean), CsvNumber.Lower(link.MeanQueuePackets), CsvNumber.Upper(link.MeanQueuePackets),
            CsvNumber.Finite(link.DropRatio.Mean), CsvNumber.Lower(link.DropRatio), CsvNumber.Upper(link.DropRatio),
            link.Utilization.Replications, link.PacketsForwarded, link.PacketsDropped,
            link.Kind, CsvNumber.Finite(link.OfferedBitsPerSecond?.Mean ?? double.NaN), CsvNumber.Finite(link.CarriedBitsPerSecond?.Mean ?? double.NaN),
            link.DropsQueue, link.DropsPolicer, link.DropsFailure);
    }
}
