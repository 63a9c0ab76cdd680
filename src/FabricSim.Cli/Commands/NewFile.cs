using System.Text;

namespace FabricSim.Cli.Commands;

/// <summary>
/// Writes a file the user named only if nothing is there yet, and whole or not at all: a mistyped name must never
/// replace a scenario or anything else, and an interrupted write must never leave half a file.
/// </summary>
internal static class NewFile
{
    public static bool TryWrite(string path, string text, out string? refusal) => TryWrite(path, text, replaceable: null, out refusal);

    /// <summary>As <see cref="TryWrite(string, string, out string?)"/>, but a file that <paramref name="replaceable"/> recognises as FabricSim's own earlier output is replaced (in one step).</summary>
    public static bool TryWrite(string path, string text, Func<string, bool>? replaceable, out string? refusal)
    {
        bool replace = File.Exists(path) && replaceable is not null && replaceable(ReadStart(path));
        if (Directory.Exists(path) || (File.Exists(path) && !replace))
        {
            refusal = $"{path} exists{(replaceable is null ? "" : " and is not one FabricSim wrote")}; choose a new file name (nothing was written)";
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
            // Without a file to replace, overwrite: false makes the final step fail, not replace, if one appeared meanwhile.
            File.Move(staging, path, overwrite: replace);
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

    private static string ReadStart(string path)
    {
        using var reader = new StreamReader(path);
        var buffer = new char[512];
        return new string(buffer, 0, reader.ReadBlock(buffer, 0, buffer.Length));
    }
}
