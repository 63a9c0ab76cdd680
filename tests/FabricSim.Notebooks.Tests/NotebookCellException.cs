namespace FabricSim.Notebooks.Tests;

/// <summary>A notebook cell failed to compile or threw; names the notebook and the cell (0-based among code cells).</summary>
public sealed class NotebookCellException : Exception
{
    public NotebookCellException(string notebook, int cell, string detail, Exception? inner)
        : base($"{Path.GetFileName(notebook)}, code cell {cell + 1}: {detail}", inner)
    {
    }
}
