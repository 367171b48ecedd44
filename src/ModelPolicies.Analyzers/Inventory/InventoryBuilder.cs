using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using ModelPolicies.Analyzers.Catalog;
using ModelPolicies.Analyzers.Contexts;
using ModelPolicies.Analyzers.Generator;
using ModelPolicies.Analyzers.ModelUses;
using ModelPolicies.Analyzers.Options;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace ModelPolicies.Analyzers.Inventory;

/// <summary>
/// Finds every model use of a compilation and turns them into its <see cref="ModelInventory"/>. The one place the
/// inventory touches the analyzer's internals: the catalog (<see cref="PolicyCompilation"/>), the use detector, the
/// context resolver, the call graph and the typed-client generator. Everything else in this folder works on the
/// plain inventory.
/// </summary>
internal sealed class InventoryBuilder
{
    private static readonly SymbolDisplayFormat SymbolFormat = new(
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        memberOptions: SymbolDisplayMemberOptions.IncludeContainingType);

    private readonly Compilation _compilation;
    private readonly PolicyCompilation _policy;
    private readonly string? _projectDirectory;
    private readonly Dictionary<string, ModelFacts> _models = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, HashSet<string>> _reachedContexts = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<UnverifiedUse> _unverified = new();
    private readonly List<ModelUse> _uses = new();

    private InventoryBuilder(Compilation compilation, PolicyCompilation policy, string? projectDirectory)
    {
        _compilation = compilation;
        _policy = policy;
        _projectDirectory = projectDirectory;
    }

    /// <summary>
    /// The inventory of <paramref name="compilation"/>, or null when it does not reference a ModelPolicies runtime that
    /// can carry one (then nothing is emitted). <paramref name="catalogTexts"/> are the project's additional files
    /// that are catalogs, in the driver's order; file paths in the result are relative to <paramref name="projectDirectory"/>.
    /// </summary>
    public static ModelInventory? Build(
        Compilation compilation,
        AnalyzerConfigOptions globalOptions,
        IReadOnlyList<(string Path, SourceText Text)> catalogTexts,
        string? projectDirectory,
        string? toolVersion,
        CancellationToken cancellationToken)
    {
        if (compilation.GetTypeByMetadataName("ModelPolicies.ModelInventoryAttribute") is null)
        {
            return null;
        }

        // A generator sees the compilation without other generators' output, so the typed clients are added here as the
        // client generator writes them: their uses then bind as in the real build. Only the project's own trees are walked.
        // The catalog is loaded once, as the analyzers load it, for both.
        var ownTrees = compilation.SyntaxTrees.ToList();
        if (PolicySymbols.TryCreate(compilation) is not { } symbols)
        {
            return null;
        }

        var load = CatalogLoader.Load(compilation, symbols, globalOptions, catalogTexts.Select(t => (t.Path, (SourceText?)t.Text)), cancellationToken);
        var withClients = WithGeneratedClients(compilation, load.Catalog, globalOptions, cancellationToken);
        if (PolicyCompilation.Create(withClients, load) is not { } policy)
        {
            return null;
        }

        var builder = new InventoryBuilder(withClients, policy, projectDirectory);
        foreach (var tree in ownTrees)
        {
            builder.Walk(tree, cancellationToken);
        }

        return builder.ToInventory(toolVersion);
    }

    private void Walk(SyntaxTree tree, CancellationToken cancellationToken)
    {
#pragma warning disable RS1030 // A generator step, not an analyzer: it walks every tree of the compilation once.
        var model = _compilation.GetSemanticModel(tree);
#pragma warning restore RS1030
        foreach (var node in tree.GetRoot(cancellationToken).DescendantNodes(n => !IsBodyRoot(n)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (node is ConstructorDeclarationSyntax { ParameterList: var ctorParameters })
            {
                AddInjections(ctorParameters, model, cancellationToken);
            }
            else if (node is TypeDeclarationSyntax { ParameterList: { } primaryParameters })
            {
                AddInjections(primaryParameters, model, cancellationToken);
            }

            if (IsBodyRoot(node) && model.GetOperation(node is GlobalStatementSyntax global ? global.Statement : node, cancellationToken) is { } root)
            {
                WalkOperations(root, OwnerOf(node, model, cancellationToken), model, cancellationToken);
            }
        }
    }

    // The nodes whose operation tree holds a member's code: bodies, expression bodies, initializers, top-level statements.
    private static bool IsBodyRoot(SyntaxNode node) => node is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or GlobalStatementSyntax
        or ArrowExpressionClauseSyntax { Parent: PropertyDeclarationSyntax or IndexerDeclarationSyntax }
        or EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax or PropertyDeclarationSyntax }
        or PrimaryConstructorBaseTypeSyntax;

