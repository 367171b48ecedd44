using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ModelPolicies.CodeFixes.Fixing;

/// <summary>
/// Adds a <c>using</c> directive where the file keeps its usings — at the top, or in the namespace when only the
/// namespace has usings — in order, <c>System</c> first.
/// </summary>
internal static class UsingDirectives
{
    /// <summary>True when <paramref name="type"/> can be named by its simple name at <paramref name="position"/>.</summary>
    public static bool IsInScope(SemanticModel model, int position, INamedTypeSymbol type) =>
        model.LookupNamespacesAndTypes(position, name: type.Name) is { Length: 1 } found
        && SymbolEqualityComparer.Default.Equals(found[0], type);

    /// <summary>True when importing <paramref name="type"/>'s namespace would make its name (or, for an attribute, its short name) ambiguous.</summary>
    public static bool WouldConflict(SemanticModel model, int position, INamedTypeSymbol type, string? shortName) =>
        model.LookupNamespacesAndTypes(position, name: type.Name).Any(s => !SymbolEqualityComparer.Default.Equals(s, type))
        || (shortName is not null && !model.LookupNamespacesAndTypes(position, name: shortName).IsEmpty);

    /// <summary>An edit adding <c>using <paramref name="ns"/>;</c> to the file or namespace holding <paramref name="at"/>.</summary>
    public static PlannedEdit Import(Document document, SyntaxNode at, string ns)
    {
        var container = (SyntaxNode?)at.Ancestors().OfType<BaseNamespaceDeclarationSyntax>().LastOrDefault(n => n.Usings.Count > 0) is { } namespaceWithUsings
            && at.SyntaxTree.GetCompilationUnitRoot().Usings.Count == 0
            ? namespaceWithUsings
            : at.SyntaxTree.GetCompilationUnitRoot();
        return new PlannedEdit(document, container, EditKind.Add, "using:" + ns, (current, _) => Add(current, ns));
    }

    private static SyntaxNode Add(SyntaxNode container, string ns)
    {
        var usings = container switch
        {
            CompilationUnitSyntax unit => unit.Usings,
            BaseNamespaceDeclarationSyntax declaration => declaration.Usings,
            _ => default,
        };
        if (usings.Any(u => u.Alias is null && u.StaticKeyword.IsKind(SyntaxKind.None) && u.Name?.ToString() == ns))
        {
            return container;
        }

        var endOfLine = SourceLines.EndOfLine(container);
        var directive = SyntaxFactory.UsingDirective(SyntaxFactory.ParseName(ns)).WithTrailingTrivia(endOfLine);
        if (usings.Count == 0)
        {
            // The file's leading trivia (a header comment, say) stays above the new using, a blank line below it.
            var first = container.GetFirstToken();
            var leading = container is CompilationUnitSyntax ? first.LeadingTrivia : default;
            directive = directive.WithLeadingTrivia(leading).WithTrailingTrivia(endOfLine, endOfLine);
            var bare = container is CompilationUnitSyntax ? container.ReplaceToken(first, first.WithLeadingTrivia()) : container;
            return With(bare, SyntaxFactory.SingletonList(directive));
        }

        var index = usings.Count;
        for (var i = 0; i < usings.Count; i++)
        {
            var existing = usings[i];
            if (existing.Alias is null && existing.StaticKeyword.IsKind(SyntaxKind.None) && existing.GlobalKeyword.IsKind(SyntaxKind.None)
                && existing.Name is { } name && Compare(ns, name.ToString()) < 0)
            {
                index = i;
                break;
            }

            if (existing.Alias is not null || !existing.StaticKeyword.IsKind(SyntaxKind.None))
            {
                index = i; // aliases and static usings come after the namespaces
                break;
            }
        }

        if (index == 0)
        {
            // Take over the first using's leading trivia (a header comment stays at the top).
            directive = directive.WithLeadingTrivia(usings[0].GetLeadingTrivia());
            usings = usings.Replace(usings[0], usings[0].WithLeadingTrivia());
        }
        else
        {
            directive = directive.WithLeadingTrivia(usings[index - 1].GetLeadingTrivia().Where(t => t.IsKind(SyntaxKind.WhitespaceTrivia)));
        }

        return With(container, usings.Insert(index, directive));
    }

    private static SyntaxNode With(SyntaxNode container, SyntaxList<UsingDirectiveSyntax> usings) => container switch
    {
        CompilationUnitSyntax unit => unit.WithUsings(usings),
        BaseNamespaceDeclarationSyntax declaration => declaration.WithUsings(usings),
        _ => container,
    };

    // System namespaces first, then by name (dotnet_sort_system_directives_first, the default).
    private static int Compare(string a, string b)
    {
        var systemA = IsSystem(a);
        var systemB = IsSystem(b);
        return systemA != systemB ? (systemA ? -1 : 1) : StringComparer.OrdinalIgnoreCase.Compare(a, b);
    }

    private static bool IsSystem(string ns) => ns == "System" || ns.StartsWith("System.", StringComparison.Ordinal);
}
