using System.Reflection;
using System.Runtime;
using FabricSim.Benchmarks;

// Usage: dotnet run -c Release --project tests/FabricSim.Benchmarks -- [--quick] [--filter NAME]
bool quick = args.Contains("--quick");
int filterAt = Array.IndexOf(args, "--filter");
string? filter = filterAt >= 0 && filterAt + 1 < args.Length ? args[filterAt + 1] : null;

var benchmarks = Assembly.GetExecutingAssembly().GetTypes()
    .Where(t => typeof(IBenchmark).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false })
    .Select(t => (IBenchmark)Activator.CreateInstance(t)!)
    .Where(b => filter is null || b.Name.Contains(filter, StringComparison.OrdinalIgnoreCase))
    .OrderBy(b => b.Name, StringComparer.Ordinal)
    .ToList();

var report = new BenchmarkReport(Console.Out);
Console.WriteLine($"FabricSim benchmarks ({(quick ? "quick" : "full")}); {Environment.ProcessorCount} cores, " +
                  $"{System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}, GC {(GCSettings.IsServerGC ? "server" : "workstation")}{(System.AppContext.TryGetSwitch("System.GC.Concurrent", out bool concurrent) && !concurrent ? " non-concurrent" : "")}");
#if DEBUG
Console.WriteLine("WARNING: Debug build; run with -c Release for meaningful figures.");
#endif
foreach (var benchmark in benchmarks)
{
    benchmark.Run(report, quick);
}
return 0;
