using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace ModelPolicies.Analyzers.Configuration;

/// <summary>
/// Which sections options classes are bound from, anywhere in the compilation: <c>services.Configure&lt;T&gt;([name,]
/// section)</c>, <c>AddOptions&lt;T&gt;([name]).Bind(section)</c> and <c>….BindConfiguration(path)</c>. Built on first
/// use, once per compilation: each tree is searched for those calls once while it lives (so an edit searches one tree
/// again, not the project), and only the calls found are bound.
/// </summary>
internal sealed class OptionsBindings
{
    // The invocations each tree holds that may register a binding, by name; trees are shared by every compilation over them.
    private static readonly ConditionalWeakTable<SyntaxTree, Candidates> CandidatesByTree = new();

    private static readonly Dictionary<ITypeSymbol, List<Binding>> NoBindings = new(SymbolEqualityComparer.Default);

    private readonly Compilation _compilation;
    private readonly ConfigurationSymbols _symbols;
    private readonly ConfigurationReads _reads;
    private readonly object _gate = new();
    private Dictionary<ITypeSymbol, List<Binding>>? _byType;
    private bool _building; // set while the lock's holder builds: a registration read through options asks again

    public OptionsBindings(Compilation compilation, ConfigurationSymbols symbols, ConfigurationReads reads)
    {
        _compilation = compilation;
        _symbols = symbols;
        _reads = reads;
    }

    /// <summary>
    /// The sections the options of type <paramref name="options"/> named <paramref name="name"/> (null: any name) are
    /// bound from; false when none is registered, or when one is registered from a section not known.
    /// </summary>
    public bool TryGetSections(ITypeSymbol options, string? name, CancellationToken cancellationToken, out ImmutableArray<string> paths)
    {
        paths = default;
        if (!ByType(cancellationToken).TryGetValue(options, out var bindings))
        {
            return false;
        }

        var found = ImmutableArray.CreateBuilder<string>();
        foreach (var binding in bindings)
        {
            if (name is not null && binding.Name is not null && !string.Equals(name, binding.Name, StringComparison.Ordinal))
            {
                continue; // option names are compared as Options compares them
            }

            if (binding.Paths.IsDefault)
            {
                return false;
            }

            found.AddRange(binding.Paths);
        }

        paths = found.ToImmutable();
        return paths.Length > 0;
    }

    /// <summary>The calls of <paramref name="tree"/> that may register a binding, searched afresh: what a tree's first compilation pays.</summary>
    internal static ImmutableArray<InvocationExpressionSyntax> FindCandidates(SyntaxTree tree) => Candidates.Find(tree).Invocations;

