namespace FabricSim.Scenarios.Shards;

/// <summary>Which command a set of work units belongs to; a shard of one kind never merges with another's.</summary>
public enum StudyKind
{
    Run,
    Sweep,
    Resilience,
}
