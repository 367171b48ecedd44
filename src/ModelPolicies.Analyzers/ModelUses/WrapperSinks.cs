using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ModelPolicies.Analyzers.ModelUses;

/// <summary>
/// The project's own wrappers (docs/rules/MP0001.md, "Wrappers"): a <c>string</c> parameter of a method or constructor
/// of this compilation that flows unchanged to a sink — directly, through further calls of this compilation, or through
/// a local, field or property set from it — is a sink itself, with the path to the SDK member. Each parameter, field and
/// property is summarized once per compilation, when first asked; recursion and cycles end.
/// </summary>
internal sealed class WrapperSinks
{
    // Calls within calls within calls: deep enough for real helpers, bounded for pathological code.
    private const int MaxDepth = 8;

    private readonly Compilation _compilation;
    private readonly ModelIdSinks _sinks;
    private readonly Func<IOperation, ModelRequirements?>? _enforcedAt;
    private readonly ConcurrentDictionary<ISymbol, Sink?> _summaries = new(ReferenceComparer<ISymbol>.Instance);

    // What Of answered for a parameter, null included: a walk from nothing gives the same answer every time, even where a
    // cycle kept a summary of the way out of _summaries, and an SDK's or a non-string parameter is answered once.
    private readonly ConcurrentDictionary<IParameterSymbol, Sink?> _answers = new(ReferenceComparer<IParameterSymbol>.Instance);

    public WrapperSinks(Compilation compilation, ModelIdSinks sinks, Func<IOperation, ModelRequirements?>? enforcedAt)
    {
        _compilation = compilation;
        _sinks = sinks;
        _enforcedAt = enforcedAt;
    }

    /// <summary>True when <paramref name="method"/> is declared in source of this compilation.</summary>
    public bool IsOwn(IMethodSymbol method) =>
        SymbolEqualityComparer.Default.Equals(method.ContainingAssembly, _compilation.Assembly) && !method.DeclaringSyntaxReferences.IsEmpty;

    /// <summary>The sink <paramref name="parameter"/> hands its value to, or null.</summary>
    /// <remarks>A generic method's or type's parameter is summarized as declared: its body reads the definition's.</remarks>
    public Sink? Of(IParameterSymbol parameter, CancellationToken cancellationToken)
    {
        // Asked for every argument of the compilation that a sink could take (MP0013 looks everywhere): answered once.
        var definition = parameter.OriginalDefinition;
        if (_answers.TryGetValue(definition, out var known))
        {
            return known;
        }

        var sink = definition is { Type.SpecialType: SpecialType.System_String, ContainingSymbol: IMethodSymbol method } && IsOwn(method)
            ? Summary(definition, new Walk(cancellationToken))
            : null;
        return _answers.GetOrAdd(definition, sink);
    }

    private Sink? Summary(ISymbol symbol, Walk walk)
    {
        if (_summaries.TryGetValue(symbol, out var known))
        {
            return known;
        }

        if (walk.Depth > MaxDepth || !walk.Enter(symbol))
        {
            walk.CutShort = true; // too deep, or on the way already: this path is not followed further here
            return null;
        }

        var cutBefore = walk.CutShort;
        walk.CutShort = false;
        var sink = symbol switch
        {
            IParameterSymbol parameter => OfParameter(parameter, walk),
            _ => OfStored(symbol, walk),
        };
        walk.Leave(symbol);

        // A summary found while a cycle or the depth limit cut a path short is kept only if it found a sink; otherwise it
        // is asked again, so what a symbol is does not depend on where it was first reached from.
        if (sink is not null || !walk.CutShort)
        {
            _summaries.TryAdd(symbol, sink);
        }

        walk.CutShort |= cutBefore;
        return sink;
    }

