using System.Diagnostics;
using System.Globalization;

namespace FabricSim.Reporting.Writing;

/// <summary>
/// A fault-injection hook for tests of crash safety: with FABRICSIM_TEST_KILL_AT_WRITE_STEP=N in its environment,
/// the process kills itself (SIGKILL, no clean-up) at the N-th step of writing results. Read only by the writer.
/// </summary>
internal static class WriteCheckpoints
{
    public const string Variable = "FABRICSIM_TEST_KILL_AT_WRITE_STEP";

    public static Action<string>? FromEnvironment()
    {
        if (!int.TryParse(Environment.GetEnvironmentVariable(Variable), NumberStyles.None, CultureInfo.InvariantCulture, out int killAt) || killAt < 1)
        {
            return null;
        }
        int step = 0;
        return name =>
        {
            if (Interlocked.Increment(ref step) != killAt)
            {
                return;
            }
            Console.Error.WriteLine($"fabricsim: test hook: killed at write step {killAt} ({name})");
            Console.Error.Flush();
            using var self = Process.GetCurrentProcess();
            self.Kill();
            Thread.Sleep(Timeout.Infinite);
        };
    }
}
