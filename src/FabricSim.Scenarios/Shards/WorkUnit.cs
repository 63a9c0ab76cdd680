namespace FabricSim.Scenarios.Shards;

/// <summary>
/// One independent piece of a study: an option at one sweep point in one replication, or an option under one failure
/// set. Units are numbered point by point, then option by option, then replication (or failure set) in the order the
/// scenario lists them, so the numbering depends on the scenario alone.
/// </summary>
/// <param name="Point">The sweep point's index; 0 for a run or a resilience study.</param>
/// <param name="PointText">The swept value as written into the scenario; empty outside a sweep.</param>
/// <param name="Replication">The replication; its random streams are seeded by (<see cref="WorkPlan.Seed"/>, Replication) only, so every
/// option of a point sees the same offered traffic and a unit's samples do not depend on where or when it runs.</param>
/// <param name="FailureSet">The failure set of a resilience unit; empty for a simulated unit, whose failures are the scenario's own.</param>
public sealed record WorkUnit(int Id, int Point, string PointText, int OptionIndex, string Option, int Replication, string FailureSet);
