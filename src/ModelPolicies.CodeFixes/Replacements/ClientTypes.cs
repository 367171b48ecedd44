using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ModelPolicies.Analyzers;
using ModelPolicies.Analyzers.Contexts;
using ModelPolicies.Analyzers.Rules;
using Microsoft.CodeAnalysis;

namespace ModelPolicies.CodeFixes.Replacements;

/// <summary>
/// The typed clients a project can switch to: types marked <c>[ModelClient("id")]</c> themselves, found by the
/// attribute (never by name), in the project and in referenced assemblies built against ModelPolicies.
/// </summary>
internal static class ClientTypes
{
    /// <summary>Catalog id (or the id as written, for a model the catalog does not know) to client type.</summary>
    public static ImmutableDictionary<string, INamedTypeSymbol> Find(Compilation compilation, PolicyCompilation policy)
    {
        var found = new Dictionary<string, INamedTypeSymbol>(StringComparer.OrdinalIgnoreCase);
        if (policy.Symbols.ModelClient is not { } attribute)
        {
            return found.ToImmutableDictionary(StringComparer.OrdinalIgnoreCase);
        }

        // The project's own clients first, so they win over a referenced library's client of the same model.
        Collect(compilation.Assembly.GlobalNamespace, compilation, attribute, policy, found);
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols.OrderBy(a => a.Name, StringComparer.Ordinal))
        {
            if (assembly.Modules.Any(m => m.ReferencedAssemblies.Any(r => r.Name == attribute.ContainingAssembly.Name)))
            {
                Collect(assembly.GlobalNamespace, compilation, attribute, policy, found);
            }
        }

        return found.ToImmutableDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static void Collect(INamespaceSymbol ns, Compilation compilation, INamedTypeSymbol attribute, PolicyCompilation policy, Dictionary<string, INamedTypeSymbol> found)
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

    private static void CollectType(INamedTypeSymbol type, Compilation compilation, INamedTypeSymbol attribute, PolicyCompilation policy, Dictionary<string, INamedTypeSymbol> found)
    {
        if (!compilation.IsSymbolAccessibleWithin(type, compilation.Assembly))
        {
            return;
        }

        foreach (var data in type.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(data.AttributeClass, attribute)
                && PolicySymbols.SingleArgument(data) is string model
                && !string.IsNullOrWhiteSpace(model))
            {
                var id = policy.Catalog.Find(model)?.Id ?? model;
                if (!found.ContainsKey(id))
                {
                    found.Add(id, type);
                }
            }
        }

        foreach (var nested in type.GetTypeMembers())
        {
            CollectType(nested, compilation, attribute, policy, found);
        }
    }
}
