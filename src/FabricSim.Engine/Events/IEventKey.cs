namespace FabricSim.Engine.Events;

/// <summary>
/// What a heap of events orders by: time, then the order of scheduling. A struct constraint, so every heap's sift is
/// compiled for its own entry type with the comparison inlined.
/// </summary>
internal interface IEventKey<T>
    where T : struct, IEventKey<T>
{
    long Time { get; }

    /// <summary>Earlier time first; at equal times the earlier-scheduled event first, so ties run FIFO.</summary>
    bool RunsBefore(in T other);
}
