using System.Globalization;
using System.Net;
using FabricSim.Engine.Time;
using FabricSim.Network.Units;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace FabricSim.Scenarios.Yaml;

/// <summary>
/// Reads the keys of one YAML mapping as typed values, reporting every problem (unknown key, missing key, bad unit,
/// wrong type, out of range) to the collector with the offending node's position instead of stopping.
/// </summary>
internal sealed class ObjectReader
{
    private readonly YamlMappingNode _node;
    private readonly Dictionary<string, (YamlNode Key, YamlNode Value)> _entries = new(StringComparer.Ordinal);

    public ObjectReader(YamlMappingNode node, Shape shape, ErrorCollector errors, string label)
    {
        _node = node;
        Shape = shape;
        Errors = errors;
        Label = label;
        foreach (var (keyNode, valueNode) in node.Children)
        {
            string written = keyNode is YamlScalarNode scalar ? scalar.Value ?? string.Empty : string.Empty;
            if (shape.FindAccepting(written) is not { } field)
            {
                errors.Add(keyNode, $"unknown key '{written}' in {label}; {SuggestKey(written)}", SuggestKeyFix(written));
                continue;
            }
            if (_entries.TryGetValue(field.Key, out var earlier))
            {
                // YAML already refuses a key written twice, so a clash here is always a name and its alias.
                string first = ((YamlScalarNode)earlier.Key).Value ?? field.Key;
                errors.Add(keyNode, $"'{written}' and '{first}' in {label} both set '{field.Key}' ('{(written == field.Key ? first : written)}' is the Terraform provider's name for it)",
                    $"keep one of '{first}' and '{written}'");
                continue;
            }
            _entries[field.Key] = (keyNode, valueNode);
        }
        foreach (var field in shape.Fields)
        {
            if (field.Required && !_entries.ContainsKey(field.Key))
            {
                errors.Add(node, $"{label} is missing required key '{field.Key}' ({field.Description})", $"add e.g. '{field.Key}: {field.Example}'");
            }
        }
    }

    public Shape Shape { get; }

    public ErrorCollector Errors { get; }

    /// <summary>How messages name this object, e.g. "vxc 'syd-aws'".</summary>
    public string Label { get; }

    public Mark Start => _node.Start;

    public YamlMappingNode Node => _node;

    public bool Has(string key) => _entries.ContainsKey(key);

    public YamlNode? ValueNode(string key) => _entries.TryGetValue(key, out var entry) ? entry.Value : null;

    /// <summary>The key's own node when present (errors about a key name point there), else the mapping.</summary>
    public YamlNode KeyNodeOrSelf(string key) => _entries.TryGetValue(key, out var entry) ? entry.Key : _node;

    public void Error(string key, string message, string fix) => Errors.Add(ValueNode(key) ?? _node, message, fix);

    public string? String(string key)
    {
        if (Scalar(key) is not { } scalar)
        {
            return null;
        }
        return scalar.Value;
    }

    public string StringOr(string key, string fallback) => String(key) ?? fallback;

