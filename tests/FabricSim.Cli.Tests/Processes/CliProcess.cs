using System.Diagnostics;
using System.Text;

namespace FabricSim.Cli.Tests.Processes;

/// <summary>
/// The built <c>fabricsim</c> run as a separate process, as a user runs it, so that real signals and real kills
/// can be sent to it. SIGINT and SIGTERM are reset to their defaults in the child (a test host may ignore them).
/// </summary>
internal sealed class CliProcess : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly StringBuilder error = new();

    private CliProcess(Process process)
    {
        this.process = process;
    }

    public int Id => process.Id;

    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    public string Error
    {
        get
        {
            lock (error)
            {
                return error.ToString();
            }
        }
    }

    public static CliProcess Start(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        string cli = Path.Combine(AppContext.BaseDirectory, "fabricsim.dll");
        var start = new ProcessStartInfo("env")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in new[] { "--default-signal=INT,TERM", "dotnet", cli }.Concat(args))
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start fabricsim");
        var cliProcess = new CliProcess(process);
        process.OutputDataReceived += (_, line) => cliProcess.Append(cliProcess.output, line.Data);
        process.ErrorDataReceived += (_, line) => cliProcess.Append(cliProcess.error, line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return cliProcess;
    }

    /// <summary>Runs fabricsim to the end (or to its death) and returns its exit code; 128 + n when killed by signal n.</summary>
    public static (int ExitCode, string Output, string Error) Run(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        using var cli = Start(workingDirectory, environment, args);
        int code = cli.WaitForExit(TimeSpan.FromMinutes(2));
        return (code, cli.Output, cli.Error);
    }

    public void WaitForOutput(string text, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (!Output.Contains(text, StringComparison.Ordinal))
        {
            if (process.HasExited || clock.Elapsed > timeout)
            {
                throw new TimeoutException($"fabricsim did not print '{text}'. Output: {Output} Error: {Error}");
            }
            Thread.Sleep(50);
        }
    }

    public void Signal(string name)
    {
        using var kill = Process.Start("kill", ["-" + name, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    public int WaitForExit(TimeSpan timeout)
    {
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"fabricsim did not exit within {timeout}. Output: {Output} Error: {Error}");
        }
        process.WaitForExit();
        return process.ExitCode;
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }
        process.Dispose();
    }

    private void Append(StringBuilder into, string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (into)
        {
            into.AppendLine(line);
        }
    }
}
