namespace FabricSim.Cli.Commands;

/// <summary>
/// Reports progress on the caller's thread at once (System.Progress posts to a thread pool, so the last report
/// could arrive after the run has finished). Reports from parallel replications are serialised.
/// </summary>
internal sealed class InlineProgress<T>(Action<T> report) : IProgress<T>
{
    private readonly Lock gate = new();

    public void Report(T value)
    {
        lock (gate)
        {
            report(value);
        }
    }
}
