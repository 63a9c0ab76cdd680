using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace FabricSim.Architecture.Tests;

/// <summary>
/// Which namespace depends on which, read from source text alone (Roslyn syntax trees, no compilation), so it works
/// on the repository and on a handful of synthetic files alike.
/// </summary>
/// <remarks>
/// Three kinds of reference make an edge: a using directive (plain, static, alias or global) naming a namespace or
/// a type of the analysed code; a qualified name such as <c>FabricSim.Network.Links.Link</c>, or the partly qualified
/// <c>Links.Link</c> / <c>Engine.Events.Simulator</c> that C# resolves through the enclosing namespaces; and a simple
/// name that binds to a type declared in an enclosing namespace (code in <c>A.B</c> sees <c>A</c>'s types with no
/// using). A qualified name counts only when its segment after the namespace is a type declared there, and a simple
/// name only when no nearer namespace declares a type of that name, so a property that happens to share a
/// namespace's name does not make an edge. XML documentation (cref) is not code and is ignored. Not seen: an
/// extension method declared in an enclosing namespace and called without naming its class, since nothing in the
/// call names where it comes from (one imported by a using directive is seen through the directive).
/// </remarks>
internal sealed class NamespaceGraph
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Preview);

    private readonly Dictionary<string, HashSet<string>> _typesByNamespace;
    private readonly HashSet<string> _namespacePrefixes;

    private NamespaceGraph(Dictionary<string, HashSet<string>> typesByNamespace)
    {
        _typesByNamespace = typesByNamespace;
        _namespacePrefixes = new HashSet<string>(StringComparer.Ordinal);
        foreach (string ns in typesByNamespace.Keys)
        {
            for (string? p = ns; p is not null; p = Parent(p))
            {
                _namespacePrefixes.Add(p);
            }
        }
    }

    /// <summary>Every namespace that declares at least one type.</summary>
    public IReadOnlyCollection<string> Namespaces => _typesByNamespace.Keys;

    /// <summary>Every reference between two different namespaces, in file order.</summary>
    public List<Reference> References { get; } = [];

    /// <summary>Each file and the namespaces it declares (empty for a file with top-level code only).</summary>
    public List<(SourceFile File, IReadOnlyList<string> Namespaces)> Declarations { get; } = [];

    /// <summary>The distinct edges, each with the references that make it.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<Reference>>> Edges =>
        References.GroupBy(r => r.From, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g => (IReadOnlyDictionary<string, IReadOnlyList<Reference>>)g.GroupBy(r => r.To, StringComparer.Ordinal)
                .ToDictionary(h => h.Key, h => (IReadOnlyList<Reference>)h.ToList(), StringComparer.Ordinal),
            StringComparer.Ordinal);

    public static NamespaceGraph Analyse(IEnumerable<SourceFile> files)
    {
        var parsed = files
            .OrderBy(f => f.RelativePath, StringComparer.Ordinal)
            .Select(f => (File: f, Root: CSharpSyntaxTree.ParseText(f.Text, ParseOptions, f.RelativePath).GetCompilationUnitRoot()))
            .ToList();
        var types = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (_, root) in parsed)
        {
            foreach (var declaration in root.DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>())
            {
                string ns = FullName(declaration);
                foreach (var member in declaration.Members)
                {
                    string? name = member switch
                    {
                        BaseTypeDeclarationSyntax type => type.Identifier.ValueText,
                        DelegateDeclarationSyntax d => d.Identifier.ValueText,
                        _ => null,
                    };
                    if (name is not null)
                    {
                        if (!types.TryGetValue(ns, out var set))
                        {
                            types[ns] = set = new HashSet<string>(StringComparer.Ordinal);
                        }
                        set.Add(name);
                    }
                }
            }
        }
        var graph = new NamespaceGraph(types);
        foreach (var (file, root) in parsed)
        {
            graph.Read(file, root);
        }
        return graph;
    }

    private void Read(SourceFile file, CompilationUnitSyntax root)
    {
        var declarations = root.DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>()
            .Where(d => !d.Members.OfType<BaseNamespaceDeclarationSyntax>().Any() || d.Members.Any(m => m is not BaseNamespaceDeclarationSyntax))
            .ToList();
        Declarations.Add((file, declarations.Select(FullName).Distinct().ToList()));
        foreach (var declaration in declarations)
        {
            string from = FullName(declaration);
            // Usings of the compilation unit are global names; usings inside a namespace resolve relative to it first.
            foreach (var directive in root.Usings)
            {
                AddUsing(file, from, directive, [""]);
            }
            foreach (var directive in declaration.AncestorsAndSelf().OfType<BaseNamespaceDeclarationSyntax>().SelectMany(d => d.Usings))
            {
                AddUsing(file, from, directive, Enclosing(from));
            }
            foreach (var member in declaration.Members.Where(m => m is not BaseNamespaceDeclarationSyntax))
            {
                foreach (var name in member.DescendantNodesAndSelf().OfType<SimpleNameSyntax>())
                {
                    AddName(file, from, name);
                }
            }
        }
    }

    private void AddUsing(SourceFile file, string from, UsingDirectiveSyntax directive, IReadOnlyList<string> prefixes)
    {
        if (directive.NamespaceOrType is not NameSyntax target)
        {
            return;
        }
        var segments = Segments(target, out bool global);
        bool importsNamespace = directive.Alias is null && directive.StaticKeyword.IsKind(SyntaxKind.None);
        string? to = importsNamespace
            ? ResolveNamespace(segments, global ? [""] : prefixes)
            : ResolveType(segments, global ? [""] : prefixes);
        Add(from, to, file, directive, directive.ToString().Trim());
    }

    private void AddName(SourceFile file, string from, SimpleNameSyntax name)
    {
        // Only the leftmost name of a dotted chain starts a lookup; the rest are members of what it found.
        if (name.Parent is QualifiedNameSyntax q && q.Right == name
            || name.Parent is MemberAccessExpressionSyntax m && m.Name == name
            || name.Parent is AliasQualifiedNameSyntax a && a.Name == name && a.Alias.Identifier.ValueText != "global"
            || name.Parent is MemberBindingExpressionSyntax)
        {
            return;
        }
        bool global = name.Parent is AliasQualifiedNameSyntax g && g.Name == name;
        var segments = new List<string> { name.Identifier.ValueText };
        SyntaxNode outermost = global ? name.Parent! : name;
        while (true)
        {
            if (outermost.Parent is QualifiedNameSyntax qn && qn.Left == outermost)
            {
                segments.Add(qn.Right.Identifier.ValueText);
                outermost = qn;
            }
            else if (outermost.Parent is MemberAccessExpressionSyntax ma && ma.Expression == outermost && ma.IsKind(SyntaxKind.SimpleMemberAccessExpression))
            {
                segments.Add(ma.Name.Identifier.ValueText);
                outermost = ma;
            }
            else
            {
                break;
            }
        }
        var prefixes = global ? (IReadOnlyList<string>)[""] : Enclosing(from);
        string? to = segments.Count > 1 ? ResolveType(segments, prefixes) : null;
        if (to is null && !global)
        {
            // [Foo] names FooAttribute when no Foo is in scope.
            to = EnclosingNamespaceDeclaring(from, segments[0])
                ?? (outermost.Parent is AttributeSyntax ? EnclosingNamespaceDeclaring(from, segments[0] + "Attribute") : null);
        }
        Add(from, to, file, name, string.Join('.', segments));
    }

    private void Add(string from, string? to, SourceFile file, SyntaxNode where, string text)
    {
        if (to is null || to == from)
        {
            return;
        }
        int line = where.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
        References.Add(new Reference(from, to, file.RelativePath, line, text));
    }

    /// <summary>A namespace named by a using directive, if it is one of the analysed namespaces.</summary>
    private string? ResolveNamespace(IReadOnlyList<string> segments, IReadOnlyList<string> prefixes)
    {
        foreach (string prefix in prefixes)
        {
            string candidate = Join(prefix, string.Join('.', segments));
            if (_namespacePrefixes.Contains(candidate))
            {
                return _typesByNamespace.ContainsKey(candidate) ? candidate : null;
            }
        }
        return null;
    }

    /// <summary>
    /// The namespace of the type a dotted name starts with (N.T, N.T.Member...), trying each enclosing namespace from the
    /// innermost, as C# does: the first level where the leading segment is a namespace decides.
    /// </summary>
    private string? ResolveType(IReadOnlyList<string> segments, IReadOnlyList<string> prefixes)
    {
        foreach (string prefix in prefixes)
        {
            if (!_namespacePrefixes.Contains(Join(prefix, segments[0])))
            {
                continue;
            }
            string ns = prefix;
            for (int i = 0; i < segments.Count - 1; i++)
            {
                ns = Join(ns, segments[i]);
                if (!_namespacePrefixes.Contains(ns))
                {
                    return null;
                }
                if (_typesByNamespace.TryGetValue(ns, out var declared) && declared.Contains(segments[i + 1])
                    && !_namespacePrefixes.Contains(Join(ns, segments[i + 1])))
                {
                    return ns;
                }
            }
            return null;
        }
        return null;
    }

    /// <summary>The nearest enclosing namespace (the file's own included) that declares a type of this name.</summary>
    private string? EnclosingNamespaceDeclaring(string from, string typeName)
    {
        foreach (string ns in Enclosing(from))
        {
            if (_typesByNamespace.TryGetValue(ns, out var declared) && declared.Contains(typeName))
            {
                return ns;
            }
        }
        return null;
    }

    /// <summary>A.B.C, A.B, A, then the global namespace "".</summary>
    private static List<string> Enclosing(string ns)
    {
        var result = new List<string>();
        for (string? p = ns; p is not null; p = Parent(p))
        {
            result.Add(p);
        }
        result.Add("");
        return result;
    }

    private static string? Parent(string ns)
    {
        int dot = ns.LastIndexOf('.');
        return dot < 0 ? null : ns[..dot];
    }

    private static string Join(string prefix, string name) => prefix.Length == 0 ? name : prefix + "." + name;

    private static string FullName(BaseNamespaceDeclarationSyntax declaration) =>
        string.Join('.', declaration.AncestorsAndSelf().OfType<BaseNamespaceDeclarationSyntax>().Reverse()
            .Select(d => string.Join('.', Segments(d.Name, out _))));

    private static List<string> Segments(NameSyntax name, out bool global)
    {
        global = false;
        switch (name)
        {
            case QualifiedNameSyntax q:
                var left = Segments(q.Left, out global);
                left.Add(q.Right.Identifier.ValueText);
                return left;
            case AliasQualifiedNameSyntax a:
                global = a.Alias.Identifier.ValueText == "global";
                return [a.Name.Identifier.ValueText];
            case SimpleNameSyntax s:
                return [s.Identifier.ValueText];
            default:
                return [name.ToString()];
        }
    }
}
