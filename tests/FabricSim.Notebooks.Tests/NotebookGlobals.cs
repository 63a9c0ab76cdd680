namespace FabricSim.Notebooks.Tests;

/// <summary>
/// What a .NET Interactive kernel offers a cell that a plain script lacks: <c>display(...)</c>. The runner keeps
/// what cells display so tests can check that plots and tables were produced.
/// </summary>
public sealed class NotebookGlobals
{
    public List<object?> Displayed { get; } = [];

#pragma warning disable IDE1006, CA1707 // the notebook kernel's function is spelled in lower case
    public object? display(object? value)
#pragma warning restore IDE1006, CA1707
    {
        Displayed.Add(value);
        return value;
    }
}
