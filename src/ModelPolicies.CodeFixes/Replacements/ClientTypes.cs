using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ModelPolicies.Analyzers;
using ModelPolicies.Analyzers.ModelUses;
using ModelPolicies.Analyzers.Rules;
using Microsoft.CodeAnalysis;

namespace ModelPolicies.CodeFixes.Replacements;

/// <summary>
/// The typed clients a project can switch to: types marked <c>[ModelClient("id")]</c> themselves, found by the
/// attribute (never by name), in the project and in referenced assemblies built against ModelPolicies. A model
/// may have several (the generated <c>Phi4MiniClient</c> and a hand-written gateway): all are kept, for the fix
/// to choose among at each use.
/// </summary>
internal static class ClientTypes
{
    /// <summary>
    /// Catalog id (or the id as written, for a model the catalog does not know) to its client types: the project's
    /// own first, then those of referenced assemblies by assembly name, each in namespace and name order.
    /// </summary>
    public static ImmutableDictionary<string, ImmutableArray<INamedTypeSymbol>> Find(Compilation compilation, PolicyCompilation policy)
    {
        var found = new Dictionary<string, ImmutableArray<INamedTypeSymbol>.Builder>(StringComparer.OrdinalIgnoreCase);
        if (policy.Symbols.ModelClient is { } attribute)
        {
            Collect(compilation.Assembly.GlobalNamespace, compilation, attribute, policy, found);
            foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols.OrderBy(a => a.Name, StringComparer.Ordinal))
            {
                if (assembly.Modules.Any(m => m.ReferencedAssemblies.Any(r => r.Name == attribute.ContainingAssembly.Name)))
                {
                    Collect(assembly.GlobalNamespace, compilation, attribute, policy, found);
                }
            }
        }

        return found.ToImmutableDictionary(pair => pair.Key, pair => pair.Value.ToImmutable(), StringComparer.OrdinalIgnoreCase);
    }

    private static void Collect(INamespaceSymbol ns, Compilation compilation, INamedTypeSymbol attribute, PolicyCompilation policy, Dictionary<string, ImmutableArray<INamedTypeSymbol>.Builder> found)
    {
        foreach (var member in ns.GetMembers().OrderBy(m => m.Name, StringComparer.Ordinal))
        {
            if (member is INamespaceSymbol inner)
            {
                Collect(inner, compilation, attribute, policy, found);
            }
            else if (member is INamedTypeSymbol type)
            {
                CollectType(type, compilation, attribute, policy, found);
            }
        }
    }

    private static void CollectType(INamedTypeSymbol type, Compilation compilation, INamedTypeSymbol attribute, PolicyCompilation policy, Dictionary<string, ImmutableArray<INamedTypeSymbol>.Builder> found)
    {
        if (!compilation.IsSymbolAccessibleWithin(type, compilation.Assembly))
        {
            return;
        }

        // Listed under the one model the analyzer binds it to, so that switching to it is a use of that model.
        if (type.GetAttributes().Any(data => SymbolEqualityComparer.Default.Equals(data.AttributeClass, attribute))
            && policy.Detector.ClientModel(type) is { } model
            && !string.IsNullOrWhiteSpace(model))
        {
            var id = policy.Catalog.Find(model)?.Id ?? model;
            if (!found.TryGetValue(id, out var types))
            {
                found.Add(id, types = ImmutableArray.CreateBuilder<INamedTypeSymbol>());
            }

            types.Add(type);
        }

        foreach (var nested in type.GetTypeMembers())
        {
            CollectType(nested, compilation, attribute, policy, found);
        }
    }
}
