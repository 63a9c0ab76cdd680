using System.Text.Json;
using FabricSim.Engine.Statistics;
using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Running;
using FabricSim.Scenarios.Shards;

namespace FabricSim.Scenarios.Tests.Shards;

/// <summary>
/// Unit tests of the work units: their numbering, how shards split them, and that a unit's raw result depends on the
/// scenario and the unit alone (not on the shard, the order or the thread count), and survives its JSON copy exactly.
/// </summary>
public sealed class WorkUnitTests
{
    private static string Bundled(string name)
    {
        string? folder = AppContext.BaseDirectory;
        while (folder is not null && !File.Exists(Path.Combine(folder, "Simulator.sln")))
        {
            folder = Path.GetDirectoryName(folder);
        }
        return Path.Combine(folder!, "scenarios", name + ".yaml");
    }

    private static StudyRequest Sweep(string scenario, string replications) =>
        new(StudyKind.Sweep, scenario, [new RunOverride("replications", replications), new RunOverride("duration", "0.5s")]);

    [Fact]
    public void A_sweep_expands_to_points_times_options_times_replications_numbered_point_then_option_then_replication()
    {
        string path = Bundled("growth-what-if");
        var plan = Sweep(path, "3").Plan(File.ReadAllText(path));
        // Factors 0.2 … 1.2 by 0.2: six points; one option; three replications.
        Assert.Equal(6 * 1 * 3, plan.Units.Count);
        Assert.Equal(Enumerable.Range(0, plan.Units.Count), plan.Units.Select(u => u.Id));
        Assert.Equal([0, 0, 0, 1, 1, 1], plan.Units.Take(6).Select(u => u.Point));
        Assert.Equal([0, 1, 2, 0, 1, 2], plan.Units.Take(6).Select(u => u.Replication));
        Assert.All(plan.Units, u => Assert.Equal("", u.FailureSet));
    }

    [Fact]
    public void A_run_expands_to_options_times_replications()
    {
        string path = Bundled("multicloud-bgp");
        var scenario = ScenarioLoader.Load(path);
        var plan = new StudyRequest(StudyKind.Run, path, [new RunOverride("replications", "4")]).Plan(File.ReadAllText(path));
        Assert.Equal(scenario.Options.Count * 4, plan.Units.Count);
        Assert.Equal(scenario.Options.Select(o => o.Name), plan.Units.Where(u => u.Replication == 0).Select(u => u.Option));
    }

    [Fact]
    public void A_resilience_study_expands_to_options_times_failure_sets()
    {
        string path = Bundled("hub-vs-mesh");
        var plan = new StudyRequest(StudyKind.Resilience, path, []).Plan(File.ReadAllText(path));
        var study = FabricSim.Scenarios.Resilience.ResilienceStudy.Run(ScenarioLoader.Load(path));
        Assert.Equal(study.Options.Sum(o => o.Sets.Count), plan.Units.Count);
        Assert.Equal(study.Options.SelectMany(o => o.Sets.Select(s => s.Name)), plan.Units.Select(u => u.FailureSet));
    }

    [Fact]
    public void The_plan_hash_names_the_scenario_and_the_settings_that_shape_units()
    {
        string path = Bundled("growth-what-if");
        string text = File.ReadAllText(path);
        string hash = Sweep(path, "2").Plan(text).ScenarioHash;
        Assert.Equal(hash, Sweep(path, "2").Plan(text).ScenarioHash);
        Assert.NotEqual(hash, Sweep(path, "3").Plan(text).ScenarioHash);
        Assert.NotEqual(hash, Sweep(path, "2").Plan(text + "\n# changed\n").ScenarioHash);
        Assert.NotEqual(hash, (Sweep(path, "2") with { Kind = StudyKind.Run }).Plan(text).ScenarioHash);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    [InlineData(18)]
    [InlineData(40)]
    public void The_shards_of_a_plan_hold_every_unit_exactly_once(int count)
    {
        string path = Bundled("growth-what-if");
        var units = Sweep(path, "3").Plan(File.ReadAllText(path)).Units;
        var held = Enumerable.Range(1, count).SelectMany(i => new Shard(i, count).Select(units)).Select(u => u.Id).Order();
        Assert.Equal(units.Select(u => u.Id), held);
    }

    [Fact]
    public void A_units_raw_result_is_the_same_whichever_shard_order_or_thread_count_runs_it()
    {
        string path = Bundled("growth-what-if");
        string text = File.ReadAllText(path);
        var request = Sweep(path, "2");
        var whole = Units(StudyShards.Run(request, text, Shard.Whole, new RunOptions(Jobs: 2)));
        var pieces = Enumerable.Range(1, 3).Reverse()
            .SelectMany(i => Units(StudyShards.Run(request, text, new Shard(i, 3), new RunOptions(Jobs: 1))))
            .ToDictionary(unit => unit.Key, unit => unit.Value);
        Assert.Equal(whole.Count, pieces.Count);
        foreach (var (id, json) in whole)
        {
            Assert.Equal(json, pieces[id]);
        }
    }

    /// <summary>Each unit's JSON by id.</summary>
    private static Dictionary<int, string> Units(PartialResult partial)
    {
        using var document = JsonDocument.Parse(partial.UnitsJson);
        return document.RootElement.GetProperty("Units").EnumerateArray()
            .ToDictionary(unit => unit.GetProperty("Id").GetInt32(), unit => unit.GetRawText());
    }

    [Fact]
    public void A_histogram_restored_from_its_state_answers_and_merges_exactly_as_the_original()
    {
        var random = new Random(5);
        var original = new LatencyHistogram();
        for (int i = 0; i < 20_000; i++)
        {
            original.Record((long)(1e6 * -Math.Log(1 - random.NextDouble())) + 250);
        }
        var copy = LatencyHistogram.FromState(original.State());
        foreach (double q in new[] { 0.0, 0.5, 0.95, 0.99, 0.999, 1.0 })
        {
            Assert.Equal(original.Quantile(q), copy.Quantile(q));
        }
        Assert.Equal((original.Count, original.Min, original.Max, original.Mean), (copy.Count, copy.Min, copy.Max, copy.Mean));
        var pooledOriginal = new LatencyHistogram();
        pooledOriginal.Merge(original);
        pooledOriginal.Merge(new LatencyHistogram());
        var pooledCopy = new LatencyHistogram();
        pooledCopy.Merge(copy);
        pooledCopy.Merge(LatencyHistogram.FromState(new LatencyHistogram().State()));
        Assert.Equal(pooledOriginal.State().Counts, pooledCopy.State().Counts);
        Assert.Equal(pooledOriginal.Quantile(0.99), pooledCopy.Quantile(0.99));
    }
}
