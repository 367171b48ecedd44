using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ModelPolicies.Analyzers.ModelUses;

/// <summary>
/// Whether a model id set on request options goes to a client that enforces a policy at run time (docs/runtime.md):
/// a <c>ModelPolicyChatClient&lt;TContext&gt;</c>, or a client built in the same method with <c>UseModelPolicy&lt;TContext&gt;()</c>.
/// Such an id, not known at build time, is checked on every request by the context's requirements, so it is not MP0007
/// where those cover the site's.
/// </summary>
internal static class RunTimeEnforcement
{
    /// <summary>
    /// The requirements enforced at run time on the request that <paramref name="sink"/> (an assignment to an options
    /// type's model id) sets the model of; null when the options go to no enforced client, or also to one that is not.
    /// </summary>
    public static ModelRequirements? Of(IOperation sink, PolicySymbols symbols, Contexts.ContextResolver contexts)
    {
        if (symbols.ModelPolicyChatClient is null
            || sink is not ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Instance: { } instance } }
            || Options(sink, instance) is not { } options)
        {
            return null;
        }

        ModelRequirements? enforced = null;
        foreach (var call in CallsTaking(options))
        {
            if (call.Receiver() is not { } receiver || EnforcedBy(receiver, symbols) is not { } context)
            {
                return null; // a request that nothing checks
            }

            var requirements = contexts.ForSymbol(context).Requirements;
            enforced = enforced is null ? requirements : Weaker(enforced, requirements);
        }

        return enforced;
    }

    /// <summary>The clients the request options that <paramref name="sink"/> sets the model of are sent to (for the code fix).</summary>
    public static IEnumerable<IOperation> ClientsOf(IOperation sink)
    {
        if (sink is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Instance: { } instance } } && Options(sink, instance) is { } options)
        {
            foreach (var call in CallsTaking(options))
            {
                if (call.Receiver().WithoutConversions() is { } receiver)
                {
                    yield return receiver;
                }
            }
        }
    }

    // The options object whose model the assignment sets: the object created around an initializer, or a local.
    private static IOperation? Options(IOperation sink, IOperation instance)
    {
        if (instance is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver }
            && sink.Parent is IObjectOrCollectionInitializerOperation { Parent: IObjectCreationOperation creation })
        {
            return creation;
        }

        return instance is ILocalReferenceOperation ? instance : null;
    }

    // The calls the options are passed to: where the created object is an argument, or where its local is.
    private static IEnumerable<IInvocationOperation> CallsTaking(IOperation options)
    {
        var value = options;
        while (value.Parent is IConversionOperation)
        {
            value = value.Parent;
        }

        if (value.Parent is IArgumentOperation { Parent: IInvocationOperation direct })
        {
            yield return direct;
            yield break;
        }

        ILocalSymbol? local = options is ILocalReferenceOperation reference ? reference.Local
            : value.Parent is IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } ? declarator.Symbol
            : null;
        if (local is null)
        {
            yield break;
        }

        foreach (var operation in options.Root().Descendants())
        {
            if (operation is IInvocationOperation invocation
                && invocation.Arguments.Any(a => a.Value.WithoutConversions() is ILocalReferenceOperation passed && SymbolEqualityComparer.Default.Equals(passed.Local, local)))
            {
                yield return invocation;
            }
        }
    }

    // The context type of the policy a client enforces: ModelPolicyChatClient<TContext> by its type, or a client built
    // with UseModelPolicy<TContext>() here.
    private static ITypeSymbol? EnforcedBy(IOperation receiver, PolicySymbols symbols)
    {
        receiver = receiver.WithoutConversions()!;
        for (var type = receiver.Type as INamedTypeSymbol; type is not null; type = type.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, symbols.ModelPolicyChatClient))
            {
                return type.TypeArguments[0];
            }
        }

        // var client = inner.AsBuilder().UseModelPolicy<Notes>().Build(); …client.GetResponseAsync(…)
        var built = receiver is ILocalReferenceOperation local ? Initializer(local) : receiver;
        for (var call = built.WithoutConversions() as IInvocationOperation; call is not null; call = call.Receiver().WithoutConversions() as IInvocationOperation)
        {
            if (call.TargetMethod is { Name: "UseModelPolicy", TypeArguments.Length: 1 } use
                && SymbolEqualityComparer.Default.Equals(use.ContainingType, symbols.ModelPolicyBuilderExtensions))
            {
                return use.TypeArguments[0];
            }
        }

        return null;
    }

    private static IOperation? Initializer(ILocalReferenceOperation local)
    {
        IOperation? value = null;
        foreach (var operation in local.Root().Descendants())
        {
            switch (operation)
            {
                case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local.Local):
                    value = declarator.Initializer?.Value;
                    break;
                case IAssignmentOperation { Target: ILocalReferenceOperation target } when SymbolEqualityComparer.Default.Equals(target.Local, local.Local):
                    return null; // assigned again: which client it is is not known here
            }
        }

        return value;
    }

    // What two enforced policies both guarantee: each requirement that both have, at the wider budget.
    private static ModelRequirements Weaker(ModelRequirements a, ModelRequirements b) => new(
        a.EdgeMaxParameters is { } ea && b.EdgeMaxParameters is { } eb ? System.Math.Max(ea, eb) : null,
        a.LowLatencyMaxMilliseconds is { } la && b.LowLatencyMaxMilliseconds is { } lb ? System.Math.Max(la, lb) : null,
        a.Inputs & b.Inputs);
}