    public long? Integer(string key, long min = long.MinValue, long max = long.MaxValue)
    {
        if (Scalar(key) is not { } scalar)
        {
            return null;
        }
        if (!long.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long value))
        {
            Errors.Add(scalar, $"{key} in {Label} must be a whole number, not '{scalar.Value}'", $"write e.g. '{key}: {Example(key)}'");
            return null;
        }
        if (value < min || value > max)
        {
            Errors.Add(scalar, $"{key} in {Label} is {value}; it must be between {min} and {max}", $"use a value from {min} to {max}");
            return null;
        }
        return value;
    }

    public double? Number(string key, double min = double.NegativeInfinity, double max = double.PositiveInfinity)
    {
        if (Scalar(key) is not { } scalar)
        {
            return null;
        }
        if (!double.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !double.IsFinite(value))
        {
            Errors.Add(scalar, $"{key} in {Label} must be a number, not '{scalar.Value}'", $"write e.g. '{key}: {Example(key)}'");
            return null;
        }
        if (value < min || value > max)
        {
            Errors.Add(scalar, $"{key} in {Label} is {Format(value)}; it must be between {Format(min)} and {Format(max)}", $"use a value from {Format(min)} to {Format(max)}");
            return null;
        }
        return value;
    }

    public bool? Boolean(string key)
    {
        if (Scalar(key) is not { } scalar)
        {
            return null;
        }
        switch (scalar.Value)
        {
            case "true" or "yes" or "on":
                return true;
            case "false" or "no" or "off":
                return false;
            default:
                Errors.Add(scalar, $"{key} in {Label} must be true or false, not '{scalar.Value}'", $"write '{key}: true' or '{key}: false'");
                return null;
        }
    }

    /// <summary>A data rate; zero and negative rates are rejected (a zero-rate circuit or demand is always a mistake).</summary>
    public DataRate? Rate(string key)
    {
        if (Scalar(key) is not { } scalar)
        {
            return null;
        }
        string text = scalar.Value ?? string.Empty;
        if (text.TrimStart().StartsWith('-'))
        {
            Errors.Add(scalar, $"{key} in {Label} is '{text}'; a rate must be positive", $"use a positive rate, e.g. '{key}: {Example(key)}'");
            return null;
        }
        if (!DataRate.TryParse(text, out var rate, out string error))
        {
            Errors.Add(scalar, $"bad unit in {key} of {Label}: {error}", $"write a rate with a unit, e.g. '{key}: {Example(key)}'");
            return null;
        }
        if (rate.IsZero)
        {
            Errors.Add(scalar, $"{key} in {Label} is zero; a rate must be positive", $"use a positive rate, e.g. '{key}: {Example(key)}'");
            return null;
        }
        return rate;
    }

    /// <summary>
    /// A duration; negative values are rejected, zero only when <paramref name="allowZero"/>, and values below
    /// <paramref name="atLeast"/> (the shortest interval a periodic event source may have, so a run cannot hang).
    /// </summary>
    public SimTime? Duration(string key, bool allowZero = true, SimTime? atLeast = null)
    {
        if (Scalar(key) is not { } scalar)
        {
            return null;
        }
        if (!SimTime.TryParse(scalar.Value, out var time, out string error))
        {
            Errors.Add(scalar, $"bad unit in {key} of {Label}: {error}", $"write a duration with a unit, e.g. '{key}: {Example(key)}'");
            return null;
        }
        if (time < SimTime.Zero || (!allowZero && time == SimTime.Zero))
        {
            Errors.Add(scalar, $"{key} in {Label} is '{scalar.Value}'; it must be {(allowZero ? "zero or positive" : "positive")}", $"write e.g. '{key}: {Example(key)}'");
            return null;
        }
        if (atLeast is { } minimum && time < minimum)
        {
            Errors.Add(scalar, $"{key} in {Label} is '{scalar.Value}'; it must be at least {minimum}, or the simulation spends its time on this one periodic event",
                $"write e.g. '{key}: {Example(key)}', or at least {minimum}");
            return null;
        }
        return time;
    }

    /// <summary>A size in bytes; zero and negative sizes are rejected.</summary>
    public long? Size(string key)
    {
        if (Scalar(key) is not { } scalar)
        {
            return null;
        }
        string text = scalar.Value ?? string.Empty;
        if (text.TrimStart().StartsWith('-') || (ByteSize.TryParse(text, out long zero, out _) && zero == 0))
        {
            Errors.Add(scalar, $"{key} in {Label} is '{text}'; a size must be positive", $"use a positive size, e.g. '{key}: {Example(key)}'");
            return null;
        }
        if (!ByteSize.TryParse(text, out long bytes, out string error))
        {
            Errors.Add(scalar, $"bad unit in {key} of {Label}: {error}", $"write a size with a unit, e.g. '{key}: {Example(key)}'");
            return null;
        }
        return bytes;
    }

    /// <summary>
    /// A size in bytes written either as bytes ("625KB") or as a time at <paramref name="rate"/> ("10ms"): how
    /// network engineers size buckets and buffers. Zero and negative values are rejected.
    /// </summary>
    public long? SizeOrTime(string key, DataRate rate)
    {
        if (Scalar(key) is not { } scalar)
        {
            return null;
        }
        string text = scalar.Value ?? string.Empty;
        if (ByteSize.TryParse(text, out long bytes, out _) && bytes > 0)
        {
            return bytes;
        }
        if (SimTime.TryParse(text, out var time, out _) && time > SimTime.Zero)
        {
            return Math.Max(1, rate.BytesIn(time));
        }
        Errors.Add(scalar, $"{key} in {Label} is '{text}'; it must be a positive size or a positive time at the rate {rate}",
            $"write e.g. '{key}: {Example(key)}' (bytes) or '{key}: 10ms' (time at the rate)");
        return null;
    }

    /// <summary>One of the field's declared values (snake_case in the file), or null after reporting the bad value.</summary>
    public string? Choice(string key)
    {
        if (Scalar(key) is not { } scalar)
        {
            return null;
        }
        var values = Shape.Find(key)?.Values ?? [];
        string text = scalar.Value ?? string.Empty;
        if (values.Contains(text))
        {
            return text;
        }
        Errors.Add(scalar, $"'{text}' is not a valid {key} in {Label}; {NameSuggestions.Hint(text, [.. values], "values")}", $"use one of: {string.Join(", ", values)}");
        return null;
    }

    /// <summary>A QoS class by name (voice, video, business, bulk, best_effort) or as a number 0–7.</summary>
    public int? QosClass(string key)
    {
        if (Scalar(key) is not { } scalar)
        {
            return null;
        }
        string text = scalar.Value ?? string.Empty;
        if (QosClasses.TryParse(text, out int value))
        {
            return value;
        }
        Errors.Add(scalar, $"'{text}' is not a QoS class in {Label}; {NameSuggestions.Hint(text, QosClasses.Names, "classes")}", "use voice, video, business, bulk, best_effort or a number 0-7");
        return null;
    }

    public IPNetwork? Prefix(string key) => Scalar(key) is { } scalar ? ParsePrefix(scalar, Errors, Label) : null;

    public IReadOnlyList<string> Strings(string key)
    {
        if (ValueNode(key) is not { } node)
        {
            return [];
        }
        if (node is not YamlSequenceNode sequence)
        {
            Errors.Add(node, $"{key} in {Label} must be a list", $"write e.g. '{key}: [{Example(key).Trim('[', ']')}]'");
            return [];
        }
        var result = new List<string>();
        foreach (var item in sequence)
        {
            if (item is YamlScalarNode scalar && scalar.Value is { } value)
            {
                result.Add(value);
            }
            else
            {
                Errors.Add(item, $"each item of {key} in {Label} must be a single value", $"write e.g. '{key}: {Example(key)}'");
            }
        }
        return result;
    }

    /// <summary>Items of a list with their nodes, so each can be checked and reported where it is written.</summary>
    public IReadOnlyList<YamlScalarNode> ScalarItems(string key)
    {
        if (ValueNode(key) is not { } node)
        {
            return [];
        }
        if (node is not YamlSequenceNode sequence)
        {
            Errors.Add(node, $"{key} in {Label} must be a list", $"write e.g. '{key}: {Example(key)}'");
            return [];
        }
        var result = new List<YamlScalarNode>();
        foreach (var item in sequence)
        {
            if (item is YamlScalarNode scalar)
            {
                result.Add(scalar);
            }
            else
            {
                Errors.Add(item, $"each item of {key} in {Label} must be a single value", $"write e.g. '{key}: {Example(key)}'");
            }
        }
        return result;
    }

    public IReadOnlyList<IPNetwork> Prefixes(string key)
    {
        var result = new List<IPNetwork>();
        foreach (var scalar in ScalarItems(key))
        {
            if (ParsePrefix(scalar, Errors, Label) is { } prefix)
            {
                result.Add(prefix);
            }
        }
        return result;
    }

    public ObjectReader? Object(string key, Shape shape, string label)
    {
        if (ValueNode(key) is not { } node)
        {
            return null;
        }
        if (node is not YamlMappingNode mapping)
        {
            Errors.Add(node, $"{key} in {Label} must be a mapping of keys to values", $"indent the keys of {key} under it, e.g. {Example(key)}");
            return null;
        }
        return new ObjectReader(mapping, shape, Errors, label);
    }

    /// <summary>Readers for each mapping in a list, each labelled "kind 'name'" for messages.</summary>
    public IReadOnlyList<ObjectReader> Objects(string key, Shape shape, string kind)
    {
        if (ValueNode(key) is not { } node)
        {
            return [];
        }
        if (node is not YamlSequenceNode sequence)
        {
            Errors.Add(node, $"{key} in {Label} must be a list of {kind} entries", $"start each {kind} with '- ' on its own line under {key}");
            return [];
        }
        var result = new List<ObjectReader>();
        foreach (var item in sequence)
        {
            if (item is not YamlMappingNode mapping)
            {
                Errors.Add(item, $"each item of {key} in {Label} must be a {kind} mapping", $"write the {kind}'s keys, e.g. '- name: ...'");
                continue;
            }
            string? name = NameOf(mapping, shape);
            result.Add(new ObjectReader(mapping, shape, Errors, name is null ? kind : $"{kind} '{name}'"));
        }
        return result;
    }

    private static string? NameOf(YamlMappingNode mapping, Shape shape)
    {
        foreach (string key in (IEnumerable<string>)["name", .. shape.Find("name")?.Accepts ?? []])
        {
            if (mapping.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode named)
            {
                return named.Value;
            }
        }
        return null;
    }

    internal static IPNetwork? ParsePrefix(YamlScalarNode scalar, ErrorCollector errors, string label)
    {
        string text = scalar.Value ?? string.Empty;
        if (IPNetwork.TryParse(text, out var prefix))
        {
            int slashAt = text.IndexOf('/', StringComparison.Ordinal);
            if (slashAt < 0 || !IPAddress.TryParse(text[..slashAt], out var written) || written.Equals(prefix.BaseAddress))
            {
                return prefix;
            }
            // IPNetwork clears host bits silently; a user who wrote them most likely meant another network.
            errors.Add(scalar, $"'{text}' in {label} has host bits set, so it is not a network address",
                $"write the network {prefix}, or a longer prefix if a smaller network was meant");
            return null;
        }
        string fix = "write a network address with its length, e.g. 10.10.0.0/16";
        int slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0 && IPAddress.TryParse(text[..slash], out var address)
            && int.TryParse(text[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out int length)
            && length <= (address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128))
        {
            fix = $"host bits are set; the network is {new IPNetwork(Mask(address, length), length)}";
        }
        errors.Add(scalar, $"'{text}' in {label} is not an IP prefix", fix);
        return null;
    }

    private static IPAddress Mask(IPAddress address, int length)
    {
        byte[] bytes = address.GetAddressBytes();
        for (int bit = length; bit < bytes.Length * 8; bit++)
        {
            bytes[bit / 8] &= (byte)~(0x80 >> (bit % 8));
        }
        return new IPAddress(bytes);
    }

    private YamlScalarNode? Scalar(string key)
    {
        if (ValueNode(key) is not { } node)
        {
            return null;
        }
        if (node is YamlScalarNode scalar)
        {
            return scalar;
        }
        Errors.Add(node, $"{key} in {Label} must be a single value, not a {(node is YamlSequenceNode ? "list" : "mapping")}", $"write e.g. '{key}: {Example(key)}'");
        return null;
    }

    private string Example(string key) => Shape.Find(key)?.Example ?? string.Empty;

    private string SuggestKey(string key)
    {
        var byAlias = Shape.Fields.FirstOrDefault(f => f.Aliases?.Any(a => NameSuggestions.EditDistance(a, key) <= Math.Max(1, key.Length / 4)) == true);
        if (byAlias is not null)
        {
            return $"did you mean '{byAlias.Key}'?";
        }
        return NameSuggestions.Hint(key, Shape.Fields.Select(f => f.Key).ToList(), "keys");
    }

    private string SuggestKeyFix(string key)
    {
        var closest = NameSuggestions.Closest(key, Shape.Fields.Select(f => f.Key));
        var byAlias = Shape.Fields.FirstOrDefault(f => f.Aliases?.Any(a => NameSuggestions.EditDistance(a, key) <= Math.Max(1, key.Length / 4)) == true);
        string? best = byAlias?.Key ?? (closest.Count > 0 ? closest[0] : null);
        return best is null
            ? $"remove '{key}' or use one of: {string.Join(", ", Shape.Fields.Select(f => f.Key))}"
            : $"rename '{key}' to '{best}'";
    }

    private static string Format(double value) => value.ToString("G", CultureInfo.InvariantCulture);
}
