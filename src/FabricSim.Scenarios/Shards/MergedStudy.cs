using FabricSim.Scenarios.Resilience;
using FabricSim.Scenarios.Results;

namespace FabricSim.Scenarios.Shards;

/// <summary>The study that merged shards add up to: a run's or sweep's result, or a resilience study's.</summary>
public sealed record MergedStudy(StudyKind Kind, string ScenarioName, ScenarioResult? Simulated, ResilienceResult? Resilience);
