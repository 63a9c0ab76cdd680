using FabricSim.Scenarios.Results;

namespace FabricSim.Reporting.Plots;

/// <summary>
/// One option's bill as the segments of a stacked bar: each category's charges, with deductions (negative lines)
/// shared out over the categories they discount in proportion to their amounts, so the segments add up to the net total.
/// </summary>
internal sealed record CostStack(IReadOnlyList<CostSegment> Segments, double DeductedUsd)
{
    public double NetUsd => Segments.Sum(segment => segment.NetUsd);

    /// <param name="lines">The option's cost lines.</param>
    /// <param name="discounted">Categories a deduction applies to; when none of them is billed, it applies to every charge.</param>
    public static CostStack Of(IReadOnlyList<CostLine> lines, IReadOnlySet<string> discounted)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(discounted);
        var finite = lines.Where(line => double.IsFinite(line.MonthlyUsd)).ToList();
        var charges = finite.Where(line => line.MonthlyUsd > 0)
            .GroupBy(line => line.Category, StringComparer.Ordinal)
            .Select(group => (Category: group.Key, Gross: group.Sum(line => line.MonthlyUsd)))
            .ToList();
        double deducted = -finite.Where(line => line.MonthlyUsd < 0).Sum(line => line.MonthlyUsd);
        var discountedCharges = charges.Where(charge => discounted.Contains(charge.Category)).ToList();
        if (discountedCharges.Count == 0)
        {
            discountedCharges = charges;
        }
        double baseTotal = discountedCharges.Sum(charge => charge.Gross);
        var segments = charges.Select(charge =>
        {
            bool applies = discountedCharges.Contains(charge) && baseTotal > 0;
            double net = applies ? charge.Gross - deducted * charge.Gross / baseTotal : charge.Gross;
            return new CostSegment(charge.Category, charge.Gross, net);
        }).ToList();
        return new CostStack(segments, deducted);
    }
}

/// <summary>One category of a bill: what its charges add up to, and what is paid for it once deductions are taken off.</summary>
internal sealed record CostSegment(string Category, double GrossUsd, double NetUsd);
