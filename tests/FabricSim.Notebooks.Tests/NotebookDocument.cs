using System.Text.Json;

namespace FabricSim.Notebooks.Tests;

/// <summary>The code cells of a Jupyter notebook (.ipynb, nbformat 4), in order.</summary>
internal sealed record NotebookDocument(string Path, string Kernel, IReadOnlyList<string> CodeCells)
{
    public static NotebookDocument Load(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var root = document.RootElement;
        string kernel = root.TryGetProperty("metadata", out var metadata)
                        && metadata.TryGetProperty("kernelspec", out var spec)
                        && spec.TryGetProperty("name", out var name)
            ? name.GetString() ?? string.Empty
            : string.Empty;
        var cells = new List<string>();
        foreach (var cell in root.GetProperty("cells").EnumerateArray())
        {
            if (cell.GetProperty("cell_type").GetString() != "code")
            {
                continue;
            }
            var source = cell.GetProperty("source");
            cells.Add(source.ValueKind == JsonValueKind.Array
                ? string.Concat(source.EnumerateArray().Select(line => line.GetString()))
                : source.GetString() ?? string.Empty);
        }
        return new NotebookDocument(path, kernel, cells);
    }
}