    private Sink? OfParameter(IParameterSymbol parameter, Walk walk)
    {
        if (parameter.Type.SpecialType != SpecialType.System_String
            || parameter.ContainingSymbol is not IMethodSymbol method
            || !IsOwn(method.OriginalDefinition))
        {
            return null;
        }

        method = method.OriginalDefinition;
        var description = $"parameter '{parameter.Name}' of '{Name(method)}'";

        // A primary constructor's parameter is read anywhere in its type; a record's becomes a property of its name.
        var isPrimary = method.MethodKind == MethodKind.Constructor && method.DeclaringSyntaxReferences.Any(r => r.GetSyntax(walk.CancellationToken) is TypeDeclarationSyntax);
        var scopes = isPrimary
            ? method.ContainingType.DeclaringSyntaxReferences.Select(r => r.GetSyntax(walk.CancellationToken))
            : method.DeclaringSyntaxReferences.Select(r => r.GetSyntax(walk.CancellationToken));
        foreach (var read in Reads(scopes, parameter.Name, parameter, walk))
        {
            if (Flow(read, walk) is { } sink)
            {
                return sink.Through(Name(method), description);
            }
        }

        if (isPrimary && method.ContainingType.IsRecord
            && method.ContainingType.GetMembers(parameter.Name).OfType<IPropertySymbol>().FirstOrDefault() is { } property
            && Summary(property, walk) is { } recordSink)
        {
            return recordSink.Through(Name(method), description);
        }

        return null;
    }

    // A field or property of this compilation, set from a wrapper's parameter: a sink if some read of it flows to one.
    private Sink? OfStored(ISymbol member, Walk walk)
    {
        if (member.ContainingType is not { } type
            || !SymbolEqualityComparer.Default.Equals(member.ContainingAssembly, _compilation.Assembly))
        {
            return null;
        }

        foreach (var read in Reads(type.DeclaringSyntaxReferences.Select(r => r.GetSyntax(walk.CancellationToken)), member.Name, member, walk))
        {
            if (Flow(read, walk) is { } sink)
            {
                return sink;
            }
        }

        return null;
    }

    // Where a value read from a parameter, local, field or property goes, unchanged: to a sink's argument or member, into
    // another wrapper, or into a local, field or property that goes on.
    private Sink? Flow(IOperation read, Walk walk)
    {
        var value = read;
        while (value.Parent is IConversionOperation { IsImplicit: true } or IParenthesizedOperation
            || value.Parent is ICoalesceOperation coalesce && coalesce.Value == value
            || value.Parent is IConditionalOperation conditional && conditional.Condition != value)
        {
            value = value.Parent!;
        }

        switch (value.Parent)
        {
            case IArgumentOperation { Parameter: { } parameter } argument when argument.Value == value:
                return _sinks.Direct(parameter) ?? Summary(parameter.OriginalDefinition, walk.Deeper());
            case ISimpleAssignmentOperation assignment when assignment.Value == value:
                var stored = Stored(assignment.Target switch
                {
                    IPropertyReferenceOperation property => property.Property,
                    IFieldReferenceOperation field => field.Field,
                    ILocalReferenceOperation local => local.Local,
                    _ => null,
                }, walk);

                // Request options' model, set here: the request may go to a client that enforces a policy at run time.
                return stored is { IsWrapper: false } && _enforcedAt?.Invoke(assignment) is { } enforced
                    ? stored with { EnforcedAtRunTime = enforced }
                    : stored;
            case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                return Stored(declarator.Symbol, walk);
            case IPropertyInitializerOperation { InitializedProperties: { Length: 1 } properties }:
                return Stored(properties[0], walk);
            case IFieldInitializerOperation { InitializedFields: { Length: 1 } fields }:
                return Stored(fields[0], walk);
            default:
                return null;
        }
    }

    private Sink? Stored(ISymbol? target, Walk walk)
    {
        switch (target)
        {
            case null:
                return null;
            case ILocalSymbol local when local.Type.SpecialType == SpecialType.System_String:
                // A local is read in the code around its declaration.
                var scope = local.DeclaringSyntaxReferences.Select(r => r.GetSyntax(walk.CancellationToken))
                    .Select(syntax => syntax.FirstAncestorOrSelf<SyntaxNode>(n => n is BlockSyntax or ArrowExpressionClauseSyntax or GlobalStatementSyntax) ?? syntax);
                foreach (var read in Reads(scope, local.Name, local, walk))
                {
                    if (walk.Depth >= MaxDepth)
                    {
                        walk.CutShort = true;
                        return null;
                    }

                    if (Flow(read, walk.Deeper()) is { } sink)
                    {
                        return sink;
                    }
                }

                return null;
            case IPropertySymbol or IFieldSymbol:
                return _sinks.OfMember(target) ?? Summary(target.OriginalDefinition, walk.Deeper());
            default:
                return null;
        }
    }

