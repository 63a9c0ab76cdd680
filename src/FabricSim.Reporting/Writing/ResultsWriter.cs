using System.Text;
using FabricSim.Reporting.Csv;
using FabricSim.Reporting.Html;
using FabricSim.Reporting.Json;
using FabricSim.Reporting.Diagrams;
using FabricSim.Reporting.Plots;
using FabricSim.Scenarios.Results;

namespace FabricSim.Reporting.Writing;

/// <summary>
/// Writes every view of a result (CSV, JSON, plots, HTML) into a folder, all or nothing: the files go into a
/// temporary sibling folder that takes the target's place in one step only once all of them are written, so a
/// crash, a kill or a full disk never leaves a half-written report that looks complete. Only folders FabricSim
/// wrote (see <see cref="ResultsFolder"/>) are replaced.
/// </summary>
public sealed class ResultsWriter
{
    public const string IndexFileName = "index.html";
    public const string PlotsFolderName = "plots";

    private static readonly UTF8Encoding Utf8WithoutBom = new(encoderShouldEmitUTF8Identifier: false);
    private static int temporaryFolderCounter;

    private readonly ReportOptions options;
    private readonly Func<string, Stream> createFile;
    private readonly Action<string> checkpoint;
    private readonly Func<string, string, bool> swap;
    private readonly bool force;

    /// <summary>The staging folder being filled and the files written into it so far (relative, '/'-separated).</summary>
    private (string Folder, List<string> Files)? staged;

    /// <param name="options">How results are presented.</param>
    /// <param name="force">Also write into a folder FabricSim does not own, beside the files already there.</param>
    public ResultsWriter(ReportOptions? options = null, bool force = false)
        : this(options ?? ReportOptions.Default, File.Create, WriteCheckpoints.FromEnvironment(), force)
    {
    }

    /// <param name="options">How results are presented.</param>
    /// <param name="createFile">Opens a new file for writing; replaceable so a failure part-way can be provoked.</param>
    /// <param name="checkpoint">Called after each step that changes the disk, so tests can stop the writer there.</param>
    /// <param name="force">Also write into a folder FabricSim does not own.</param>
    /// <param name="swap">Exchanges two folders in one step, or returns false when the file system cannot.</param>
    internal ResultsWriter(ReportOptions options, Func<string, Stream> createFile, Action<string>? checkpoint = null, bool force = false,
        Func<string, string, bool>? swap = null)
    {
        this.options = options;
        this.createFile = createFile;
        this.checkpoint = checkpoint ?? (_ => { });
        this.force = force;
        this.swap = swap ?? FolderExchange.TrySwap;
    }

    /// <summary>Writes the report into <paramref name="targetFolder"/>, replacing an earlier report there.</summary>
    /// <returns>The full path of the report's index.html.</returns>
    /// <exception cref="ResultsFolderException">The folder is not FabricSim's to write (see <see cref="ResultsFolder.Check"/>).</exception>
    public string Write(ScenarioResult result, string targetFolder, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        return WriteStaged(targetFolder, folder => WriteAll(result, folder), cancellation);
    }

