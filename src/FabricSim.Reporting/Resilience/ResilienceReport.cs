using FabricSim.Reporting.Csv;
using FabricSim.Reporting.Plots;
using FabricSim.Reporting.Writing;
using FabricSim.Scenarios.Resilience;

namespace FabricSim.Reporting.Resilience;

/// <summary>
/// Writes a resilience study into a results folder, all or nothing, the same way as a run's report
/// (<see cref="ResultsWriter"/>): resilience.csv, availability.csv, the scenario, the plots and index.html.
/// </summary>
public static class ResilienceReport
{
    /// <returns>The full path of the report's index.html.</returns>
    public static string Write(ResilienceResult result, string targetFolder, bool force = false, CancellationToken cancellation = default) =>
        Write(new ResultsWriter(force: force), result, targetFolder, cancellation);

    private static List<RenderedPlot> Plots(ResilienceResult result)
    {
        var slugs = new FileSlug();
        var plots = result.Options.Select(o => ReportPlots.Draw($"failures_{slugs.Unique(o.Option)}", FailureHeatMapPlot.Create(o))).ToList();
        plots.Add(ReportPlots.Draw("availability_ladder", AvailabilityLadderPlot.Create(result)));
        return plots;
    }

    internal static string Write(ResultsWriter writer, ResilienceResult result, string targetFolder, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        return writer.WriteStaged(targetFolder, folder =>
        {
            writer.WriteFile(folder, "resilience.csv", stream => CsvTables.Write(stream, result.Options.SelectMany(ResilienceRow.Of)));
            writer.WriteFile(folder, "availability.csv", stream => CsvTables.Write(stream, result.Options.SelectMany(AvailabilityRow.Of)));
            writer.WriteFile(folder, Parquet.RunsParquet.FileName, stream => Parquet.RunsParquet.Write(stream, result));
            writer.WriteText(folder, "scenario.yaml", result.ScenarioText);
            var plots = Plots(result);
            writer.WritePlots(folder, plots);
            writer.WriteText(folder, ResultsWriter.IndexFileName, ResilienceHtml.Build(result, plots));
        }, cancellation);
    }
}
