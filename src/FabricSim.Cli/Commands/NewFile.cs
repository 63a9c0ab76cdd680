using System.Text;

namespace FabricSim.Cli.Commands;

/// <summary>
/// Writes a file the user named only if nothing is there yet, and whole or not at all: a mistyped name must never
/// replace a scenario or anything else, and an interrupted write must never leave half a file.
/// </summary>
internal static class NewFile
{
    public static bool TryWrite(string path, string text, out string? refusal)
    {
        if (File.Exists(path) || Directory.Exists(path))
        {
            refusal = $"{path} exists; choose a new file name (nothing was written)";
            return false;
        }
        string? folder = Path.GetDirectoryName(path);
        if (folder is null || !Directory.Exists(folder))
        {
            refusal = $"folder {folder} does not exist (nothing was written)";
            return false;
        }
        string staging = Path.Combine(folder, $".{Path.GetFileName(path)}.{Environment.ProcessId}.tmp");
        try
        {
            File.WriteAllText(staging, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            // overwrite: false makes the final step fail, not replace, if a file appeared meanwhile.
            File.Move(staging, path, overwrite: false);
        }
        catch (IOException e)
        {
            File.Delete(staging);
            refusal = $"could not write {path}: {e.Message} (nothing was written)";
            return false;
        }
        refusal = null;
        return true;
    }
}
