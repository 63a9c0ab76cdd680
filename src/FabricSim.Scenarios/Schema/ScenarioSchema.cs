using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Yaml;
using NJsonSchema;

namespace FabricSim.Scenarios.Schema;

/// <summary>
/// A JSON Schema (draft-07) of the scenario format for editor validation and completion. It is generated from the
/// same key declarations the loader checks, so the schema and the loader accept the same keys.
/// </summary>
public static class ScenarioSchema
{
    private const string RatePattern = @"^\s*[0-9]+(\.[0-9]+)?\s*(bps|kbps|Kbps|Mbps|Gbps|Tbps)\s*$";
    private const string DurationPattern = @"^\s*[0-9]+(\.[0-9]+)?\s*(ns|us|µs|ms|s|min|h|d)\s*$";
    private const string SizePattern = @"^\s*[0-9]+(\.[0-9]+)?\s*(B|KB|kB|KiB|MB|MiB|GB|GiB|TB)\s*$";
    private const string PrefixPattern = @"^[0-9A-Fa-f:.]+/[0-9]{1,3}$";

    public static string Generate() => Build().ToJson();

    internal static JsonSchema Build()
    {
        var definitions = new Dictionary<Shape, JsonSchema>();
        foreach (var shape in ScenarioShapes.All())
        {
            definitions[shape] = new JsonSchema { Type = JsonObjectType.Object, AllowAdditionalProperties = false, Description = shape.Description };
        }
        foreach (var (shape, schema) in definitions)
        {
            foreach (var field in shape.Fields)
            {
                var property = Property(field, definitions);
                property.Description = string.IsNullOrEmpty(field.Example) ? field.Description : $"{field.Description}. Example: {field.Example}";
                schema.Properties[field.Key] = property;
                var accepts = field.Accepts ?? [];
                foreach (string alias in accepts)
                {
                    var aliasProperty = Property(field, definitions);
                    aliasProperty.Description = $"the Megaport Terraform provider's name for '{field.Key}': {property.Description}";
                    schema.Properties[alias] = aliasProperty;
                    // One setting written under both names is an error in the loader, and so here.
                    schema.AllOf.Add(new JsonSchema { Not = Requiring(field.Key, alias) });
                }
                if (field.Required && accepts.Count == 0)
                {
                    schema.RequiredProperties.Add(field.Key);
                }
                else if (field.Required)
                {
                    var either = new JsonSchema();
                    foreach (string key in (IEnumerable<string>)[field.Key, .. accepts])
                    {
                        either.AnyOf.Add(Requiring(key));
                    }
                    schema.AllOf.Add(either);
                }
            }
        }
        var root = definitions[ScenarioShapes.Root];
        root.SchemaVersion = "http://json-schema.org/draft-07/schema#";
        root.Title = "FabricSim scenario";
        foreach (var (shape, schema) in definitions)
        {
            if (shape != ScenarioShapes.Root)
            {
                root.Definitions[shape.Name] = schema;
            }
        }
        return root;
    }

    private static JsonSchema Requiring(params string[] keys)
    {
        var schema = new JsonSchema();
        foreach (string key in keys)
        {
            schema.RequiredProperties.Add(key);
        }
        return schema;
    }

    private static JsonSchemaProperty Property(Field field, Dictionary<Shape, JsonSchema> definitions)
    {
        var property = new JsonSchemaProperty();
        switch (field.Kind)
        {
            case FieldKind.Object:
                property.Reference = definitions[field.Item!];
                break;
            case FieldKind.ObjectList:
                property.Type = JsonObjectType.Array;
                property.Item = new JsonSchema { Reference = definitions[field.Item!] };
                break;
            case FieldKind.StringList:
                property.Type = JsonObjectType.Array;
                property.Item = Scalar(field, FieldKind.Enum);
                break;
            case FieldKind.PrefixStrings:
                property.Type = JsonObjectType.Array;
                property.Item = Scalar(field, FieldKind.Prefix);
                break;
            case FieldKind.NumberList:
                property.Type = JsonObjectType.Array;
                property.Item = new JsonSchema { Type = JsonObjectType.Number };
                break;
            case FieldKind.ScalarList:
                property.Type = JsonObjectType.Array;
                property.Item = new JsonSchema { Type = JsonObjectType.String | JsonObjectType.Number };
                break;
            case FieldKind.RateMatrix:
                property.Type = JsonObjectType.Object;
                property.AdditionalPropertiesSchema = new JsonSchema
                {
                    Type = JsonObjectType.Object,
                    AdditionalPropertiesSchema = new JsonSchema { Type = JsonObjectType.String, Pattern = RatePattern },
                };
                break;
            case FieldKind.QosClass:
                property.OneOf.Add(new JsonSchema { Type = JsonObjectType.String, Enumeration = { "voice", "video", "business", "bulk", "best_effort" } });
                property.OneOf.Add(new JsonSchema { Type = JsonObjectType.Integer, Minimum = 0, Maximum = 7 });
                break;
            default:
                var scalar = Scalar(field, field.Kind);
                property.Type = scalar.Type;
                property.Pattern = scalar.Pattern;
                foreach (object? value in scalar.Enumeration)
                {
                    property.Enumeration.Add(value);
                }
                break;
        }
        return property;
    }

    private static JsonSchema Scalar(Field field, FieldKind kind)
    {
        var schema = new JsonSchema();
        switch (kind)
        {
            case FieldKind.Integer:
                schema.Type = JsonObjectType.Integer;
                break;
            case FieldKind.Number:
                schema.Type = JsonObjectType.Number;
                break;
            case FieldKind.Boolean:
                schema.Type = JsonObjectType.Boolean;
                break;
            case FieldKind.Rate:
                schema.Type = JsonObjectType.String;
                schema.Pattern = RatePattern;
                break;
            case FieldKind.Duration:
                schema.Type = JsonObjectType.String;
                schema.Pattern = DurationPattern;
                break;
            case FieldKind.Size:
                schema.Type = JsonObjectType.String;
                schema.Pattern = SizePattern;
                break;
            case FieldKind.Prefix:
                schema.Type = JsonObjectType.String;
                schema.Pattern = PrefixPattern;
                break;
            default:
                schema.Type = JsonObjectType.String;
                foreach (string value in field.Values ?? [])
                {
                    schema.Enumeration.Add(value);
                }
                break;
        }
        return schema;
    }
}
