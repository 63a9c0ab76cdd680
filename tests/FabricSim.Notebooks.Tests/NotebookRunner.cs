using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace FabricSim.Notebooks.Tests;

/// <summary>
/// Executes a notebook's code cells in order as one C# script session, the way a .NET Interactive kernel does:
/// each cell continues from the state of the previous ones. Kernel directives are handled here: <c>#!</c> magic
/// lines are dropped; <c>#r</c> lines naming FabricSim assemblies are satisfied by the references this test
/// project already has, and any other <c>#r</c> is an error, so a notebook cannot depend on something the
/// repository does not build.
/// </summary>
internal static partial class NotebookRunner
{
    [GeneratedRegex("""^\s*#r\s+"(?<target>[^"]+)"\s*$""")]
    private static partial Regex ReferenceDirective();

    public static async Task<NotebookGlobals> RunAsync(NotebookDocument notebook, string workingDirectory)
    {
        var options = ScriptOptions.Default
            .WithReferences(ReferencedAssemblies())
            .WithImports("System", "System.Linq", "System.Collections.Generic", "System.IO")
            .WithLanguageVersion(Microsoft.CodeAnalysis.CSharp.LanguageVersion.Latest)
            .WithEmitDebugInformation(false);
        var globals = new NotebookGlobals();
        string previous = Environment.CurrentDirectory;
        Environment.CurrentDirectory = workingDirectory;
        try
        {
            ScriptState<object>? state = null;
            for (int i = 0; i < notebook.CodeCells.Count; i++)
            {
                string code = Prepare(notebook.CodeCells[i], notebook.Path, i);
                try
                {
                    state = state is null
                        ? await CSharpScript.RunAsync(code, options, globals, typeof(NotebookGlobals)).ConfigureAwait(false)
                        : await state.ContinueWithAsync(code, options).ConfigureAwait(false);
                }
                catch (CompilationErrorException error)
                {
                    throw new NotebookCellException(notebook.Path, i, string.Join(Environment.NewLine, error.Diagnostics), error);
                }
                catch (Exception error) when (error is not NotebookCellException)
                {
                    throw new NotebookCellException(notebook.Path, i, error.ToString(), error);
                }
            }
        }
        finally
        {
            Environment.CurrentDirectory = previous;
        }
        return globals;
    }

    internal static string Prepare(string cell, string notebookPath, int index)
    {
        var lines = cell.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            if (line.TrimStart().StartsWith("#!", StringComparison.Ordinal))
            {
                lines[i] = string.Empty;
                continue;
            }
            var match = ReferenceDirective().Match(line);
            if (match.Success)
            {
                string target = match.Groups["target"].Value;
                if (!Path.GetFileName(target).StartsWith("FabricSim.", StringComparison.Ordinal))
                {
                    throw new NotebookCellException(notebookPath, index, $"#r \"{target}\" is not a FabricSim assembly; notebooks may only reference what this repository builds.", null);
                }
                lines[i] = string.Empty;
            }
        }
        return string.Join('\n', lines);
    }

    private static IEnumerable<Assembly> ReferencedAssemblies()
    {
        // Load every FabricSim assembly next to the tests so notebooks see the same code the tests reference.
        string directory = AppContext.BaseDirectory;
        var assemblies = Directory.EnumerateFiles(directory, "FabricSim.*.dll")
            .Where(path => !Path.GetFileName(path).Contains(".Tests", StringComparison.Ordinal))
            .Select(Assembly.LoadFrom)
            .ToList();
        assemblies.Add(typeof(object).Assembly);
        assemblies.Add(typeof(Enumerable).Assembly);
        assemblies.Add(Assembly.Load("System.Runtime"));
        assemblies.Add(Assembly.Load("System.Collections"));
        assemblies.Add(typeof(NotebookGlobals).Assembly);
        return assemblies;
    }
}
