using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ModelPolicies.Analyzers.ModelUses;

/// <summary>
/// Finds the model uses (docs/rules/MP0001.md, "What counts as a use") in one operation, without regard to context. One instance per
/// compilation; what it learns of types and members is cached.
/// </summary>
internal sealed class ModelUseDetector
{
    /// <summary>The operation kinds <see cref="Detect"/> looks at.</summary>
    public static readonly ImmutableArray<OperationKind> Kinds = ImmutableArray.Create(
        OperationKind.ObjectCreation,
        OperationKind.Invocation,
        OperationKind.PropertyReference,
        OperationKind.FieldReference,
        OperationKind.EventReference,
        OperationKind.MethodReference,
        OperationKind.TypeOf,
        OperationKind.Argument,
        OperationKind.SimpleAssignment);

    private readonly PolicySymbols _symbols;
    private readonly ModelIdSinks _sinks;
    private readonly ConcurrentDictionary<ITypeSymbol, string?> _clients = new(ReferenceComparer<ITypeSymbol>.Instance);
    private readonly ConcurrentDictionary<ISymbol, ImmutableArray<string>> _usesModel = new(ReferenceComparer<ISymbol>.Instance);

    private readonly Configuration.ConfigurationReads? _configuration;

    public ModelUseDetector(PolicySymbols symbols, ModelIdSinks sinks, Configuration.ConfigurationReads? configuration = null)
    {
        _symbols = symbols;
        _sinks = sinks;
        _configuration = configuration;
    }

    public void Detect(IOperation operation, List<ModelUse> uses, CancellationToken cancellationToken)
    {
        switch (operation)
        {
            case IObjectCreationOperation creation:
                AddClient(creation.Type, creation, uses, "construction");
                AddTypeArguments(creation.Type, creation, uses);
                AddUsesModel(creation.Constructor, creation, uses);
                break;
            case IInvocationOperation invocation:
                AddUsesModel(invocation.TargetMethod, invocation, uses);
                AddMemberAccess(invocation.TargetMethod, ReceiverAsWritten(invocation), invocation, uses);
                foreach (var typeArgument in invocation.TargetMethod.TypeArguments)
                {
                    AddClient(typeArgument, invocation, uses, "type argument");
                }

                break;
            case IPropertyReferenceOperation property when !IsAssignmentTarget(property):
                AddUsesModel(property.Property, property, uses);
                AddMemberAccess(property.Property, property.Instance, property, uses);
                break;
            case IFieldReferenceOperation field when !IsAssignmentTarget(field):
                AddMemberAccess(field.Field, field.Instance, field, uses);
                break;
            case IEventReferenceOperation @event:
                AddMemberAccess(@event.Event, @event.Instance, @event, uses);
                break;
            case IMethodReferenceOperation method:
                AddUsesModel(method.Method, method, uses);
                AddMemberAccess(method.Method, method.Instance, method, uses);
                break;
            case ITypeOfOperation typeOf:
                AddClient(typeOf.TypeOperand, typeOf, uses, "typeof");
                AddTypeArguments(typeOf.TypeOperand, typeOf, uses);
                break;
            // Every sink takes a string: the value's type (the parameter's, kept by the operation) rules out the rest
            // before the two caches of sinks are asked.
            case IArgumentOperation { Parameter: not null, Value.Type.SpecialType: SpecialType.System_String } argument when SinkOf(argument, cancellationToken) is { } sink:
                AddSinkValues(argument.Value, SinkLocation(argument), sink, uses, cancellationToken);
                break;
            case ISimpleAssignmentOperation { Value.Type.SpecialType: SpecialType.System_String } assignment when AssignedMember(assignment.Target) is { } member && _sinks.OfMember(member) is { } sink:
                AddSinkValues(assignment.Value, assignment.Value.Syntax.GetLocation(), sink, uses, cancellationToken);
                break;
        }
    }

