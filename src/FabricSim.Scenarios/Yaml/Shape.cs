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

/// <summary>
/// A key an object may hold: its kind, what it means and an example value (used in fixes, docs and the schema).
/// <paramref name="Aliases"/> are only suggested for a misspelt key; <paramref name="Accepts"/> are the Megaport
/// Terraform provider's names for the same setting, read as this key so a reader of the Terraform can read the file.
/// </summary>
internal sealed record Field(
    string Key,
    FieldKind Kind,
    string Description,
    string Example = "",
    bool Required = false,
    IReadOnlyList<string>? Values = null,
    Shape? Item = null,
    IReadOnlyList<string>? Aliases = null,
    IReadOnlyList<string>? Accepts = null);

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

    /// <summary>The field a key names, by its canonical name or by one of the provider's names it accepts.</summary>
    public Field? FindAccepting(string key) => Find(key) ?? _fields.Find(f => f.Accepts?.Contains(key) == true);
}