    /// <summary>
    /// Fills a staging folder with <paramref name="fill"/> (through <see cref="WriteFile"/> and <see cref="WriteText"/>)
    /// and puts it in place of <paramref name="targetFolder"/> in one step; every report FabricSim writes goes this way.
    /// </summary>
    /// <returns>The full path of the report's index.html.</returns>
    internal string WriteStaged(string targetFolder, Action<string> fill, CancellationToken cancellation)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(targetFolder);
        string target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(targetFolder));
        StaleFolders.Clean(target);
        if (ResultsFolder.Check(target, force) is { } problem)
        {
            throw new ResultsFolderException(problem);
        }
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        string staging = StaleFolders.Name(target, "tmp", Interlocked.Increment(ref temporaryFolderCounter));
        try
        {
            Directory.CreateDirectory(staging);
            // Marks the staging folder as FabricSim's from the start, so a later run may remove it if this one is killed.
            WriteText(staging, ResultsManifest.FileName, ResultsManifest.Text([]));
            checkpoint("staging folder created");
            staged = (staging, []);
            fill(staging);
            var written = staged.Value.Files;
            staged = null;
            WriteText(staging, ResultsManifest.FileName, ResultsManifest.Text(written));
            checkpoint("manifest written");
            cancellation.ThrowIfCancellationRequested();
            if (ResultsFolder.IsWhollyOwned(target))
            {
                Replace(target, staging);
            }
            else
            {
                Merge(target, staging, written);
            }
        }
        finally
        {
            staged = null;
            DeleteQuietly(staging);
        }
        return Path.Combine(target, IndexFileName);
    }

    private void WriteAll(ScenarioResult result, string folder)
    {
        WriteFile(folder, "summary.csv", stream => CsvTables.WriteSummary(stream, result));
        WriteFile(folder, "links.csv", stream => CsvTables.WriteLinks(stream, result));
        WriteFile(folder, "timeseries.csv", stream => CsvTables.WriteTimeSeries(stream, result));
        WriteFile(folder, "cost.csv", stream => CsvTables.WriteCost(stream, result));
        WriteFile(folder, "headroom.csv", stream => CsvTables.WriteHeadroom(stream, result));
        if (result.Sweep.Count > 0)
        {
            WriteFile(folder, "sweep.csv", stream => CsvTables.WriteSweep(stream, result));
            WriteFile(folder, Parquet.RunsParquet.FileName, stream => Parquet.RunsParquet.Write(stream, result));
        }
        WriteFile(folder, "latency_cdf.csv", stream => CsvTables.WriteLatencyCdf(stream, result));
        WriteFile(folder, "summary.json", stream => SummaryJson.Write(stream, result));
        if (result.Verdict is { } verdict)
        {
            WriteFile(folder, "verdict.json", stream => VerdictJson.Write(stream, result, verdict));
        }
        WriteText(folder, "scenario.yaml", result.ScenarioText);
        var lookingGlassFiles = LargeLookingGlass.Files(result);
        if (lookingGlassFiles.Count > 0)
        {
            Directory.CreateDirectory(Path.Combine(folder, LargeLookingGlass.FolderName));
            foreach (var (option, file) in lookingGlassFiles)
            {
                WriteText(folder, file, option.LookingGlass);
            }
        }

        IReadOnlyList<RenderedPlot> plots = [.. TopologyDiagrams.Render(result), .. ReportPlots.Render(result, options)];
        WritePlots(folder, plots);
        // The index goes last: its presence means every file it refers to is there.
        WriteText(folder, IndexFileName, HtmlReport.Build(result, plots));
    }

    /// <summary>Each plot as PNG and SVG in the report's plots folder.</summary>
    internal void WritePlots(string folder, IReadOnlyList<RenderedPlot> plots)
    {
        string plotsFolder = Path.Combine(folder, PlotsFolderName);
        Directory.CreateDirectory(plotsFolder);
        foreach (var plot in plots)
        {
            WriteFile(plotsFolder, plot.FileStem + ".png", stream => stream.Write(plot.Png));
            WriteText(plotsFolder, plot.FileStem + ".svg", plot.Svg);
        }
    }

    internal void WriteText(string folder, string fileName, string text) =>
        WriteFile(folder, fileName, stream => stream.Write(Utf8WithoutBom.GetBytes(text)));

    internal void WriteFile(string folder, string fileName, Action<Stream> write)
    {
        string path = Path.Combine(folder, fileName);
        using (var stream = createFile(path))
        {
            write(stream);
            // On disk before the folder swap, so after a power cut the swapped-in folder does not hold empty files.
            if (stream is FileStream file)
            {
                file.Flush(flushToDisk: true);
            }
        }
        if (staged is { } report && path.StartsWith(report.Folder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            report.Files.Add(Path.GetRelativePath(report.Folder, path).Replace(Path.DirectorySeparatorChar, '/'));
            checkpoint("wrote " + fileName);
        }
    }

    /// <summary>
    /// Puts the staged folder in place of the target. Where the file system can, the two are exchanged in one
    /// step; otherwise the target is moved aside first, and a kill between the two renames is repaired by the next
    /// run (<see cref="StaleFolders"/>), which moves the old report back.
    /// </summary>
    private void Replace(string target, string staging)
    {
        if (!Directory.Exists(target))
        {
            Directory.Move(staging, target);
            checkpoint("moved into place");
            return;
        }
        if (swap(staging, target))
        {
            checkpoint("exchanged with the previous report");
            return;
        }
        string previous = StaleFolders.Name(target, "old", Interlocked.Increment(ref temporaryFolderCounter));
        Directory.Move(target, previous);
        checkpoint("previous report moved aside");
        try
        {
            Directory.Move(staging, target);
        }
        catch
        {
            Directory.Move(previous, target);
            throw;
        }
        checkpoint("moved into place");
        DeleteQuietly(previous);
        checkpoint("previous report removed");
    }

    /// <summary>
    /// With --force, into a folder that also holds the user's files: FabricSim's files are put in one by one,
    /// files from its previous report that the new one lacks are removed, and nothing else is touched. The manifest
    /// lists old and new files while this goes on, so a kill part-way leaves nothing FabricSim would later refuse to replace.
    /// </summary>
    private void Merge(string target, string staging, IReadOnlyList<string> written)
    {
        var previous = ResultsManifest.Owned(target) ?? new HashSet<string>(StringComparer.Ordinal);
        var clashes = written.Where(file => !previous.Contains(file) && File.Exists(Path.Combine(target, file))).ToList();
        if (clashes.Count > 0)
        {
            throw new ResultsFolderException(new FolderProblem(
                $"'{target}' holds files FabricSim did not write with the names of results files: {string.Join(", ", clashes)}; even --force never replaces them.",
                "move or rename them, or choose another folder"));
        }
        WriteText(target, ResultsManifest.FileName, ResultsManifest.Text(previous.Union(written)));
        checkpoint("manifest of old and new files written");
        foreach (string file in written)
        {
            string destination = Path.Combine(target, file);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Move(Path.Combine(staging, file), destination, overwrite: true);
            checkpoint("moved " + file);
        }
        foreach (string file in previous.Except(written))
        {
            File.Delete(Path.Combine(target, file));
        }
        WriteText(target, ResultsManifest.FileName, ResultsManifest.Text(written));
        checkpoint("manifest written");
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
