using FabricSim.Engine.Time;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace FabricSim.Scenarios.Yaml;

/// <summary>
/// Bounds on the shape of a scenario file, checked on the parser's event stream before any tree is built, so a
/// file nested thousands deep, padded to gigabytes or made of aliases of aliases is an error (exit 2), never a
/// stack overflow or a hang. Every bundled scenario is far inside them; docs/scenarios.md lists them.
/// </summary>
internal static class InputLimits
{
    /// <summary>Equal-cost paths a router may share flows over: 1 (the best path only) to 16.</summary>
    public const int MaxMaximumPaths = 16;

    /// <summary>Largest scenario file, in characters; the biggest bundled one is under 4 000.</summary>
    public const int MaxCharacters = 4 * 1024 * 1024;

    /// <summary>Deepest nesting of mappings and lists; bundled scenarios reach 6.</summary>
    public const int MaxDepth = 64;

    /// <summary>Most YAML nodes (keys, values, items) in one file.</summary>
    public const int MaxNodes = 200_000;

    /// <summary>Most alias references (<c>*name</c>); each may stand for a whole subtree, so they are kept few.</summary>
    public const int MaxAliases = 100;

    /// <summary>Most points in one sweep; each simulates every option and replication again.</summary>
    public const int MaxSweepPoints = 1000;

    /// <summary>Shortest run: below it packets on long paths are still in flight when it ends, and count as lost.</summary>
    public static readonly SimTime MinDuration = SimTime.FromMilliseconds(100);

    /// <summary>Shortest time-series sampling interval (run.probe_interval).</summary>
    public static readonly SimTime MinProbeInterval = SimTime.FromMilliseconds(1);

    /// <summary>Shortest BGP keepalive: RFC 4271 counts keepalives in whole seconds.</summary>
    public static readonly SimTime MinKeepalive = SimTime.FromSeconds(1);

    /// <summary>Shortest BFD interval; hardware BFD goes down to about 3.3 ms, routers rarely below 50 ms.</summary>
    public static readonly SimTime MinBfdInterval = SimTime.FromMilliseconds(10);

    public static void Check(string text, ErrorCollector errors)
    {
        if (text.Length > MaxCharacters)
        {
            errors.Add(new Mark(0, 1, 1), $"the file has {text.Length} characters, more than the {MaxCharacters} a scenario may have",
                "describe repeated elements with generators (e.g. 'mesh: {sites: 8}') instead of listing them, or split the study into several scenarios");
            errors.ThrowIfAny();
        }
        var parser = new Parser(new StringReader(text));
        int depth = 0;
        int nodes = 0;
        int aliases = 0;
        try
        {
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case MappingStart or SequenceStart:
                        nodes++;
                        if (++depth > MaxDepth)
                        {
                            errors.Add(parser.Current.Start, $"the file nests lists and mappings more than {MaxDepth} deep",
                                "flatten the structure: scenario keys never nest more than a few levels");
                            errors.ThrowIfAny();
                        }
                        break;
                    case MappingEnd or SequenceEnd:
                        depth--;
                        break;
                    case AnchorAlias:
                        nodes++;
                        if (++aliases > MaxAliases)
                        {
                            errors.Add(parser.Current.Start, $"the file uses more than {MaxAliases} YAML aliases (*name)",
                                "write the values out, or use generators such as 'mesh:' for repeated elements");
                            errors.ThrowIfAny();
                        }
                        break;
                    case Scalar:
                        nodes++;
                        break;
                    default:
                        break;
                }
                if (nodes > MaxNodes)
                {
                    errors.Add(parser.Current!.Start, $"the file has more than {MaxNodes} keys, values and list items",
                        "describe repeated elements with generators instead of listing them, or split the study into several scenarios");
                    errors.ThrowIfAny();
                }
            }
        }
        catch (Exception syntax) when (syntax is YamlException or InvalidOperationException)
        {
            // Syntax errors are located and explained when the file is parsed for real.
        }
    }
}
