
namespace FabricSim.Scenarios.Sweeps;

/// <summary>
/// One point of a sweep: the value substituted at the path (Text, as written into the scenario), its numeric Value
/// (the factor when sweeping factors, else the value in base units: bit/s, seconds, bytes) and the validated scenario.
/// </summary>
internal sealed record SweepCase(string Parameter, double Value, string Text, Scenario Scenario);
