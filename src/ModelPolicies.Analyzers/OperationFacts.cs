using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ModelPolicies.Analyzers;

/// <summary>Small facts of the operation tree that the sinks, configuration reads and run-time enforcement all ask.</summary>
internal static class OperationFacts
{
    /// <summary>The instance a method is called on; for an extension method, its first argument (<c>client.GetResponseAsync(…)</c>).</summary>
    public static IOperation? Receiver(this IInvocationOperation invocation) =>
        invocation.Instance ?? (invocation.TargetMethod.IsExtensionMethod && invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null);

    /// <summary>The operation under every conversion around it.</summary>
    public static IOperation? WithoutConversions(this IOperation? operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    /// <summary>The outermost operation of the tree holding <paramref name="operation"/>: its body, initializer or statement.</summary>
    public static IOperation Root(this IOperation operation)
    {
        while (operation.Parent is not null)
        {
            operation = operation.Parent;
        }

        return operation;
    }

    /// <summary>
    /// The operation of <paramref name="syntax"/> in the tree under <paramref name="root"/> (the outermost one, when
    /// implicit operations share the syntax), found by descending through the children that hold its span; null when
    /// the tree has none. What <c>SemanticModel.GetOperation</c> answers, without the map of every syntax node of the member
    /// that its first call builds.
    /// </summary>
    public static IOperation? Find(this IOperation root, SyntaxNode syntax)
    {
        var span = syntax.Span;
        var current = root;
        while (current.Syntax != syntax)
        {
            IOperation? next = null;
            foreach (var child in current.ChildOperations)
            {
                if (child.Syntax.SyntaxTree == syntax.SyntaxTree && child.Syntax.Span.Contains(span))
                {
                    next = child;
                    break;
                }
            }

            if (next is null)
            {
                return null;
            }

            current = next;
        }

        return current;
    }
}