    private static ISymbol? OwnerOf(SyntaxNode root, SemanticModel model, CancellationToken cancellationToken) => root switch
    {
        ArrowExpressionClauseSyntax or EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax } => model.GetDeclaredSymbol(root.Parent!, cancellationToken),
        EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator } => model.GetDeclaredSymbol(declarator, cancellationToken),
        PrimaryConstructorBaseTypeSyntax => model.GetEnclosingSymbol(root.SpanStart, cancellationToken),
        GlobalStatementSyntax global => model.GetEnclosingSymbol(global.Statement.SpanStart, cancellationToken),
        _ => model.GetDeclaredSymbol(root, cancellationToken),
    };

    private void WalkOperations(IOperation root, ISymbol? owner, SemanticModel model, CancellationToken cancellationToken)
    {
        foreach (var operation in root.DescendantsAndSelf())
        {
            _uses.Clear();
            _policy.Detector.Detect(operation, _uses, cancellationToken);
            var target = operation switch
            {
                IInvocationOperation invocation => invocation.TargetMethod,
                IObjectCreationOperation creation => creation.Constructor,
                IMethodReferenceOperation reference => reference.Method,
                _ => null,
            };
            var callee = target?.OriginalDefinition is { } method && _policy.Calls.Follows(method) ? method : null;
            if (_uses.Count == 0 && callee is null)
            {
                continue;
            }

            var site = ContextResolver.EnclosingFunction(operation) ?? owner ?? model.GetEnclosingSymbol(operation.Syntax.SpanStart, cancellationToken);
            var contexts = Markers(_policy.Contexts.ForSymbol(site).Requirements);
            foreach (var use in _uses)
            {
                Add(use, site, contexts, operation);
            }

            // A model used in code that this context calls is used in this context too (docs/rules/MP0010.md).
            if (callee is not null && contexts.Count > 0)
            {
                foreach (var reached in _policy.Calls.UsesReachedFrom(callee, cancellationToken))
                {
                    if (reached.Use.Model is { } name)
                    {
                        var key = KeyOf(reached.Use, name, out _);
                        if (!_reachedContexts.TryGetValue(key, out var reachedContexts))
                        {
                            _reachedContexts.Add(key, reachedContexts = new HashSet<string>(StringComparer.Ordinal));
                        }

                        reachedContexts.UnionWith(contexts);
                    }
                }
            }
        }
    }

    // A typed client taken by a constructor is a use of its model (docs/rules/MP0001.md, "What counts as a use").
    private void AddInjections(ParameterListSyntax parameters, SemanticModel model, CancellationToken cancellationToken)
    {
        foreach (var parameter in parameters.Parameters)
        {
            if (model.GetDeclaredSymbol(parameter, cancellationToken) is { } symbol
                && _policy.Detector.ClientModel(symbol.Type) is { } client)
            {
                var site = symbol.ContainingSymbol;
                Add(new ModelUse(ModelUseKind.TypedClient, client, parameter.GetLocation(), null, $"{symbol.Type.Name} (injected)"), site, Markers(_policy.Contexts.ForSymbol(site).Requirements));
            }
        }
    }

    private void Add(ModelUse use, ISymbol? site, List<string> contexts, IOperation? at = null)
    {
        var span = use.Location.GetMappedLineSpan();
        var file = RelativePath(span.Path);
        var line = span.StartLinePosition.Line + 1;
        if (use.Model is not { } name)
        {
            // Sent through a client that enforces a policy covering the site's, it is checked on every request instead.
            var enforced = at is not null
                && _policy.EnforcedAtRunTime(use, at) is { } requirements
                && requirements.Covers(_policy.Contexts.ForSymbol(site).Requirements);
            _unverified.Add(new UnverifiedUse(file, line, use.Sink, enforced ? UnverifiedReason.EnforcedAtRunTime : UnverifiedReason.NotStaticallyKnown));
            return;
        }

        var facts = FactsOf(use, name);
        facts.NamesUsed.Add(name);
        facts.Occurrences.Add(new Occurrence(file, line, SymbolName(site)));
        facts.Contexts.UnionWith(contexts);
    }

    // Uses of one catalog model, whatever its spelling (a model file's path included), are one model; unknown ids are one
    // model per spelling (any case).
    private string KeyOf(ModelUse use, string name, out CatalogEntry? entry)
    {
        entry = _policy.Find(use);
        return entry?.Id ?? name.Trim();
    }

    private ModelFacts FactsOf(ModelUse use, string name)
    {
        var key = KeyOf(use, name, out var entry);
        if (!_models.TryGetValue(key, out var facts))
        {
            facts = new ModelFacts(entry);
            _models.Add(key, facts);
        }

        return facts;
    }

    private ModelInventory ToInventory(string? toolVersion)
    {
        // Contexts reached through calls count for the models that the walked code uses (not for those used only in
        // generated code, which has no occurrence to show).
        foreach (var pair in _reachedContexts)
        {
            if (_models.TryGetValue(pair.Key, out var facts))
            {
                facts.Contexts.UnionWith(pair.Value);
            }
        }

        var models = _models
            .Select(pair => ToModel(pair.Key, pair.Value))
            .OrderBy(m => m.Id, StringComparer.Ordinal);
        return new ModelInventory(
            _compilation.AssemblyName ?? "assembly",
            AssemblyVersion(),
            _compilation.Options.OutputKind is OutputKind.ConsoleApplication or OutputKind.WindowsApplication or OutputKind.WindowsRuntimeApplication,
            toolVersion,
            new EquatableArray<InventoryModel>(models),
            new EquatableArray<UnverifiedUse>(_unverified.OrderBy(u => u)));
    }

    private static InventoryModel ToModel(string key, ModelFacts facts)
    {
        var contexts = new EquatableArray<string>(facts.Contexts.OrderBy(c => c, StringComparer.Ordinal));
        var names = new EquatableArray<string>(facts.NamesUsed.OrderBy(n => n, StringComparer.Ordinal));
        var occurrences = new EquatableArray<Occurrence>(facts.Occurrences.OrderBy(o => o));
        if (facts.Entry?.Model is not { } model)
        {
            // Unknown to the catalog: named by its ordinal-first spelling, so the id does not depend on the walk order.
            return new InventoryModel(names.Count > 0 ? names[0].Trim() : key, false, null, null, default, Modality.None, EquatableArray<string>.Empty,
                EquatableArray<string>.Empty, ModelDeployment.None, null, contexts, names, occurrences);
        }

        var tasks = TasksOf(facts.Entry);
        return new InventoryModel(model.Id, true, model.Provider, model.Class, model.Size, model.Inputs,
            new EquatableArray<string>(tasks.Select(ModelTasks.Output).Distinct(StringComparer.Ordinal)), new EquatableArray<string>(tasks),
            model.Deployment, model.LatencyMs, contexts, names, occurrences);
    }

    private static IReadOnlyList<string> TasksOf(CatalogEntry entry) => ModelTasks.Of(entry.Model.Tasks);

    // "[Edge]", "[LowLatency]", "[Multimodal(Image, Audio)]": the attributes that put the code in its context.
    private static List<string> Markers(ModelRequirements requirements)
    {
        var markers = new List<string>(3);
        if (requirements.EdgeMaxParameters is not null)
        {
            markers.Add(ModelVocabulary.Marker(Requirement.Edge));
        }

        if (requirements.LowLatencyMaxMilliseconds is not null)
        {
            markers.Add(ModelVocabulary.Marker(Requirement.LowLatency));
        }

        if (requirements.Inputs != Modality.None)
        {
            markers.Add($"{ModelVocabulary.Marker(Requirement.Multimodal).TrimEnd(']')}({requirements.Inputs})]");
        }

        return markers;
    }

    // The member the code is in (not the lambda or local function inside it), as a reviewer would look it up.
    private static string? SymbolName(ISymbol? site)
    {
        while (site is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction })
        {
            site = site.ContainingSymbol;
        }

        return site switch
        {
            null or INamespaceSymbol or IAssemblySymbol => null,
            IMethodSymbol { Name: WellKnownMemberNames.TopLevelStatementsEntryPointMethodName } => "top-level statements",
            IMethodSymbol { AssociatedSymbol: { } property } => property.ToDisplayString(SymbolFormat),
            _ => site.ToDisplayString(SymbolFormat),
        };
    }

    // The informational version the SDK stamps ($(Version)), else the assembly version.
    private string AssemblyVersion()
    {
        foreach (var attribute in _compilation.Assembly.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: "AssemblyInformationalVersionAttribute" } type
                && type.ContainingNamespace.ToDisplayString() == "System.Reflection"
                && PolicySymbols.SingleArgument(attribute) is string { Length: > 0 } informational)
            {
                return informational;
            }
        }

        return _compilation.Assembly.Identity.Version.ToString();
    }

    // Relative to the project folder with '/' separators; a file outside it keeps its full path.
    private string RelativePath(string path)
    {
        var file = path.Replace('\\', '/');
        if (_projectDirectory is not { Length: > 0 } directory)
        {
            return file;
        }

        var prefix = directory.Replace('\\', '/').TrimEnd('/') + "/";
        var comparison = prefix.Length > 1 && prefix[1] == ':' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        return file.StartsWith(prefix, comparison) ? file.Substring(prefix.Length) : file;
    }

    private static Compilation WithGeneratedClients(Compilation compilation, LoadedCatalog catalog, AnalyzerConfigOptions globalOptions, CancellationToken cancellationToken)
    {
        var options = ClientGenerator.ReadOptions(globalOptions);
        if (!options.Enabled)
        {
            return compilation;
        }

        var clients = ClientGenerator.Clients(catalog, options, compilation.AssemblyName ?? "Generated");
        if (clients.Count == 0)
        {
            return compilation;
        }

        var parseOptions = compilation.SyntaxTrees.FirstOrDefault()?.Options as CSharpParseOptions ?? CSharpParseOptions.Default;
        var source = CSharpSyntaxTree.ParseText(ClientEmitter.Emit(clients), parseOptions, ClientEmitter.HintName(clients[0].Namespace), cancellationToken: cancellationToken);
        return compilation.AddSyntaxTrees(source);
    }

    private sealed class ModelFacts(CatalogEntry? entry)
    {
        public CatalogEntry? Entry { get; } = entry;

        public HashSet<string> NamesUsed { get; } = new(StringComparer.Ordinal);

        public HashSet<Occurrence> Occurrences { get; } = new();

        public HashSet<string> Contexts { get; } = new(StringComparer.Ordinal);
    }
}