    /// <summary>
    /// The sink an argument is passed to: an explicit argument of any sink, or the default value of an omitted argument
    /// of the project's own wrapper (an SDK's defaults are its own business).
    /// </summary>
    public Sink? SinkOf(IArgumentOperation argument, CancellationToken cancellationToken) =>
        argument.Parameter is not { } parameter ? null
        : argument.ArgumentKind == ArgumentKind.Explicit ? _sinks.Of(parameter, cancellationToken)
        : argument.ArgumentKind == ArgumentKind.DefaultValue && _sinks.Of(parameter, cancellationToken) is { IsWrapper: true } wrapper ? wrapper
        : null;

    /// <summary>The sink an assignment's target is, or null.</summary>
    public Sink? SinkOf(ISimpleAssignmentOperation assignment) =>
        AssignedMember(assignment.Target) is { } member ? _sinks.OfMember(member) : null;

    /// <summary>The model a <c>[ModelClient]</c> type (or a type deriving from one) is bound to.</summary>
    public string? ClientModel(ITypeSymbol? type)
    {
        if (type is not INamedTypeSymbol named || _symbols.ModelClient is null)
        {
            return null;
        }

        return _clients.TryGetValue(named, out var model) ? model : _clients.GetOrAdd(named, FindClientModel(named));
    }

    /// <summary>The models a member declares with <c>[UsesModel]</c>.</summary>
    public ImmutableArray<string> DeclaredUses(ISymbol member)
    {
        if (_symbols.UsesModel is null)
        {
            return ImmutableArray<string>.Empty;
        }

        var definition = member.OriginalDefinition;
        return _usesModel.TryGetValue(definition, out var models) ? models : _usesModel.GetOrAdd(definition, FindDeclaredUses(definition));
    }

