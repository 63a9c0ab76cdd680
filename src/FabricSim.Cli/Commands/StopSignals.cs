using System.Runtime.InteropServices;

namespace FabricSim.Cli.Commands;

/// <summary>
/// Turns Ctrl-C (SIGINT) and SIGTERM into a cancellation the simulation honours, instead of the runtime's abrupt
/// exit, and remembers which one came so the process can exit as a shell expects (128 + signal number).
/// </summary>
internal sealed class StopSignals : IDisposable
{
    private readonly CancellationTokenSource source = new();
    private readonly List<PosixSignalRegistration> registrations = [];
    private int exitCode = ExitCodes.Interrupted;

    public CancellationToken Token => source.Token;

    /// <summary>The exit code of the stop requested, 130 (SIGINT) or 143 (SIGTERM).</summary>
    public int ExitCode => Volatile.Read(ref exitCode);

    /// <summary>The name of the signal that stopped the run, for the message.</summary>
    public string SignalName => ExitCode == ExitCodes.Terminated ? "SIGTERM" : "SIGINT (Ctrl-C)";

    public static StopSignals Register()
    {
        var signals = new StopSignals();
        signals.registrations.Add(PosixSignalRegistration.Create(PosixSignal.SIGINT, context => signals.Handle(context, ExitCodes.Interrupted)));
        signals.registrations.Add(PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => signals.Handle(context, ExitCodes.Terminated)));
        return signals;
    }

    /// <summary>Asks the run to stop as if the signal with this exit code had arrived.</summary>
    public void Request(int code)
    {
        if (!source.IsCancellationRequested)
        {
            Volatile.Write(ref exitCode, code);
        }
        source.Cancel();
    }

    public void Dispose()
    {
        foreach (var registration in registrations)
        {
            registration.Dispose();
        }
        source.Dispose();
    }

    private void Handle(PosixSignalContext context, int code)
    {
        // The simulation stops at its next check and the command line exits itself, having written nothing partial.
        context.Cancel = true;
        Request(code);
    }
}
