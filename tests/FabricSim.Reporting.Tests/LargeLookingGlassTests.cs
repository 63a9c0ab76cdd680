using System.Text;
using FabricSim.Reporting.Html;
using FabricSim.Reporting.Writing;
using FabricSim.Scenarios.Results;

namespace FabricSim.Reporting.Tests;

/// <summary>A looking glass of a large fabric leaves the page for a file of its own; the page keeps counts and a sample.</summary>
public sealed class LargeLookingGlassTests : IDisposable
{
    private const int Routers = 60;
    private const int RoutesEach = 400;
    private readonly string root = Path.Combine(Path.GetTempPath(), "fabricsim-glass-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>Text in the layout the BGP looking glass prints: a heading per router, its sessions, then its routes.</summary>
    private static string MeshLookingGlass()
    {
        var text = new StringBuilder();
        for (int r = 0; r < Routers; r++)
        {
            text.Append($"r{r} (AS {64600 + r}, router id 198.18.0.{r + 1})\n");
            text.Append("  Neighbor        AS         Via               State        Up/Down       PfxRcd PfxAcc PfxAdv  BFD\n");
            text.Append($"  r{(r + 1) % Routers,-14}{64601 + r,-11}link              Established  00:00:01         4      4      4  no\n");
            text.Append("     Network             Next hop        From            MED  LocPrf  Path\n");
            // Router r has r + 1 fewer routes than the first, so every count differs.
            for (int p = 0; p < RoutesEach - r; p++)
            {
                text.Append($"  {(p % 3 == 0 ? "*>" : "* "),-3}10.{p / 256}.{p % 256}.0/24     198.18.0.9      r9                 100  64609 i\n");
            }
            text.Append('\n');
        }
        return text.ToString();
    }

    private static ScenarioResult WithLargeGlass()
    {
        var result = SyntheticResults.Create();
        var options = result.Options.ToList();
        options[0] = options[0] with { LookingGlass = MeshLookingGlass() };
        return result with { Options = options };
    }

    [Fact]
    public void The_page_shows_per_router_counts_and_a_sample_and_links_the_full_tables()
    {
        var result = WithLargeGlass();
        string glass = result.Options[0].LookingGlass;
        Assert.True(glass.Length > LargeLookingGlass.InlineLimit);

        string html = HtmlReport.Build(result, []);

        string file = "looking-glass/" + FileSlug.Of(result.Options[0].Name) + ".txt";
        Assert.Contains($"href=\"{file}\"", html, StringComparison.Ordinal);
        for (int r = 0; r < Routers; r++)
        {
            Assert.Contains($"<td>r{r}</td><td class=\"num\">{RoutesEach - r}</td>", html.Replace("\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        }
        // The sample is the first routers' tables; the last router's routes are only in the file.
        Assert.Contains("r0 (AS 64600", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"r{Routers - 1} (AS {64600 + Routers - 1}", html, StringComparison.Ordinal);
        Assert.True(html.Length < glass.Length / 4, $"index.html is {html.Length:N0} characters for a {glass.Length:N0}-character looking glass");
    }

    [Fact]
    public void The_full_tables_are_written_beside_the_index_and_listed_in_the_manifest()
    {
        var result = WithLargeGlass();
        string target = Path.Combine(root, "mesh");

        new ResultsWriter().Write(result, target);

        string file = "looking-glass/" + FileSlug.Of(result.Options[0].Name) + ".txt";
        Assert.Equal(result.Options[0].LookingGlass, File.ReadAllText(Path.Combine(target, file)));
        Assert.Contains(file, File.ReadAllText(Path.Combine(target, ".fabricsim-results")), StringComparison.Ordinal);
        // The other option's looking glass is small and stays on the page.
        Assert.Single(Directory.GetFiles(Path.Combine(target, "looking-glass")));
        Assert.Contains("10.0.0.0/16 via 169.254.0.1", File.ReadAllText(Path.Combine(target, "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void Sweep_points_repeating_an_option_name_get_distinct_files()
    {
        var sweep = SyntheticResults.CreateSweep();
        var points = sweep.Sweep.Select(point => point with
        {
            Options = point.Options.Select(o => o with { LookingGlass = MeshLookingGlass() }).ToList(),
        }).ToList();
        var result = sweep with { Sweep = points };

        var files = LargeLookingGlass.Files(result);

        Assert.Equal(points.Sum(p => p.Options.Count), files.Count);
        Assert.Equal(files.Count, files.Values.Distinct(StringComparer.Ordinal).Count());
    }

}
