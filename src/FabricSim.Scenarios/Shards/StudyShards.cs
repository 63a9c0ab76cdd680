using System.Text;
using System.Text.Json;
using FabricSim.Scenarios.Running;
using FabricSim.Scenarios.Yaml;

namespace FabricSim.Scenarios.Shards;

/// <summary>
/// Runs one shard of a study into a <see cref="PartialResult"/>, and merges the partial result folders of every
/// shard back into the study. A merge aggregates the units' raw results exactly as the single process does after
/// running them all, so it yields the same result, and so the same report, byte for byte.
/// </summary>
public static class StudyShards
{
    public static PartialResult Run(StudyRequest request, string scenarioText, Shard shard, RunOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(shard);
        options ??= new RunOptions();
        var plan = request.Plan(scenarioText, options, options.Cancellation);
        var mine = shard.Select(plan.Units).Select(unit => unit.Id).ToList();
        var results = new List<UnitResultsJson.UnitResult>(mine.Count);
        if (plan.Simulated is { } simulated)
        {
            var runs = simulated.ExecuteAll(mine, options);
            results.AddRange(mine.Select(id => new UnitResultsJson.UnitResult(id, runs[id], null)));
        }
        else
        {
            var failures = plan.Failures!;
            foreach (int id in mine)
            {
                options.Cancellation.ThrowIfCancellationRequested();
                results.Add(new UnitResultsJson.UnitResult(id, null, failures.Execute(id)));
                options.Progress?.Report(new RunProgress(results.Count, mine.Count, $"{failures.OptionName(id)}: {failures.SetName(id)}"));
            }
        }
        var manifest = new ShardManifest(ShardManifest.CurrentFormat, ShardManifest.Version, request.Kind, plan.ScenarioHash, plan.Scenario.Name,
            request.ScenarioFile, request.Overrides, request.Fidelity, request.Order, shard.ToString(), plan.Units.Count, mine);
        return new PartialResult(manifest, scenarioText, UnitResultsJson.Write(results));
    }

    /// <summary>
    /// Reads the partial result folders and merges them. Folders that are not shards of one study, a unit held twice or
    /// a unit no folder holds are reported together as a <see cref="ScenarioValidationException"/>, before anything is computed.
    /// </summary>
    public static MergedStudy Merge(IReadOnlyList<string> folders, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(folders);
        var shards = ReadManifests(folders);
        var first = shards[0];
        string scenarioText = File.ReadAllText(Path.Combine(first.Folder, ShardManifest.ScenarioFileName), Encoding.UTF8);
        var plan = first.Manifest.Request.Plan(scenarioText, new RunOptions(Cancellation: cancellation), cancellation);
        if (plan.ScenarioHash != first.Manifest.ScenarioHash)
        {
            throw Problem(first.Folder, $"the study planned again from its scenario.yaml has hash {plan.ScenarioHash[..12]}…, not the {first.Manifest.ScenarioHash[..12]}… the shard was run with",
                "run every shard and the merge with the same FabricSim version, and leave the shard folders unchanged");
        }
        var byUnit = new object?[plan.Units.Count];
        foreach (var shard in shards)
        {
            using var stream = File.OpenRead(Path.Combine(shard.Folder, ShardManifest.UnitsFileName));
            IReadOnlyList<UnitResultsJson.UnitResult> units;
            try
            {
                units = UnitResultsJson.Read(stream);
            }
            catch (JsonException unreadable)
            {
                throw Problem(shard.Folder, $"{ShardManifest.UnitsFileName} cannot be read: {unreadable.Message}", "run this shard again");
            }
            if (!units.Select(u => u.Id).SequenceEqual(shard.Manifest.Units))
            {
                throw Problem(shard.Folder, $"{ShardManifest.UnitsFileName} does not hold the units its manifest lists", "run this shard again");
            }
            foreach (var unit in units)
            {
                byUnit[unit.Id] = (object?)unit.Run ?? unit.FailureSet;
            }
        }
        if (plan.Simulated is { } simulated)
        {
            return new MergedStudy(plan.Kind, plan.Scenario.Name, simulated.Aggregate([.. byUnit.Cast<ReplicationRun>()]), null);
        }
        return new MergedStudy(plan.Kind, plan.Scenario.Name, null, plan.Failures!.Aggregate([.. byUnit.Cast<Resilience.FailureSetOutcome>()]));
    }

    private sealed record ShardFolder(string Folder, ShardManifest Manifest);

