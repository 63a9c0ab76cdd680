namespace FabricSim.Cli.Commands;

/// <summary>Process exit codes, so scripts can tell a mistake in their input from a fault in the program.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int InternalError = 1;
    public const int BadInput = 2;

    /// <summary><c>compare --check</c>: the run succeeded, but no option is shown to meet the scenario's requirements.</summary>
    public const int RequirementsNotMet = 3;

    /// <summary>Stopped by Ctrl-C (SIGINT): 128 + 2, as shells report it.</summary>
    public const int Interrupted = 130;

    /// <summary>Stopped by SIGTERM: 128 + 15.</summary>
    public const int Terminated = 143;
}
