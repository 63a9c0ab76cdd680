using System.Text;
using FabricSim.Reporting.Csv;
using FabricSim.Reporting.Html;
using FabricSim.Reporting.Json;
using FabricSim.Reporting.Plots;
using FabricSim.Scenarios.Results;

namespace FabricSim.Reporting.Writing;

/// <summary>
/// Writes every view of a result (CSV, JSON, plots, HTML) into a folder, all or nothing: the files go into a
/// temporary sibling folder that is renamed to the target only once all of them are written, so a crash or a
/// full disk never leaves a half-written report that looks complete.
/// </summary>
internal sealed class ResultsWriter
{
    public const string IndexFileName = "index.html";
    public const string PlotsFolderName = "plots";

    private static readonly UTF8Encoding Utf8WithoutBom = new(encoderShouldEmitUTF8Identifier: false);
    private static int temporaryFolderCounter;

    private readonly ReportOptions options;
    private readonly Func<string, Stream> createFile;

    public ResultsWriter(ReportOptions? options = null)
        : this(options ?? ReportOptions.Default, File.Create)
    {
    }

    /// <param name="options">How results are presented.</param>
    /// <param name="createFile">Opens a new file for writing; replaceable so a failure part-way can be provoked.</param>
    internal ResultsWriter(ReportOptions options, Func<string, Stream> createFile)
    {
        this.options = options;
        this.createFile = createFile;
    }

    /// <summary>Writes the report into <paramref name="targetFolder"/>, replacing any earlier one there.</summary>
    /// <returns>The full path of the report's index.html.</returns>
    public string Write(ScenarioResult result, string targetFolder)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentException.ThrowIfNullOrWhiteSpace(targetFolder);
        string target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(targetFolder));
        string parent = Path.GetDirectoryName(target) ?? throw new ArgumentException("The results folder cannot be a root folder.", nameof(targetFolder));
        Directory.CreateDirectory(parent);
        string staging = SiblingName(target, "tmp");
        try
        {
            Directory.CreateDirectory(staging);
            WriteAll(result, staging);
            Replace(target, staging);
        }
        catch
        {
            DeleteQuietly(staging);
            throw;
        }
        return Path.Combine(target, IndexFileName);
    }

    private void WriteAll(ScenarioResult result, string folder)
    {
        WriteFile(folder, "summary.csv", stream => CsvTables.WriteSummary(stream, result));
        WriteFile(folder, "links.csv", stream => CsvTables.WriteLinks(stream, result));
        WriteFile(folder, "timeseries.csv", stream => CsvTables.WriteTimeSeries(stream, result));
        WriteFile(folder, "cost.csv", stream => CsvTables.WriteCost(stream, result));
        if (result.Sweep.Count > 0)
        {
            WriteFile(folder, "sweep.csv", stream => CsvTables.WriteSweep(stream, result));
        }
        WriteFile(folder, "latency_cdf.csv", stream => CsvTables.WriteLatencyCdf(stream, result));
        WriteFile(folder, "summary.json", stream => SummaryJson.Write(stream, result));
        WriteText(folder, "scenario.yaml", result.ScenarioText);

        var plots = ReportPlots.Render(result, options);
        string plotsFolder = Path.Combine(folder, PlotsFolderName);
        Directory.CreateDirectory(plotsFolder);
        foreach (var plot in plots)
        {
            WriteFile(plotsFolder, plot.FileStem + ".png", stream => stream.Write(plot.Png));
            WriteText(plotsFolder, plot.FileStem + ".svg", plot.Svg);
        }
        // The index goes last: its presence means every file it refers to is there.
        WriteText(folder, IndexFileName, HtmlReport.Build(result, plots));
    }

    private void WriteText(string folder, string fileName, string text) =>
        WriteFile(folder, fileName, stream => stream.Write(Utf8WithoutBom.GetBytes(text)));

    private void WriteFile(string folder, string fileName, Action<Stream> write)
    {
        using var stream = createFile(Path.Combine(folder, fileName));
        write(stream);
    }

    /// <summary>
    /// Puts the staged folder in place of the target. An existing target is first moved aside (a rename, not a
    /// copy) and restored if the swap fails, so either the old or the new report is there, never a mixture.
    /// </summary>
    private static void Replace(string target, string staging)
    {
        if (!Directory.Exists(target))
        {
            Directory.Move(staging, target);
            return;
        }
        string previous = SiblingName(target, "old");
        Directory.Move(target, previous);
        try
        {
            Directory.Move(staging, target);
        }
        catch
        {
            Directory.Move(previous, target);
            throw;
        }
        DeleteQuietly(previous);
    }

    private static string SiblingName(string target, string purpose)
    {
        int number = Interlocked.Increment(ref temporaryFolderCounter);
        return $"{target}.{purpose}-{Environment.ProcessId}-{number}";
    }

    private static void DeleteQuietly(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // Cleaning up must not hide the error that made it necessary; a leftover folder is named as temporary.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}
