using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ModelPolicies.Analyzers.ModelUses;

/// <summary>One value that can reach a sink: a constant id and where it was written, or unknown (Id null).</summary>
internal readonly record struct ModelIdValue(string? Id, Location Origin);

/// <summary>
/// Finds the model ids that can reach a sink (docs/rules/MP0007.md): constants (literals, <c>const</c>, constant interpolated
/// strings), locals and readonly fields whose every assignment is itself statically known, both arms of a
/// conditional, and both sides of <c>??</c>. Anything else is unknown. Every value that can reach the sink is given,
/// the unknown ones too: each is judged.
/// </summary>
internal static class StaticModelIds
{
    // Locals that feed locals that feed locals…: deep enough for real code, bounded for cycles.
    private const int MaxDepth = 8;

    public static List<ModelIdValue> Resolve(IOperation value, CancellationToken cancellationToken)
    {
        var values = new List<ModelIdValue>();
        Collect(value, values, 0, cancellationToken);
        return values;
    }

    private static void Collect(IOperation? value, List<ModelIdValue> values, int depth, CancellationToken cancellationToken)
    {
        if (value is null)
        {
            return;
        }

        if (value.ConstantValue is { HasValue: true } constant)
        {
            // A constant null is no model at all; a constant string is an id.
            if (constant.Value is string id)
            {
                values.Add(new ModelIdValue(id, value.Syntax.GetLocation()));
            }

            return;
        }

        if (depth > MaxDepth)
        {
            values.Add(new ModelIdValue(null, value.Syntax.GetLocation()));
            return;
        }

        switch (value)
        {
            case IConversionOperation conversion:
                Collect(conversion.Operand, values, depth + 1, cancellationToken);
                return;
            case IParenthesizedOperation parenthesized:
                Collect(parenthesized.Operand, values, depth + 1, cancellationToken);
                return;
            case IConditionalOperation conditional when conditional.WhenFalse is not null:
                Collect(conditional.WhenTrue, values, depth + 1, cancellationToken);
                Collect(conditional.WhenFalse, values, depth + 1, cancellationToken);
                return;
            case ICoalesceOperation coalesce:
                // Either side can reach the sink: the value (often configuration) and the fallback the code chose — unless the
                // value is a constant that is not null, when the fallback is never taken.
                Collect(coalesce.Value, values, depth + 1, cancellationToken);
                if (coalesce.Value.ConstantValue is not { HasValue: true, Value: not null })
                {
                    Collect(coalesce.WhenNull, values, depth + 1, cancellationToken);
                }

                return;
            case ILocalReferenceOperation local:
                CollectLocal(local, values, depth, cancellationToken);
                return;
            case IFieldReferenceOperation { Field: { IsReadOnly: true } field }:
                CollectReadonlyField(field, value, values);
                return;
            default:
                values.Add(new ModelIdValue(null, value.Syntax.GetLocation()));
                return;
        }
    }

    private static void CollectLocal(ILocalReferenceOperation reference, List<ModelIdValue> values, int depth, CancellationToken cancellationToken)
    {
        var root = reference;
        IOperation top = reference;
        while (top.Parent is not null)
        {
            top = top.Parent;
        }

        var found = false;
        foreach (var operation in top.Descendants())
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (operation)
            {
                case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, root.Local):
                    var initializer = declarator.Initializer?.Value ?? (declarator.Parent as IVariableDeclarationOperation)?.Initializer?.Value;
                    if (initializer is not null)
                    {
                        found = true;
                        Collect(initializer, values, depth + 1, cancellationToken);
                    }

                    break;
                case IAssignmentOperation { Target: ILocalReferenceOperation target } assignment
                    when SymbolEqualityComparer.Default.Equals(target.Local, root.Local):
                    found = true;
                    if (assignment is ISimpleAssignmentOperation simple)
                    {
                        Collect(simple.Value, values, depth + 1, cancellationToken);
                    }
                    else
                    {
                        values.Add(new ModelIdValue(null, assignment.Syntax.GetLocation()));
                    }

                    break;
                case IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out, Value: ILocalReferenceOperation passed }
                    when SymbolEqualityComparer.Default.Equals(passed.Local, root.Local):
                    found = true;
                    values.Add(new ModelIdValue(null, operation.Syntax.GetLocation()));
                    break;
            }
        }

        if (!found)
        {
            values.Add(new ModelIdValue(null, reference.Syntax.GetLocation()));
        }
    }

    // Readonly fields are assigned only in their initializer and constructors; those are read from syntax, so
    // no other document needs binding.
    private static void CollectReadonlyField(IFieldSymbol field, IOperation use, List<ModelIdValue> values)
    {
        var found = false;
        foreach (var reference in field.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: var initializer })
            {
                found = true;
                Add(initializer);
            }
        }

        var constructors = field.IsStatic ? field.ContainingType.StaticConstructors : field.ContainingType.InstanceConstructors;
        foreach (var constructor in constructors)
        {
            foreach (var reference in constructor.DeclaringSyntaxReferences)
            {
                foreach (var assignment in reference.GetSyntax().DescendantNodes().OfType<AssignmentExpressionSyntax>())
                {
                    var target = assignment.Left switch
                    {
                        IdentifierNameSyntax name => name.Identifier.ValueText,
                        MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax, Name: var name } => name.Identifier.ValueText,
                        _ => null,
                    };
                    if (target == field.Name)
                    {
                        found = true;
                        Add(assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) ? assignment.Right : assignment);
                    }
                }
            }
        }

        if (!found)
        {
            values.Add(new ModelIdValue(null, use.Syntax.GetLocation()));
        }

        void Add(ExpressionSyntax expression)
        {
            values.Add(expression is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } literal
                ? new ModelIdValue(literal.Token.ValueText, literal.GetLocation())
                : new ModelIdValue(null, expression.GetLocation()));
        }
    }
}
