namespace FabricSim.Benchmarks;

/// <summary>A benchmark the runner discovers by reflection: add a class implementing this and it runs.</summary>
internal interface IBenchmark
{
    /// <summary>Short name used by --filter and as the prefix of its BENCH lines, e.g. "engine", "chain".</summary>
    string Name { get; }

    void Run(BenchmarkReport report, bool quick);
}
