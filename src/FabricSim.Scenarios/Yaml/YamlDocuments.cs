using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace FabricSim.Scenarios.Yaml;

/// <summary>Parses text into a representation tree whose nodes keep their source positions.</summary>
internal static class YamlDocuments
{
    /// <summary>The root mapping; a syntax error, an empty file or a non-mapping root is reported and thrown at once.</summary>
    public static YamlMappingNode ParseRoot(string text, ErrorCollector errors)
    {
        InputLimits.Check(text, errors);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            string message = ex.InnerException is YamlException inner && inner.Message.Length > 0 ? inner.Message : ex.Message;
            errors.Add(ex.Start, "YAML syntax error: " + StripPosition(message), "check indentation, colons after keys and matching brackets or quotes near this position");
            errors.ThrowIfAny();
        }
        catch (InvalidOperationException)
        {
            // The composer fails this way on some unterminated structures; the parser alone locates the problem.
            errors.Add(LocateSyntaxError(text), "YAML syntax error: the document ends inside an unclosed list, mapping or quote", "close every '[', '{' and quote opened near this position");
            errors.ThrowIfAny();
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            var at = stream.Documents.Count == 0 ? Mark.Empty : stream.Documents[0].RootNode.Start;
            errors.Add(at, "the file is not a mapping of keys to values", "start with 'name: ...' at column 1");
            errors.ThrowIfAny();
            throw new InvalidOperationException("unreachable");
        }
        if (stream.Documents.Count > 1)
        {
            errors.Add(stream.Documents[1].RootNode.Start, "the file holds more than one YAML document", "remove the '---' separator and keep one scenario per file");
        }
        return root;
    }

    private static Mark LocateSyntaxError(string text)
    {
        var parser = new Parser(new StringReader(text));
        Mark last = Mark.Empty;
        try
        {
            while (parser.MoveNext())
            {
                last = parser.Current?.Start ?? last;
            }
        }
        catch (YamlException ex)
        {
            return ex.Start;
        }
        catch (InvalidOperationException)
        {
            return last;
        }
        return last;
    }

    // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 20) - (Line: ...): "; the position is reported separately.
    private static string StripPosition(string message)
    {
        int index = message.LastIndexOf("): ", StringComparison.Ordinal);
        return index >= 0 && message.StartsWith('(') ? message[(index + 3)..] : message;
    }
}
