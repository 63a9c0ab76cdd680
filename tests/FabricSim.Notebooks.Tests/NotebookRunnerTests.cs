namespace FabricSim.Notebooks.Tests;

/// <summary>The harness itself: state flows between cells, directives are handled, failures name the cell.</summary>
public sealed class NotebookRunnerTests
{
    private static NotebookDocument Notebook(params string[] cells) => new("test.ipynb", ".net-csharp", cells);

    [Fact]
    public async Task Cells_share_state_in_order()
    {
        var globals = await NotebookRunner.RunAsync(Notebook("var x = 20;", "int Twice(int v) => 2 * v;", "display(Twice(x) + 2);"), Environment.CurrentDirectory);

        Assert.Equal([42], globals.Displayed);
    }

    [Fact]
    public async Task Magic_lines_and_FabricSim_references_are_handled()
    {
        var globals = await NotebookRunner.RunAsync(Notebook(
            "#!csharp\n#r \"../src/FabricSim.Cli/bin/Release/net10.0/FabricSim.Engine.dll\"\nusing FabricSim.Engine.Time;\ndisplay(SimTime.Parse(\"10ms\").Nanoseconds);"),
            Environment.CurrentDirectory);

        Assert.Equal([10_000_000L], globals.Displayed);
    }

    [Fact]
    public async Task A_compile_error_names_the_cell()
    {
        var error = await Assert.ThrowsAsync<NotebookCellException>(() => NotebookRunner.RunAsync(Notebook("var a = 1;", "var b = a +;"), Environment.CurrentDirectory));

        Assert.Contains("code cell 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_runtime_error_names_the_cell()
    {
        var error = await Assert.ThrowsAsync<NotebookCellException>(() => NotebookRunner.RunAsync(Notebook("throw new InvalidOperationException(\"boom\");"), Environment.CurrentDirectory));

        Assert.Contains("code cell 1", error.Message, StringComparison.Ordinal);
        Assert.Contains("boom", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reference_to_anything_else_is_refused()
    {
        Assert.Throws<NotebookCellException>(() => NotebookRunner.Prepare("#r \"nuget: Newtonsoft.Json\"", "x.ipynb", 0));
    }

    [Fact]
    public void The_ipynb_reader_returns_code_cells_only()
    {
        string path = Path.Combine(Path.GetTempPath(), $"nb-{Guid.NewGuid():N}.ipynb");
        File.WriteAllText(path, """
            {"cells":[{"cell_type":"markdown","metadata":{},"source":["# Title"]},
                      {"cell_type":"code","metadata":{},"execution_count":null,"outputs":[],"source":["var a = 1;\n","a + 1"]}],
             "metadata":{"kernelspec":{"name":".net-csharp","display_name":".NET (C#)","language":"C#"}},
             "nbformat":4,"nbformat_minor":5}
            """);
        try
        {
            var notebook = NotebookDocument.Load(path);
            Assert.Equal(".net-csharp", notebook.Kernel);
            Assert.Equal(["var a = 1;\na + 1"], notebook.CodeCells);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