    private string? FindClientModel(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var attribute in current.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, _symbols.ModelClient)
                    && PolicySymbols.SingleArgument(attribute) is string model)
                {
                    return model;
                }
            }
        }

        return null;
    }

    private ImmutableArray<string> FindDeclaredUses(ISymbol member)
    {
        var models = ImmutableArray<string>.Empty;
        foreach (var attribute in member.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, _symbols.UsesModel)
                && PolicySymbols.SingleArgument(attribute) is string model)
            {
                models = models.Add(model);
            }
        }

        return models;
    }

    private void AddClient(ITypeSymbol? type, IOperation operation, List<ModelUse> uses, string how)
    {
        if (ClientModel(type) is { } model)
        {
            uses.Add(new ModelUse(ModelUseKind.TypedClient, model, operation.Syntax.GetLocation(), null, $"{type!.Name} ({how})"));
        }
    }

    private void AddTypeArguments(ITypeSymbol? type, IOperation operation, List<ModelUse> uses)
    {
        if (type is INamedTypeSymbol { IsGenericType: true } generic)
        {
            foreach (var argument in generic.TypeArguments)
            {
                AddClient(argument, operation, uses, "type argument");
            }
        }
    }

    // A member of a client, reached statically or through an instance of the client (not 'this' inside it). One choice
    // of a model is one use: on an instance that is itself a use of the same model ('new CloudGateway().Ask(…)'), the
    // construction is where the model is named, and the member access is not a second use.
    private void AddMemberAccess(ISymbol member, IOperation? instance, IOperation operation, List<ModelUse> uses)
    {
        if (instance is null)
        {
            if (member.IsStatic)
            {
                AddClient(member.ContainingType, operation, uses, "member access");
            }
        }
        else if (instance is not IInstanceReferenceOperation
            && ClientModel(instance.Type) is { } model
            && model != ModelNamedBy(instance))
        {
            AddClient(instance.Type, operation, uses, "member access");
        }
    }

    // The model an operation is itself a use of, as a construction, typeof or member access of a client; else null.
    private string? ModelNamedBy(IOperation operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } conversion)
        {
            operation = conversion.Operand;
        }

        return operation switch
        {
            IObjectCreationOperation creation => ClientModel(creation.Type),
            ITypeOfOperation typeOf => ClientModel(typeOf.TypeOperand),
            IInvocationOperation invocation => MemberAccessModel(invocation.TargetMethod, ReceiverAsWritten(invocation)),
            IPropertyReferenceOperation property => MemberAccessModel(property.Property, property.Instance),
            IFieldReferenceOperation field => MemberAccessModel(field.Field, field.Instance),
            _ => null,
        };

        string? MemberAccessModel(ISymbol member, IOperation? instance) =>
            instance is null ? (member.IsStatic ? ClientModel(member.ContainingType) : null)
            : instance is IInstanceReferenceOperation ? null
            : ClientModel(instance.Type);
    }

    private void AddUsesModel(ISymbol? member, IOperation operation, List<ModelUse> uses)
    {
        if (member is null)
        {
            return;
        }

        foreach (var model in DeclaredUses(member))
        {
            uses.Add(new ModelUse(ModelUseKind.UsesModelMember, model, operation.Syntax.GetLocation(), null, $"'{member.Name}'"));
        }
    }

    /// <summary>The values that reach <paramref name="sink"/> from <paramref name="value"/>, as uses: each known one, and the unknown ones as one.</summary>
    public void AddSinkValues(IOperation value, Location location, Sink sink, List<ModelUse> uses, CancellationToken cancellationToken) =>
        AddSinkValues(SinkValues(value, sink, cancellationToken), value, location, sink, uses);

    /// <summary>The values that can reach <paramref name="sink"/> as <paramref name="value"/>, before they are uses.</summary>
    public List<ModelIdValue> SinkValues(IOperation value, Sink sink, CancellationToken cancellationToken) =>
        StaticModelIds.Resolve(value, cancellationToken, sink.Value == SinkValue.Path, _configuration);

    /// <summary>The uses <paramref name="values"/> (of <see cref="SinkValues"/>) make at <paramref name="location"/>.</summary>
    public static void AddSinkValues(List<ModelIdValue> values, IOperation value, Location location, Sink sink, List<ModelUse> uses)
    {
        var unverifiable = false;
        var description = sink.Description + sink.Via;
        foreach (var resolved in values)
        {
            if (resolved.Id is null)
            {
                // However many unknown values reach the sink, it is one thing to fix.
                if (!unverifiable)
                {
                    unverifiable = true;
                    uses.Add(new ModelUse(ModelUseKind.UnverifiableId, null, location, null, description, sink, resolved.Source));
                }
            }
            else if (!string.IsNullOrWhiteSpace(resolved.Id))
            {
                var origin = resolved.Origin.IsInSource && (resolved.Origin.SourceSpan == value.Syntax.Span || resolved.Origin == location) ? null : resolved.Origin;
                uses.Add(new ModelUse(ModelUseKind.ModelIdAtSink, resolved.Id, location, origin, description, sink, Via: sink.Via + resolved.From));
            }
        }
    }

    /// <summary>
    /// Where a value passed to a sink is reported: the expression as written; for an omitted argument of the project's
    /// own wrapper (its default value, used at the call), the call.
    /// </summary>
    public static Location SinkLocation(IArgumentOperation argument) =>
        (argument.ArgumentKind == ArgumentKind.Explicit ? WholeExpression(argument.Value.Syntax) : argument.Parent?.Syntax ?? argument.Syntax).GetLocation();

    // The expression as written, with any '!' or parentheses the operation tree leaves out.
    private static SyntaxNode WholeExpression(SyntaxNode syntax)
    {
        while (syntax.Parent is Microsoft.CodeAnalysis.CSharp.Syntax.PostfixUnaryExpressionSyntax or Microsoft.CodeAnalysis.CSharp.Syntax.ParenthesizedExpressionSyntax)
        {
            syntax = syntax.Parent;
        }

        return syntax;
    }

    // The instance a method is called on, as written: an extension method's first argument without the implicit
    // conversion to the extended type.
    private static IOperation? ReceiverAsWritten(IInvocationOperation invocation)
    {
        var receiver = invocation.Receiver();
        while (invocation.Instance is null && receiver is IConversionOperation { IsImplicit: true } conversion)
        {
            receiver = conversion.Operand;
        }

        return receiver;
    }

    private static ISymbol? AssignedMember(IOperation target) => target switch
    {
        IPropertyReferenceOperation property => property.Property,
        IFieldReferenceOperation field => field.Field,
        _ => null,
    };

    private static bool IsAssignmentTarget(IOperation operation) =>
        operation.Parent is IAssignmentOperation assignment && assignment.Target == operation;
}
