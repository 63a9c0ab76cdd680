namespace FabricSim.Scenarios.Yaml;

internal enum FieldKind
{
    String,
    Integer,
    Number,
    Boolean,
    Rate,
    Duration,
    Size,
    Prefix,
    Enum,
    QosClass,
    Object,
    ObjectList,
    StringList,
    PrefixStrings,
    NumberList,
    ScalarList,
    RateMatrix,
}

/// <summary>A key an object may hold: its kind, what it means and an example value (used in fixes, docs and the schema).</summary>
internal sealed record Field(
    string Key,
    FieldKind Kind,
    string Description,
    string Example = "",
    bool Required = false,
    IReadOnlyList<string>? Values = null,
    Shape? Item = null,
    IReadOnlyList<string>? Aliases = null);

/// <summary>
/// The keys of one kind of YAML object. One declaration drives unknown-key detection (with suggestions) and the
/// JSON Schema, so the two cannot drift apart.
/// </summary>
internal sealed class Shape(string name, string description)
{
    private readonly List<Field> _fields = [];

    public string Name { get; } = name;

    public string Description { get; } = description;

    public IReadOnlyList<Field> Fields => _fields;

    public Shape Add(Field field)
    {
        _fields.Add(field);
        return this;
    }

    public Field? Find(string key) => _fields.Find(f => f.Key == key);
}
