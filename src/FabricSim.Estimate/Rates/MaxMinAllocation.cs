namespace FabricSim.Estimate.Rates;

/// <summary>
/// Max-min fair rates by progressive filling (Bertsekas and Gallager, Data Networks, §6.5.2): every unfrozen flow grows
/// at the same pace until a resource it crosses is full or it reaches its own cap (its offered rate, or what TCP's
/// window and loss allow); flows at a full resource or at their cap freeze, and the rest keep growing.
/// </summary>
internal static class MaxMinAllocation
{
    /// <param name="capacities">Bits per second of each resource.</param>
    /// <param name="caps">Each flow's own ceiling in bits per second (its demand).</param>
    /// <param name="routes">The resources (indices into <paramref name="capacities"/>) each flow crosses.</param>
    public static double[] Allocate(IReadOnlyList<double> capacities, IReadOnlyList<double> caps, IReadOnlyList<IReadOnlyList<int>> routes)
    {
        ArgumentNullException.ThrowIfNull(capacities);
        ArgumentNullException.ThrowIfNull(caps);
        ArgumentNullException.ThrowIfNull(routes);
        int flows = caps.Count;
        var rate = new double[flows];
        var frozen = new bool[flows];
        var remaining = capacities.ToArray();
        var users = new int[remaining.Length];
        for (int f = 0; f < flows; f++)
        {
            if (caps[f] <= 0)
            {
                frozen[f] = true;
            }
        }
        while (true)
        {
            Array.Clear(users);
            int active = 0;
            for (int f = 0; f < flows; f++)
            {
                if (!frozen[f])
                {
                    active++;
                    foreach (int r in routes[f])
                    {
                        users[r]++;
                    }
                }
            }
            if (active == 0)
            {
                return rate;
            }
            // The largest equal increment before some resource fills or some flow reaches its cap.
            double step = double.PositiveInfinity;
            for (int r = 0; r < remaining.Length; r++)
            {
                if (users[r] > 0)
                {
                    step = Math.Min(step, remaining[r] / users[r]);
                }
            }
            for (int f = 0; f < flows; f++)
            {
                if (!frozen[f])
                {
                    step = Math.Min(step, caps[f] - rate[f]);
                }
            }
            step = Math.Max(0, step);
            for (int f = 0; f < flows; f++)
            {
                if (frozen[f])
                {
                    continue;
                }
                rate[f] += step;
                foreach (int r in routes[f])
                {
                    remaining[r] -= step;
                }
            }
            for (int f = 0; f < flows; f++)
            {
                if (frozen[f])
                {
                    continue;
                }
                bool atCap = rate[f] >= caps[f] * (1 - 1e-12);
                bool atFullResource = routes[f].Any(r => remaining[r] <= capacities[r] * 1e-12);
                frozen[f] = atCap || atFullResource;
            }
        }
    }
}
