namespace FabricSim.Estimate.Internet;

/// <summary>Where a congestion cycle is read over the measured window: equally spaced midpoints, every moment weighed alike.</summary>
internal static class CongestionWindow
{
    public static IEnumerable<double> Moments(double fromNs, double toNs, int points)
    {
        double width = Math.Max(0, toNs - fromNs);
        for (int i = 0; i < points; i++)
        {
            yield return fromNs + width * (i + 0.5) / points;
        }
    }
}
