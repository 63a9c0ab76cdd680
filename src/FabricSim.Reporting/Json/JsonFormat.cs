using System.Text.Encodings.Web;
using System.Text.Json;

namespace FabricSim.Reporting.Json;

/// <summary>How every JSON file of a report is written: indented, '\n' line ends, names as written, non-finite numbers as null.</summary>
internal static class JsonFormat
{
    public static JsonWriterOptions Options { get; } = new()
    {
        Indented = true,
        // Names of options and flows are shown as written, not as \uXXXX escapes; the files are never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    };

    /// <summary>A number, or null when it is not finite (a single replication has no interval), which every JSON reader accepts.</summary>
    public static void Number(Utf8JsonWriter json, string name, double value)
    {
        if (double.IsFinite(value))
        {
            json.WriteNumber(name, value);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
