using System.Text.Json;

namespace FabricSim.Scenarios.Import;

/// <summary>
/// One resource or data source of <c>terraform show -json</c>: its full address (with its module path), type and
/// attribute values, and what its configuration refers to (a plan knows a new product's uid only by reference).
/// </summary>
internal sealed record TerraformResource(string Address, string Mode, string Type, JsonElement Values, IReadOnlyDictionary<string, string> References)
{
    public bool IsData => Mode == "data";

    public string? String(string attribute) => Text(Values, attribute);

    public long? Number(string attribute) => Whole(Values, attribute);

    public static string? Text(JsonElement element, string attribute) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(attribute, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;

    /// <summary>A whole number, also when written as a string (the provider keeps some ASNs as strings).</summary>
    public static long? Whole(JsonElement element, string attribute)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(attribute, out var value))
        {
            return null;
        }
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out long number))
        {
            return number;
        }
        return value.ValueKind == JsonValueKind.String && long.TryParse(value.GetString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out long parsed)
            ? parsed
            : null;
    }

    public static JsonElement? Child(JsonElement element, string attribute) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(attribute, out var value) && value.ValueKind is JsonValueKind.Object or JsonValueKind.Array
            ? value
            : null;

    public static IEnumerable<JsonElement> Items(JsonElement? element) =>
        element is { ValueKind: JsonValueKind.Array } list ? list.EnumerateArray() : [];
}
