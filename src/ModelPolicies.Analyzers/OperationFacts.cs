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
}