    private static List<ShardFolder> ReadManifests(IReadOnlyList<string> folders)
    {
        var errors = new List<ScenarioError>();
        if (folders.Count == 0)
        {
            throw new ScenarioValidationException([new ScenarioError(".", 1, 1, "merge needs the partial result folders of the shards", "name every shard's folder, e.g. results/shard-*")]);
        }
        var shards = new List<ShardFolder>();
        foreach (string folder in folders)
        {
            string manifestPath = Path.Combine(folder, ShardManifest.FileName);
            if (!File.Exists(manifestPath))
            {
                errors.Add(new ScenarioError(folder, 1, 1, $"'{folder}' is not a shard's partial result folder: it has no {ShardManifest.FileName}",
                    "name folders written by run, sweep or resilience with --shard I/N"));
                continue;
            }
            try
            {
                var manifest = ShardManifest.Parse(File.ReadAllText(manifestPath, Encoding.UTF8));
                if (manifest.Format != ShardManifest.CurrentFormat)
                {
                    errors.Add(new ScenarioError(manifestPath, 1, 1, $"the manifest's format is '{manifest.Format}', not '{ShardManifest.CurrentFormat}'",
                        "run the shard again with this FabricSim version"));
                    continue;
                }
                shards.Add(new ShardFolder(folder, manifest));
            }
            catch (JsonException unreadable)
            {
                errors.Add(new ScenarioError(manifestPath, 1, 1, $"the manifest cannot be read: {unreadable.Message}", "run the shard again"));
            }
        }
        if (errors.Count == 0)
        {
            errors.AddRange(Consistency(shards));
        }
        if (errors.Count > 0)
        {
            throw new ScenarioValidationException(errors);
        }
        return shards;
    }

    /// <summary>Every shard of the same study and version, and every unit held by exactly one of them.</summary>
    private static List<ScenarioError> Consistency(List<ShardFolder> shards)
    {
        var errors = new List<ScenarioError>();
        var first = shards[0];
        foreach (var shard in shards.Skip(1))
        {
            string path = Path.Combine(shard.Folder, ShardManifest.FileName);
            var (m, f) = (shard.Manifest, first.Manifest);
            if (m.Kind != f.Kind || m.ScenarioHash != f.ScenarioHash)
            {
                errors.Add(new ScenarioError(path, 1, 1,
                    $"this shard is of another study than '{first.Folder}' ({m.Kind.ToString().ToLowerInvariant()} with scenario hash {m.ScenarioHash[..12]}…, "
                    + $"against {f.Kind.ToString().ToLowerInvariant()} with {f.ScenarioHash[..12]}…): the scenario or its settings changed between shards",
                    "run every shard from the same scenario file and command line, then merge"));
            }
            else if (m.FabricSimVersion != f.FabricSimVersion)
            {
                errors.Add(new ScenarioError(path, 1, 1, $"this shard was run by FabricSim {m.FabricSimVersion}, '{first.Folder}' by {f.FabricSimVersion}",
                    "run every shard with the same FabricSim version"));
            }
        }
        if (errors.Count > 0)
        {
            return errors;
        }
        var holder = new Dictionary<int, string>();
        foreach (var shard in shards)
        {
            foreach (int unit in shard.Manifest.Units)
            {
                if (unit < 0 || unit >= first.Manifest.UnitCount)
                {
                    errors.Add(new ScenarioError(Path.Combine(shard.Folder, ShardManifest.FileName), 1, 1, $"unit {unit} is outside the study's {first.Manifest.UnitCount} units", "run this shard again"));
                }
                else if (holder.TryGetValue(unit, out string? other))
                {
                    errors.Add(new ScenarioError(Path.Combine(shard.Folder, ShardManifest.FileName), 1, 1,
                        $"unit {unit} is also in '{other}' (shard {shard.Manifest.Shard} given twice, or shards of different counts)",
                        "name each shard's folder once, all from one --shard I/N series"));
                    return errors;
                }
                else
                {
                    holder[unit] = shard.Folder;
                }
            }
        }
        var missing = Enumerable.Range(0, first.Manifest.UnitCount).Where(unit => !holder.ContainsKey(unit)).ToList();
        if (missing.Count > 0)
        {
            var present = shards.Select(s => s.Manifest.Shard).Distinct().OrderBy(s => s, StringComparer.Ordinal);
            errors.Add(new ScenarioError(first.Folder, 1, 1,
                $"{missing.Count} of {first.Manifest.UnitCount} units are in no folder given (units {string.Join(", ", missing.Take(10))}{(missing.Count > 10 ? ", …" : "")}); the folders hold shards {string.Join(", ", present)}",
                "run the missing shards (or wait for them to finish) and name all their folders"));
        }
        return errors;
    }

    private static ScenarioValidationException Problem(string folder, string message, string fix) =>
        new([new ScenarioError(folder, 1, 1, message, fix)]);
}
