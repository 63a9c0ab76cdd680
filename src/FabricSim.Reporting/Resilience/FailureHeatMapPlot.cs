using FabricSim.Reporting.Plots;
using FabricSim.Scenarios.Resilience;
using ScottPlot;

namespace FabricSim.Reporting.Resilience;

/// <summary>
/// Failure sets (rows, worst first) against flows (columns) of one option: 0 the flow keeps its path, 1 it moves (an
/// outage while the routers notice) or loses rate, 2 it is lost until repair.
/// </summary>
internal static class FailureHeatMapPlot
{
    /// <summary>Rows drawn; resilience.csv holds every set.</summary>
    public const int MaxRows = 40;

    public static Plot Create(OptionResilience option)
    {
        var sets = WorstSets.Of(option).Take(MaxRows).ToList();
        int flows = option.Intact.Count;
        var cells = new double[Math.Max(1, sets.Count), Math.Max(1, flows)];
        for (int r = 0; r < sets.Count; r++)
        {
            for (int f = 0; f < flows; f++)
            {
                var flow = sets[r].Flows[f];
                cells[r, f] = flow.Lost ? 2 : flow.Path != option.Intact[f].Path || flow.ShortfallBitsPerSecond > option.Intact[f].ShortfallBitsPerSecond ? 1 : 0;
            }
        }
        var plot = PlotCanvas.Create($"Failure sets against flows: {option.Option} (0 same path, 1 moved or short, 2 lost)", "Flow", "Failure set");
        var map = plot.Add.Heatmap(cells);
        // The extent places the centres of the corner cells: cell (row r, flow f) is centred at (f + 0.5, rows - r - 0.5).
        int columns = cells.GetLength(1), rows = cells.GetLength(0);
        map.Extent = new CoordinateRect(0.5, Math.Max(columns - 0.5, 0.5001), 0.5, Math.Max(rows - 0.5, 0.5001));
        map.Colormap = new ScottPlot.Colormaps.Viridis();
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            Enumerable.Range(0, flows).Select(f => f + 0.5).ToArray(), option.Intact.Select(f => f.Flow).ToArray());
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            Enumerable.Range(0, sets.Count).Select(r => sets.Count - r - 0.5).ToArray(), sets.Select(s => s.Name).ToArray());
        plot.Add.ColorBar(map);
        return plot;
    }
}
