using System.Text.Json;
using FabricSim.Reporting.Notebook;

namespace FabricSim.Notebooks.Tests;

/// <summary>
/// Smoke tests of the bundled notebooks: each runs top to bottom in quick mode, as a reader would run it from the
/// notebooks folder, without a compile or runtime error, and shows at least one chart.
/// </summary>
public sealed class BundledNotebookTests
{
    /// <summary>The variable every notebook reads to shorten its runs.</summary>
    private const string QuickModeVariable = "FABRICSIM_NOTEBOOK_QUICK";

    public static TheoryData<string> Notebooks
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (string path in Directory.GetFiles(RepositoryFolders.Notebooks, "*.ipynb").OrderBy(p => p, StringComparer.Ordinal))
            {
                data.Add(Path.GetFileName(path));
            }
            return data;
        }
    }

    [Fact]
    public void The_notebooks_folder_holds_notebooks()
    {
        Assert.NotEmpty(Notebooks);
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Notebook_uses_the_dotnet_csharp_kernel(string fileName)
    {
        string path = Path.Combine(RepositoryFolders.Notebooks, fileName);
        var notebook = NotebookDocument.Load(path);
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var kernelspec = json.RootElement.GetProperty("metadata").GetProperty("kernelspec");

        Assert.Equal(".net-csharp", notebook.Kernel);
        Assert.Equal(".NET (C#)", kernelspec.GetProperty("display_name").GetString());
        Assert.Equal("C#", kernelspec.GetProperty("language").GetString());
        Assert.Equal(4, json.RootElement.GetProperty("nbformat").GetInt32());
        Assert.NotEmpty(notebook.CodeCells);
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task Notebook_runs_in_quick_mode_and_shows_a_chart(string fileName)
    {
        var notebook = NotebookDocument.Load(Path.Combine(RepositoryFolders.Notebooks, fileName));
        string? previous = Environment.GetEnvironmentVariable(QuickModeVariable);
        Environment.SetEnvironmentVariable(QuickModeVariable, "1");
        try
        {
            var globals = await NotebookRunner.RunAsync(notebook, RepositoryFolders.Notebooks);

            Assert.Contains(globals.Displayed, value => value is PlotImage);
        }
        finally
        {
            Environment.SetEnvironmentVariable(QuickModeVariable, previous);
        }
    }
}
