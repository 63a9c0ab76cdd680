namespace FabricSim.Scenarios.Results;

/// <summary>
/// How full one element of an option runs (its busier direction), how much room is left before its planning limit,
/// when growth fills it, and whether a smaller catalog size would still carry today's load within that limit.
/// </summary>
/// <param name="Kind">"port", "vxc" or "mcr", which can be resized here, or another limiter's kind as links.csv names it.</param>
/// <param name="UtilizationP95">The 95th percentile of the element's utilisation samples after warm-up (first replication); NaN when it has none.</param>
/// <param name="LoadBitsPerSecond">The load sizing uses: the p95 utilisation times capacity, or the mean where there are no samples.</param>
/// <param name="HeadroomBitsPerSecond">Planning limit × capacity − load; negative when the element already runs past the limit.</param>
/// <param name="Saturated">The element drops packets or runs at capacity, so what it carried understates what was offered: it is not downsized.</param>
/// <param name="MonthsToLimit">With the scenario's growth rate: months until the load reaches the planning limit; null without a growth rate or without load.</param>
/// <param name="SmallerSize">The smallest catalog size that still carries the load within the planning limit, when smaller than today's.</param>
/// <param name="MonthlySavingUsd">What the option's monthly bill drops by with <paramref name="SmallerSize"/>, from the cost model.</param>
public sealed record ElementHeadroom(
    string Option,
    string Element,
    string Kind,
    double CapacityBitsPerSecond,
    Estimate UtilizationMean,
    double UtilizationP95,
    double LoadBitsPerSecond,
    double HeadroomBitsPerSecond,
    bool Saturated,
    double? MonthsToLimit,
    string? SmallerSize,
    double? MonthlySavingUsd);
