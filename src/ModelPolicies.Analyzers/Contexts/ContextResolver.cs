using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using ModelPolicies.Analyzers.Options;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace ModelPolicies.Analyzers.Contexts;

/// <summary>
/// Resolves the context of a symbol or an operation (docs/rules/MP0001.md, "Contexts and how requirements accumulate"): requirements accumulate (AND) from the assembly,
/// through containing types, to the member, its accessors, and the local functions and lambdas inside it.
/// One instance per compilation; results are cached per symbol.
/// </summary>
internal sealed class ContextResolver
{
    private readonly PolicySymbols _symbols;
    private readonly ContextDefaults _defaults;
    private readonly ConcurrentDictionary<ISymbol, PolicyContext> _cache = new(ReferenceComparer<ISymbol>.Instance);
    private readonly PolicyContext _assembly;

    public ContextResolver(Compilation compilation, PolicySymbols symbols, PolicyOptions options)
    {
        _symbols = symbols;
        _defaults = options.ContextDefaults;
        _assembly = PolicyContext.None.Add(OwnRequirements(compilation.Assembly, out var allowed), allowed);
    }

    public PolicyContext Assembly => _assembly;

    /// <summary>The context of an operation: that of its innermost enclosing lambda or local function, else of the member.</summary>
    public PolicyContext ForOperation(IOperation operation, ISymbol containingSymbol) =>
        ForSymbol(EnclosingFunction(operation) ?? containingSymbol);

    /// <summary>The symbol whose context applies to <paramref name="operation"/>.</summary>
    public static ISymbol? EnclosingFunction(IOperation operation)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case IAnonymousFunctionOperation lambda:
                    return lambda.Symbol;
                case ILocalFunctionOperation local:
                    return local.Symbol;
            }
        }

        return null;
    }

    /// <summary>
    /// The spans of the local functions and lambdas written with attributes in <paramref name="tree"/>: the only
    /// functions inside a member that can be contexts of their own. Found from the '[' characters of the text (a
    /// vectorized search), each looked up as a token, so the tree is not walked; most trees have none.
    /// </summary>
    public static TextSpan[] AttributedFunctionSpans(SyntaxTree tree, CancellationToken cancellationToken)
    {
        var text = tree.GetText(cancellationToken);
        SyntaxNode? root = null;
        var spans = new List<TextSpan>();
        foreach (var at in TextSearch.Positions(text, new TextSpan(0, text.Length), "["))
        {
            root ??= tree.GetRoot(cancellationToken);
            var token = root.FindToken(at);
            if (token.SpanStart == at
                && token.Parent is AttributeListSyntax { Parent: LocalFunctionStatementSyntax or LambdaExpressionSyntax } list
                && list.Parent!.Span is var span
                && (spans.Count == 0 || spans[spans.Count - 1] != span))
            {
                spans.Add(span);
            }
        }

        return spans.ToArray();
    }

    /// <summary>
    /// The symbol of a local function or lambda written with attributes, or null: the only functions whose attributes
    /// can state requirements or exemptions (docs/rules/MP0001.md, "Contexts") and so the only ones the context analyzers look at.
    /// </summary>
    public static IMethodSymbol? AttributedFunction(SyntaxNode node, SemanticModel model, CancellationToken cancellationToken) => node switch
    {
        LocalFunctionStatementSyntax { AttributeLists.Count: > 0 } local => model.GetDeclaredSymbol(local, cancellationToken) as IMethodSymbol,
        LambdaExpressionSyntax { AttributeLists.Count: > 0 } lambda => model.GetSymbolInfo(lambda, cancellationToken).Symbol as IMethodSymbol,
        _ => null,
    };

    /// <summary>
    /// For the first attribute list of a local function or lambda, that function's symbol; null for any other
    /// attribute list. Analyzers register for attribute lists, far fewer than functions, and see each function once.
    /// </summary>
    public static IMethodSymbol? FunctionOfFirstAttributeList(SyntaxNode node, SemanticModel model, CancellationToken cancellationToken) =>
        node is AttributeListSyntax { Parent: LocalFunctionStatementSyntax or LambdaExpressionSyntax } list
        && FirstAttributeList(list.Parent!) == list
            ? AttributedFunction(list.Parent!, model, cancellationToken)
            : null;

    private static AttributeListSyntax? FirstAttributeList(SyntaxNode function) => function switch
    {
        LocalFunctionStatementSyntax local => local.AttributeLists[0],
        LambdaExpressionSyntax lambda => lambda.AttributeLists[0],
        _ => null,
    };

    public PolicyContext ForSymbol(ISymbol? symbol)
    {
        if (symbol is null or IAssemblySymbol or INamespaceSymbol)
        {
            return _assembly;
        }

        if (_cache.TryGetValue(symbol, out var cached))
        {
            return cached;
        }

        // A member without attributes has its parent's context: found again through the parent (cached) as cheaply as
        // through a cache of its own, without one entry per member of the compilation.
        if (symbol is not INamedTypeSymbol && symbol.GetAttributes().IsEmpty)
        {
            return ForParentOf(symbol);
        }

        var context = ForParentOf(symbol).Add(OwnRequirements(symbol, out var allowed), allowed);
        return _cache.GetOrAdd(symbol, context);
    }

    /// <summary>The context <paramref name="symbol"/> sits in, before its own attributes.</summary>
    public PolicyContext ForParentOf(ISymbol symbol) => symbol switch
    {
        IAssemblySymbol => PolicyContext.None,
        IMethodSymbol { AssociatedSymbol: { } property } => ForSymbol(property),
        IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction } function => ForSymbol(function.ContainingSymbol),
        _ => ForSymbol(symbol.ContainingType),
    };

    /// <summary>The requirements a symbol's own attributes state, and the models they allow.</summary>
    public ModelRequirements OwnRequirements(ISymbol symbol, out ImmutableArray<string> allowed)
    {
        // The taxonomy's rule turns the attributes' facts into requirements, as the run time does from reflection.
        var requirements = new ContextRequirementsBuilder(_defaults);
        var allowedBuilder = ImmutableArray<string>.Empty;
        foreach (var attribute in symbol.GetAttributes())
        {
            var type = attribute.AttributeClass;
            if (type is null)
            {
                continue;
            }

            if (SymbolEqualityComparer.Default.Equals(type, _symbols.Edge))
            {
                requirements.AddEdge(Named(attribute, "MaxParameters") as string);
            }
            else if (SymbolEqualityComparer.Default.Equals(type, _symbols.LowLatency))
            {
                requirements.AddLowLatency(Named(attribute, "MaxMilliseconds") as int?);
            }
            else if (SymbolEqualityComparer.Default.Equals(type, _symbols.Multimodal))
            {
                requirements.AddMultimodal(PolicySymbols.SingleArgument(attribute) is int modalities ? (Modality)modalities : null);
            }
            else if (SymbolEqualityComparer.Default.Equals(type, _symbols.AllowModel)
                && PolicySymbols.SingleArgument(attribute) is string model)
            {
                allowedBuilder = allowedBuilder.Add(model);
            }
        }

        allowed = allowedBuilder;
        return requirements.ToRequirements();
    }

    private static object? Named(AttributeData attribute, string name)
    {
        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Key == name)
            {
                return argument.Value.Value;
            }
        }

        return null;
    }
}