    // The reads of a symbol in some syntax: identifiers of its name, bound to it, that are not assigned to. Found from the
    // syntax first, so that only those identifiers are bound.
    private IEnumerable<IOperation> Reads(IEnumerable<SyntaxNode> scopes, string name, ISymbol symbol, Walk walk)
    {
        foreach (var scope in scopes)
        {
#pragma warning disable RS1030 // Wrapper bodies live in other documents; the driver's semantic-model cache serves this.
            var model = _compilation.GetSemanticModel(scope.SyntaxTree);
#pragma warning restore RS1030
            foreach (var identifier in NameMentions.In(scope, name, walk.CancellationToken))
            {
                walk.CancellationToken.ThrowIfCancellationRequested();

                // 'this._model' is one operation, on the member access. Only a read where Flow can take it is bound: the
                // first binding in a member maps every node of it, and most reads of most parameters go nowhere.
                var node = identifier.Parent is MemberAccessExpressionSyntax access && access.Name == identifier ? (ExpressionSyntax)access : identifier;
                if (!MayFlow(node))
                {
                    continue;
                }

                var operation = model.GetOperation(node, walk.CancellationToken);
                ISymbol? referenced = operation switch
                {
                    IParameterReferenceOperation parameter => parameter.Parameter,
                    ILocalReferenceOperation local => local.Local,
                    IFieldReferenceOperation field => field.Field.OriginalDefinition,
                    IPropertyReferenceOperation property => property.Property.OriginalDefinition,
                    _ => null,
                };
                if (referenced is not null && SymbolEqualityComparer.Default.Equals(referenced, symbol)
                    && !(operation!.Parent is IAssignmentOperation assignment && assignment.Target == operation))
                {
                    yield return operation;
                }
            }
        }
    }

    // The syntax of every read Flow follows, and more: through parentheses, '!', the left of '??' and a conditional's
    // branches, to an argument (explicit; an extension method's receiver; an element of a collection initializer or an
    // interpolation, arguments of implicit calls), the right of an assignment, or an initializer.
    private static bool MayFlow(ExpressionSyntax read)
    {
        SyntaxNode node = read;
        while (node.Parent is ParenthesizedExpressionSyntax
            || node.Parent.IsKind(SyntaxKind.SuppressNullableWarningExpression)
            || node.Parent is BinaryExpressionSyntax coalesce && coalesce.IsKind(SyntaxKind.CoalesceExpression) && coalesce.Left == node
            || node.Parent is ConditionalExpressionSyntax conditional && conditional.Condition != node)
        {
            node = node.Parent;
        }

        return node.Parent is ArgumentSyntax or EqualsValueClauseSyntax or InitializerExpressionSyntax or InterpolationSyntax
            || node.Parent is AssignmentExpressionSyntax assignment && assignment.Right == node
            || node.Parent is MemberAccessExpressionSyntax receiver && receiver.Expression == node;
    }

    private static string Name(IMethodSymbol method) =>
        method.MethodKind == MethodKind.Constructor ? method.ContainingType.Name : method.Name;

    // One summary's walk: the symbols on the way (a cycle ends a path) and whether a cycle or the depth cut a path short, shared by
    // every step of it, and how deep this step is.
    private sealed class Walk
    {
        private readonly Shared _shared;

        public Walk(CancellationToken cancellationToken)
            : this(new Shared(), 0, cancellationToken)
        {
        }

        private Walk(Shared shared, int depth, CancellationToken cancellationToken)
        {
            _shared = shared;
            Depth = depth;
            CancellationToken = cancellationToken;
        }

        public int Depth { get; }

        public CancellationToken CancellationToken { get; }

        public bool CutShort
        {
            get => _shared.CutShort;
            set => _shared.CutShort = value;
        }

        public bool Enter(ISymbol symbol) => _shared.OnTheWay.Add(symbol);

        public void Leave(ISymbol symbol) => _shared.OnTheWay.Remove(symbol);

        public Walk Deeper() => new(_shared, Depth + 1, CancellationToken);

        private sealed class Shared
        {
            public HashSet<ISymbol> OnTheWay { get; } = new(SymbolEqualityComparer.Default);

            public bool CutShort { get; set; }
        }
    }
}
