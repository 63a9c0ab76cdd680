using FabricSim.Reporting.Parquet;
using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Running;
using Parquet.Serialization;

namespace FabricSim.Reporting.Tests;

/// <summary>runs.parquet read back: one row per unit × flow, each holding the figures of that replication and the swept value.</summary>
public sealed class RunsParquetTests
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

    [Fact]
    public void A_sweeps_runs_parquet_reads_back_one_row_per_unit_and_flow_with_every_metric()
    {
        var scenario = ScenarioLoader.Load(Bundled("growth-what-if"), [new RunOverride("duration", "0.5s"), new RunOverride("replications", "2")]);
        var result = Simulation.Sweep(scenario);
        using var file = new MemoryStream();
        RunsParquet.Write(file, result);
        file.Position = 0;
        var read = ParquetSerializer.DeserializeAsync<SweepRunRow>(file).GetAwaiter().GetResult();
        var rows = read.Data.ToList();
        // Column names as docs/results.md gives them, for DuckDB and pandas.
        Assert.Contains("delay_p99_ms", read.Schema.GetDataFields().Select(f => f.Name));
        Assert.Contains("throughput_bps", read.Schema.GetDataFields().Select(f => f.Name));

        int flows = result.Sweep[0].Options.Sum(o => o.Flows.Count);
        Assert.Equal(result.Sweep.Count * 2 * flows, rows.Count);
        Assert.Equal(Enumerable.Range(0, result.Sweep.Count * 2), rows.Select(r => r.Unit).Distinct());
        foreach (var (point, p) in result.Sweep.Select((point, p) => (point, p)))
        {
            foreach (var run in point.Options.SelectMany(o => o.Runs))
            {
                var row = Assert.Single(rows, r => r.Unit == run.Unit && r.Flow == run.Flow);
                Assert.Equal((p, point.Setting, point.Value, run.Option, run.Replication), (row.Point, row.Setting, row.Value, row.Option, row.Replication));
                Assert.Equal((run.PacketsSent, run.PacketsReceived, run.PacketsDropped), (row.PacketsSent, row.PacketsReceived, row.PacketsDropped));
                Assert.Equal((run.ThroughputBitsPerSecond, run.DelayP99Ms, run.LossRatio, run.JitterMs), (row.ThroughputBps, row.DelayP99Ms, row.LossRatio, row.JitterMs));
            }
        }
        // The replications of a point are what its summary's estimate is made of.
        var first = result.Sweep[0].Options[0];
        var flow = first.Flows[0];
        Assert.Equal(flow.ThroughputBitsPerSecond.Mean, rows.Where(r => r.Point == 0 && r.Flow == flow.Flow).Average(r => r.ThroughputBps), 6);
    }

    [Fact]
    public void A_resilience_studys_runs_parquet_reads_back_one_row_per_failure_set_and_flow()
    {
        var result = Scenarios.Resilience.ResilienceStudy.Run(ScenarioLoader.Load(Bundled("hub-vs-mesh")));
        using var file = new MemoryStream();
        RunsParquet.Write(file, result);
        file.Position = 0;
        var read = ParquetSerializer.DeserializeAsync<ResilienceRunRow>(file).GetAwaiter().GetResult();
        var rows = read.Data.ToList();
        var sets = result.Options.SelectMany(o => o.Sets).ToList();
        Assert.Equal(sets.Sum(s => s.Flows.Count), rows.Count);
        Assert.Equal(Enumerable.Range(0, sets.Count), rows.Select(r => r.Unit).Distinct());
        var lost = sets.SelectMany(s => s.Flows.Where(f => f.Lost).Select(f => (s.Name, f.Flow))).ToHashSet();
        Assert.Equal(lost, rows.Where(r => r.Lost).Select(r => (r.FailureSet, r.Flow)).ToHashSet());
        Assert.All(rows.Where(r => r.Lost), r => Assert.Null(r.OutageMs));
    }
}
