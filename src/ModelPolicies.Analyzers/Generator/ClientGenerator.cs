using System;
using System.Collections.Generic;
using System.Linq;
using ModelPolicies.Analyzers.Catalog;
using ModelPolicies.Analyzers.Options;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ModelPolicies.Analyzers.Generator;

/// <summary>
/// Emits typed clients (docs/clients.md), all in one file, for every client of the compilation's catalog — one type per
/// task of each model of the project's catalog files and <c>[assembly: ModelCatalogEntry]</c> entries, and of each
/// built-in model named with <c>[assembly: ModelClient("id")]</c>. The catalog is the analyzer's: built by <see cref="CatalogBuilder"/> from the
/// same inputs. It reports nothing: catalog problems are the analyzer's (MP0008, MP0012), and a broken entry is simply
/// not generated.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ClientGenerator : IIncrementalGenerator
{
    internal const string EnabledKey = "build_property.ModelPoliciesGenerateClients";
    internal const string NamespaceKey = "build_property.ModelPoliciesNamespace";
    internal const string RootNamespaceKey = "build_property.RootNamespace";
    internal const string SettingsKey = "build_property.ModelPoliciesRuntimeSettings";

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => ReadOptions(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.Options);

        var assemblyName = context.CompilationProvider.Select(static (compilation, _) => compilation.AssemblyName ?? "Generated");

        var files = context.AdditionalTextsProvider
            .Combine(options)
            .Where(static pair => pair.Right.Enabled && PolicyOptions.Default.With(pair.Right.CatalogPath).IsCatalogFile(pair.Left.Path))
            .Select(static (pair, cancellationToken) => pair.Left.GetText(cancellationToken) is { } text
                ? new CatalogFileInput(pair.Left.Path, CatalogFile.Of(text))
                : null)
            .WithTrackingName(TrackingNames.CatalogFiles)
            .Collect()
            .Select(static (files, _) => new EquatableArray<CatalogFileInput>(files.Where(f => f is not null).OrderBy(f => f!.Path, StringComparer.Ordinal)!))
            .WithTrackingName(TrackingNames.FileClients);

        var entries = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                "ModelPolicies.ModelCatalogEntryAttribute",
                static (node, _) => node is CompilationUnitSyntax,
                static (attributeContext, _) => new EquatableArray<AttributeInput>(attributeContext.Attributes.Select(static a =>
                {
                    var entry = AttributeEntry.Read(a, out var error);
                    return new AttributeInput(entry, entry is null ? error : null);
                })))
            .Collect()
            .Select(static (entries, _) => new EquatableArray<AttributeInput>(entries.SelectMany(e => e)))
            .WithTrackingName(TrackingNames.AttributeClients);

        var requests = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                "ModelPolicies.ModelClientAttribute",
                static (node, _) => node is CompilationUnitSyntax,
                static (attributeContext, _) => new EquatableArray<string>(attributeContext.Attributes.Select(CatalogLoader.RequestedId).Where(id => id is not null)!))
            .Collect()
            .Select(static (ids, _) => new EquatableArray<string>(ids.SelectMany(i => i)))
            .WithTrackingName(TrackingNames.RequestedIds);

        // The compilation's catalog, built as the analyzer builds it: the clients and the run-time settings come from it.
        var catalog = files
            .Combine(entries)
            .Combine(requests)
            .Combine(options)
            .Select(static (input, _) =>
            {
                var (((files, entries), requests), options) = input;
                return options.Enabled
                    ? CatalogBuilder.Build(FileCatalog.For(options.Catalog, files.ToImmutableArray()), entries.ToImmutableArray(), requests.ToImmutableArray())
                    : null;
            })
            .WithTrackingName(TrackingNames.Catalog);

        var clients = catalog
            .Combine(options.Combine(assemblyName))
            .Select(static (input, _) =>
            {
                var (catalog, (options, assembly)) = input;
                return catalog is null ? EquatableArray<NamedClient>.Empty : Clients(catalog, options, assembly);
            })
            .WithTrackingName(TrackingNames.Clients);

        var settings = catalog
            .Combine(options.Combine(assemblyName))
            .Select(static (input, _) =>
            {
                var (catalog, (options, assembly)) = input;
                return catalog is null || !options.Settings
                    ? null
                    : new PolicySettingsSpec(new EquatableArray<CatalogEntry>(catalog.Catalog.Entries), catalog.Catalog.SlmMaxParameters, options.Defaults, Namespace(options.Namespace, assembly));
            })
            .WithTrackingName(TrackingNames.Settings);

        context.RegisterSourceOutput(settings, static (output, spec) =>
        {
            if (spec is not null)
            {
                output.AddSource(SettingsEmitter.HintName(spec.Namespace), SettingsEmitter.Emit(spec));
            }
        });

        // One file for all clients: the driver's bookkeeping per output would otherwise cost every rerun, even when
        // nothing changed. No clients, no file.
        context.RegisterSourceOutput(clients, static (output, all) =>
        {
            if (all.Count > 0)
            {
                output.AddSource(ClientEmitter.HintName(all[0].Namespace), ClientEmitter.Emit(all));
            }
        });
    }

    /// <summary>The clients to emit, each with its name, in the catalog builder's order; the inventory generator adds the same.</summary>
    internal static EquatableArray<NamedClient> Clients(LoadedCatalog catalog, GeneratorOptions options, string assemblyName)
    {
        var ns = Namespace(options.Namespace, assemblyName);
        return new EquatableArray<NamedClient>(catalog.Clients.Select(c => new NamedClient(c.Entry, c.Stem, ns)));
    }

    internal static GeneratorOptions ReadOptions(AnalyzerConfigOptions global)
    {
        var enabled = !(global.TryGetValue(EnabledKey, out var enabledText) && string.Equals(enabledText.Trim(), "false", StringComparison.OrdinalIgnoreCase));
        var policy = PolicyOptions.Read(global);
        var ns = global.TryGetValue(NamespaceKey, out var explicitNs) && !string.IsNullOrWhiteSpace(explicitNs) ? explicitNs.Trim()
            : global.TryGetValue(RootNamespaceKey, out var root) && !string.IsNullOrWhiteSpace(root) ? root.Trim() + ".Models"
            : null;
        var settings = !(global.TryGetValue(SettingsKey, out var settingsText) && string.Equals(settingsText.Trim(), "false", StringComparison.OrdinalIgnoreCase));
        return new GeneratorOptions(enabled, ns, CatalogLoader.Settings(policy), policy.CatalogPath, policy.ContextDefaults, settings);
    }

    // A valid dotted namespace from configuration, else "<AssemblyName>.Models".
    private static string Namespace(string? configured, string assemblyName)
    {
        var parts = (configured ?? assemblyName + ".Models")
            .Split('.')
            .Select(part => new string(part.Where(c => char.IsLetterOrDigit(c) || c == '_').ToArray()))
            .Where(part => part.Length > 0)
            .Select(part => char.IsDigit(part[0]) ? "_" + part : part)
            .ToArray();
        return parts.Length == 0 ? "Models" : string.Join(".", parts);
    }
}
