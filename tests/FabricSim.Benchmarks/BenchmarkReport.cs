using System.Globalization;

namespace FabricSim.Benchmarks;

/// <summary>Prints each figure twice: a readable line for people and a `BENCH name value unit` line for scripts.</summary>
internal sealed class BenchmarkReport
{
    private readonly TextWriter _out;

    public BenchmarkReport(TextWriter output) => _out = output;

    public void Heading(string text)
    {
        _out.WriteLine();
        _out.WriteLine(text);
        _out.WriteLine(new string('-', text.Length));
    }

    public void Figure(string name, double value, string unit, string description)
    {
        string shown = Math.Abs(value) >= 1000
            ? value.ToString("N0", CultureInfo.InvariantCulture)
            : value.ToString("0.###", CultureInfo.InvariantCulture);
        _out.WriteLine($"  {description,-58} {shown,16} {unit}");
        _out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"BENCH {name} {value:0.###} {unit}"));
    }

    public void Note(string text) => _out.WriteLine("  " + text);

    /// <summary>
    /// The machine's one-minute load average (Linux /proc/loadavg) as a figure, so a timing taken while other work
    /// shared the cores says so; nothing where the file does not exist.
    /// </summary>
    public void Load(string name)
    {
        const string LoadFile = "/proc/loadavg";
        if (File.Exists(LoadFile) && double.TryParse(File.ReadAllText(LoadFile).Split(' ')[0], NumberStyles.Float, CultureInfo.InvariantCulture, out double load))
        {
            Figure(name, load, "", $"1-minute load average on {Environment.ProcessorCount} cores");
        }
    }
}
