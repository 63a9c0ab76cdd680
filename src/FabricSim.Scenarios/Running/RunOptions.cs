using FabricSim.Engine.Time;

namespace FabricSim.Scenarios.Running;

/// <summary>
/// How to run a scenario, overriding what its file says where a value is given. Results depend on the seed and
/// replication count only: <see cref="Jobs"/> changes speed, never output.
/// </summary>
/// <param name="Seed">Root seed of every random stream; null keeps run.seed.</param>
/// <param name="Replications">Independent replications per option; null keeps run.replications.</param>
/// <param name="Jobs">Replications simulated at once; 0 uses every processor.</param>
/// <param name="Duration">Simulated time per replication (warm-up scaled in proportion); null keeps run.duration.</param>
public sealed record RunOptions(
    ulong? Seed = null,
    int? Replications = null,
    int Jobs = 0,
    SimTime? Duration = null,
    IProgress<RunProgress>? Progress = null,
    CancellationToken Cancellation = default)
{
    /// <summary>Packet simulation, the flow-level model, or whichever suits the scenario (the default).</summary>
    public Fidelity Fidelity { get; init; } = Fidelity.Auto;
}

/// <summary>Units of work done so far (one unit = one replication of one option) out of the total.</summary>
public sealed record RunProgress(int Completed, int Total, string Description);
