using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace FabricSim.Architecture.Tests;

/// <summary>One type as declared in source: a partial type's parts are merged into one.</summary>
/// <param name="FullName">Namespace, containing types and name, with the generic arity as in metadata (<c>Foo`1</c>).</param>
/// <param name="Public">Declared public, and so is every type containing it: visible to other assemblies.</param>
/// <param name="PrivateNested">Nested and not visible outside its containing type (private or private protected).</param>
/// <param name="Place">file:line of its first declaration.</param>
internal sealed record DeclaredType(string Project, string Name, string FullName, bool Public, bool PrivateNested, string Place);

/// <summary>Every type declared in a set of source files, read from the syntax alone (no compilation).</summary>
internal static class TypeDeclarations
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Preview);

    public static List<DeclaredType> Read(IEnumerable<SourceFile> files)
    {
        var byFullName = new Dictionary<string, DeclaredType>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var file in files.OrderBy(f => f.RelativePath, StringComparer.Ordinal))
        {
            var root = CSharpSyntaxTree.ParseText(file.Text, ParseOptions, file.RelativePath).GetCompilationUnitRoot();
            foreach (var member in root.DescendantNodes().OfType<MemberDeclarationSyntax>())
            {
                if (member is not (BaseTypeDeclarationSyntax or DelegateDeclarationSyntax))
                {
                    continue;
                }
                var type = Describe(file, member);
                if (byFullName.TryGetValue(type.FullName, out var earlier))
                {
                    // Another part of a partial type: public if any part says so.
                    byFullName[type.FullName] = earlier with { Public = earlier.Public || type.Public };
                }
                else
                {
                    byFullName[type.FullName] = type;
                    order.Add(type.FullName);
                }
            }
        }
        return order.Select(name => byFullName[name]).ToList();
    }

    private static DeclaredType Describe(SourceFile file, MemberDeclarationSyntax member)
    {
        var containing = member.Ancestors().OfType<BaseTypeDeclarationSyntax>().Reverse().ToList();
        string ns = string.Join('.', member.Ancestors().OfType<BaseNamespaceDeclarationSyntax>().Reverse().Select(n => n.Name.ToString()));
        var path = containing.Select(c => MetadataName(c)).Append(MetadataName(member));
        string fullName = (ns.Length > 0 ? ns + "." : "") + string.Join('+', path);
        bool isPublic = member.Modifiers.Any(SyntaxKind.PublicKeyword) && containing.All(c => c.Modifiers.Any(SyntaxKind.PublicKeyword));
        bool privateNested = containing.Count > 0 && IsPrivate(member.Modifiers);
        int line = member.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
        return new DeclaredType(file.Project ?? "", Identifier(member), fullName, isPublic, privateNested, $"{file.RelativePath}:{line}");
    }

    /// <summary>No accessibility keyword on a nested type means private; so do private and private protected.</summary>
    private static bool IsPrivate(SyntaxTokenList modifiers) =>
        !modifiers.Any(m => m.IsKind(SyntaxKind.PublicKeyword) || m.IsKind(SyntaxKind.InternalKeyword) || m.IsKind(SyntaxKind.ProtectedKeyword))
        || (modifiers.Any(SyntaxKind.PrivateKeyword) && modifiers.Any(SyntaxKind.ProtectedKeyword));

    private static string Identifier(MemberDeclarationSyntax member) => member switch
    {
        BaseTypeDeclarationSyntax t => t.Identifier.ValueText,
        DelegateDeclarationSyntax d => d.Identifier.ValueText,
        _ => throw new ArgumentException("not a type declaration", nameof(member)),
    };

    private static string MetadataName(MemberDeclarationSyntax member)
    {
        int arity = member switch
        {
            TypeDeclarationSyntax t => t.TypeParameterList?.Parameters.Count ?? 0,
            DelegateDeclarationSyntax d => d.TypeParameterList?.Parameters.Count ?? 0,
            _ => 0,
        };
        return arity == 0 ? Identifier(member) : $"{Identifier(member)}`{arity}";
    }
}