    private Dictionary<ITypeSymbol, List<Binding>> ByType(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _byType) is { } built)
        {
            return built;
        }

        // Built by one thread while the others wait; a cancelled build leaves nothing behind, so the next call builds.
        lock (_gate)
        {
            if (_byType is null)
            {
                if (_building)
                {
                    return NoBindings; // Configure<T>(options.Value.Section): options are not known while they are found
                }

                _building = true;
                try
                {
                    Volatile.Write(ref _byType, Build(cancellationToken));
                }
                finally
                {
                    _building = false;
                }
            }

            return _byType!;
        }
    }

    private Dictionary<ITypeSymbol, List<Binding>> Build(CancellationToken cancellationToken)
    {
        var byType = new Dictionary<ITypeSymbol, List<Binding>>(SymbolEqualityComparer.Default);
        if (_symbols.OptionsConfigurationServiceCollectionExtensions is null && _symbols.OptionsBuilderConfigurationExtensions is null)
        {
            return byType;
        }

        foreach (var tree in _compilation.SyntaxTrees)
        {
            var candidates = CandidatesByTree.GetValue(tree, static t => Candidates.Find(t)).Invocations;
            if (candidates.IsEmpty)
            {
                continue;
            }

#pragma warning disable RS1030 // Registrations live anywhere in the compilation; only the few calls found are bound.
            var model = _compilation.GetSemanticModel(tree);
#pragma warning restore RS1030
            foreach (var syntax in candidates)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (model.GetOperation(syntax, cancellationToken) is IInvocationOperation invocation
                    && Read(invocation, cancellationToken) is { } found)
                {
                    if (!byType.TryGetValue(found.Options, out var list))
                    {
                        byType.Add(found.Options, list = new List<Binding>());
                    }

                    list.Add(found.Binding);
                }
            }
        }

        return byType;
    }

    // The binding an invocation registers, if it is one of the registrations.
    private (ITypeSymbol Options, Binding Binding)? Read(IInvocationOperation invocation, CancellationToken cancellationToken)
    {
        var method = invocation.TargetMethod;
        if (!method.IsGenericMethod || method.TypeArguments.Length != 1)
        {
            return null;
        }

        var options = method.TypeArguments[0];
        var type = (method.ReducedFrom ?? method).ContainingType;
        if (ConfigurationSymbols.Is(type, _symbols.OptionsConfigurationServiceCollectionExtensions) && method.Name == "Configure")
        {
            // Configure<T>(config) configures the default name; Configure<T>(name, config) the one named.
            var name = ConfigurationReads.Argument(invocation, "name") is { } named ? ConstantName(named.Value) : string.Empty;
            return (options, new Binding(name, Sections(ConfigurationReads.Argument(invocation, "config")?.Value, cancellationToken)));
        }

        if (!ConfigurationSymbols.Is(type, _symbols.OptionsBuilderConfigurationExtensions))
        {
            return null;
        }

        var builder = ConfigurationReads.Argument(invocation, "optionsBuilder")?.Value;
        switch (method.Name)
        {
            case "Bind":
                return (options, new Binding(BuilderName(builder), Sections(ConfigurationReads.Argument(invocation, "config")?.Value, cancellationToken)));
            case "BindConfiguration":
                var path = ConfigurationReads.Constant(invocation, "configSectionPath");
                return (options, new Binding(BuilderName(builder), path is null ? default : ImmutableArray.Create(path)));
            default:
                return null;
        }
    }

    private ImmutableArray<string> Sections(IOperation? config, CancellationToken cancellationToken) =>
        _reads.TryNode(config, 0, cancellationToken, out var node) && node.Kind == ConfigurationNodeKind.Section ? node.Paths : default;

    // The name an OptionsBuilder<T> was made with: AddOptions<T>(name), through the builder methods chained after it.
    private string? BuilderName(IOperation? builder)
    {
        while (true)
        {
            while (builder is IConversionOperation conversion)
            {
                builder = conversion.Operand;
            }

            if (builder is not IInvocationOperation invocation)
            {
                return null;
            }

            var method = invocation.TargetMethod;
            if (ConfigurationSymbols.Is((method.ReducedFrom ?? method).ContainingType, _symbols.OptionsServiceCollectionExtensions))
            {
                return ConfigurationReads.Argument(invocation, "name") is { } named ? ConstantName(named.Value) : string.Empty;
            }

            // Validate(…), ValidateOnStart(), Configure(…) and the like return the builder they were called on.
            var receiver = invocation.Receiver();
            if (receiver?.Type is not INamedTypeSymbol receiverType || !ConfigurationSymbols.Is(receiverType, _symbols.OptionsBuilder)
                || !SymbolEqualityComparer.Default.Equals(receiverType, method.ReturnType))
            {
                return null;
            }

            builder = receiver;
        }
    }

    // A constant name; null (any name) otherwise. A null constant is the default name, as Options treats it.
    private static string? ConstantName(IOperation value) =>
        value.ConstantValue is { HasValue: true } constant ? constant.Value as string ?? string.Empty : null;

    /// <summary>One registration: the options name (null: not known) and the sections (default: not known).</summary>
    private readonly record struct Binding(string? Name, ImmutableArray<string> Paths);

    private sealed class Candidates
    {
        private static readonly Candidates Empty = new(ImmutableArray<InvocationExpressionSyntax>.Empty);

        private Candidates(ImmutableArray<InvocationExpressionSyntax> invocations) => Invocations = invocations;

        public ImmutableArray<InvocationExpressionSyntax> Invocations { get; }

        // Configure<T>(…) (T cannot be inferred from a section, so the type argument is written), Bind(…) and
        // BindConfiguration(…). A tree whose text never spells those calls is not walked: most trees.
        public static Candidates Find(SyntaxTree tree)
        {
            if (!MayRegister(tree.GetText().ToString()))
            {
                return Empty;
            }

            var found = ImmutableArray.CreateBuilder<InvocationExpressionSyntax>();
            foreach (var node in tree.GetRoot().DescendantNodes())
            {
                if (node is InvocationExpressionSyntax invocation && IsCandidate(invocation))
                {
                    found.Add(invocation);
                }
            }

            return found.Count == 0 ? Empty : new Candidates(found.ToImmutable());
        }

        // The text of a parsed file is one string already; IndexOf searches it at memory speed, one pass per word.
        private static bool MayRegister(string text) => Spells(text, "Configure", "<") || Spells(text, "Bind", "(", "Configuration(");

        // The word followed, after any white space, by one of the endings: "Configure<", "Bind (", "BindConfiguration(",
        // not "ConfigureAwait(" nor "Binding".
        private static bool Spells(string text, string word, params string[] endings)
        {
            for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
            {
                var after = at + word.Length;
                foreach (var ending in endings)
                {
                    var end = after;
                    if (ending.Length > 1)
                    {
                        if (string.CompareOrdinal(text, end, ending, 0, ending.Length - 1) != 0)
                        {
                            continue;
                        }

                        end += ending.Length - 1;
                    }

                    while (end < text.Length && char.IsWhiteSpace(text[end]))
                    {
                        end++;
                    }

                    if (end < text.Length && text[end] == ending[ending.Length - 1])
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static bool IsCandidate(InvocationExpressionSyntax invocation)
        {
            var name = invocation.Expression switch
            {
                MemberAccessExpressionSyntax access => access.Name,
                MemberBindingExpressionSyntax binding => binding.Name,
                SimpleNameSyntax simple => simple,
                _ => null,
            };
            return name switch
            {
                GenericNameSyntax { Identifier.ValueText: "Configure" } => invocation.ArgumentList.Arguments.Count > 0,
                { Identifier.ValueText: "Bind" or "BindConfiguration" } => true,
                _ => false,
            };
        }
    }
}
