using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ModelPolicies.Analyzers.ModelUses;

/// <summary>A use found in a method reached from a call, with the methods passed through on the way.</summary>
internal readonly record struct ReachedUse(ModelUse Use, IMethodSymbol Owner, ImmutableArray<string> Path);

/// <summary>
/// The model uses reachable from a same-compilation method through further same-compilation calls (docs/rules/MP0010.md,
/// MP0010). Each method's own uses and callees are found once; reachability is a breadth-first search, so
/// recursion and cycles terminate and the shortest path is the one named.
/// </summary>
internal sealed class CallGraph
{
    private readonly Compilation _compilation;
    private readonly ModelUseDetector _detector;
    private readonly ConcurrentDictionary<IMethodSymbol, (ImmutableArray<ModelUse> Uses, ImmutableArray<IMethodSymbol> Callees)> _facts = new(ReferenceComparer<IMethodSymbol>.Instance);
    private readonly ConcurrentDictionary<IMethodSymbol, ImmutableArray<ReachedUse>> _reached = new(ReferenceComparer<IMethodSymbol>.Instance);

    public CallGraph(Compilation compilation, ModelUseDetector detector)
    {
        _compilation = compilation;
        _detector = detector;
    }

    /// <summary>A method whose body this graph follows: declared in source of this compilation, not a lambda or local function, not a member of a typed client.</summary>
    public bool Follows(IMethodSymbol method) =>
        method.MethodKind is not (MethodKind.AnonymousFunction or MethodKind.LocalFunction)
        && SymbolEqualityComparer.Default.Equals(method.ContainingAssembly, _compilation.Assembly)
        && !method.DeclaringSyntaxReferences.IsEmpty
        && _detector.ClientModel(method.ContainingType) is null;

    public ImmutableArray<ReachedUse> UsesReachedFrom(IMethodSymbol method, CancellationToken cancellationToken)
    {
        method = method.OriginalDefinition;
        if (_reached.TryGetValue(method, out var cached))
        {
            return cached;
        }

        var reached = ImmutableArray.CreateBuilder<ReachedUse>();
        var visited = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default) { method };
        var queue = new Queue<(IMethodSymbol Method, ImmutableArray<string> Path)>();
        queue.Enqueue((method, ImmutableArray.Create(method.Name)));
        while (queue.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (current, path) = queue.Dequeue();
            var facts = FactsOf(current, cancellationToken);
            foreach (var use in facts.Uses)
            {
                reached.Add(new ReachedUse(use, current, path));
            }

            foreach (var callee in facts.Callees)
            {
                if (visited.Add(callee))
                {
                    queue.Enqueue((callee, path.Add(callee.Name)));
                }
            }
        }

        return _reached.GetOrAdd(method, reached.ToImmutable());
    }

    private (ImmutableArray<ModelUse> Uses, ImmutableArray<IMethodSymbol> Callees) FactsOf(IMethodSymbol method, CancellationToken cancellationToken)
    {
        if (_facts.TryGetValue(method, out var facts))
        {
            return facts;
        }

        var uses = new List<ModelUse>();
        var callees = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
        var body = method.PartialImplementationPart ?? method;
        foreach (var reference in body.DeclaringSyntaxReferences)
        {
            var syntax = reference.GetSyntax(cancellationToken);
#pragma warning disable RS1030 // Callee bodies live in other documents; the driver's semantic-model cache serves this.
            var model = _compilation.GetSemanticModel(syntax.SyntaxTree);
#pragma warning restore RS1030
            if (model.GetOperation(syntax, cancellationToken) is not { } root)
            {
                continue;
            }

            foreach (var operation in root.DescendantsAndSelf())
            {
                _detector.Detect(operation, uses, cancellationToken);
                var target = operation switch
                {
                    IInvocationOperation invocation => invocation.TargetMethod,
                    IObjectCreationOperation creation => creation.Constructor,
                    IMethodReferenceOperation methodReference => methodReference.Method,
                    _ => null,
                };
                if (target?.OriginalDefinition is { } callee && Follows(callee))
                {
                    callees.Add(callee);
                }
            }
        }

        return _facts.GetOrAdd(method, (uses.ToImmutableArray(), callees.ToImmutableArray()));
    }
}
