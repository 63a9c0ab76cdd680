namespace FabricSim.Scenarios.Running;

/// <summary>One (sweep point, option, replication) of a study, the smallest piece that runs on its own.</summary>
/// <param name="Point">The sweep point's index; 0 for a run.</param>
/// <param name="PointText">The swept value as written into the scenario; empty for a run.</param>
internal sealed record StudyCell(int Point, string PointText, int Option, string OptionName, int Replication);
