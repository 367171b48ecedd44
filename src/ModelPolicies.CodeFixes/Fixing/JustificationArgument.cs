using ModelPolicies.Analyzers.Contexts;
using ModelPolicies.Analyzers.Rules;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ModelPolicies.CodeFixes.Fixing;

/// <summary>
/// The <c>Justification = "…"</c> argument the fixes write: the analyzer's placeholder, which MP0009 keeps
/// reporting until it is replaced by a reason.
/// </summary>
internal static class JustificationArgument
{
    public const string Name = "Justification";

    public static LiteralExpressionSyntax Placeholder() =>
        SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(JustificationAnalyzer.Placeholder));

    public static AttributeArgumentSyntax Create() =>
        SyntaxFactory.AttributeArgument(SyntaxFactory.NameEquals(Name), nameColon: null, Placeholder());
}
