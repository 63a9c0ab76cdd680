namespace FabricSim.Cli.Seam;

/// <summary>Run settings given on the command line; null keeps the scenario file's own value.</summary>
/// <param name="Seed">Master seed of the random streams.</param>
/// <param name="Replications">Independent replications per option, for confidence intervals.</param>
/// <param name="Jobs">Replications simulated in parallel; results do not depend on it.</param>
/// <param name="Duration">Simulated time per replication.</param>
internal sealed record RunOverrides(ulong? Seed = null, int? Replications = null, int? Jobs = null, Engine.Time.SimTime? Duration = null);
