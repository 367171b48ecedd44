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
/// Emits a typed chat client (SPEC §5), all in one file, for every model of the project's catalog files and
/// <c>[assembly: ModelCatalogEntry]</c> entries, and for every built-in model named with
/// <c>[assembly: ModelClient("id")]</c>. It reports nothing: catalog problems are the analyzer's (MP0008,
/// MP0012), and a broken entry is simply not generated.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ClientGenerator : IIncrementalGenerator
{
    internal const string EnabledKey = "build_property.ModelPoliciesGenerateClients";
    internal const string NamespaceKey = "build_property.ModelPoliciesNamespace";
    internal const string RootNamespaceKey = "build_property.RootNamespace";

    private static readonly ModelCatalog BuiltIn = ModelCatalog.Create(BuiltInCatalog.Entries, ModelTaxonomy.DefaultSlmMaxParameters);

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => ReadOptions(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.Options);

        var assemblyName = context.CompilationProvider.Select(static (compilation, _) => compilation.AssemblyName ?? "Generated");

        var fileClients = context.AdditionalTextsProvider
            .Combine(options)
            .Where(static pair => pair.Right.Enabled && PolicyOptions.Default.With(pair.Right.CatalogPath).IsCatalogFile(pair.Left.Path))
            .Select(static (pair, cancellationToken) => pair.Left.GetText(cancellationToken) is { } text
                ? new EquatableArray<ClientSpec>(CatalogFile.Of(text).Entries.Select(e => ClientSpec.From(e.Entry)))
                : EquatableArray<ClientSpec>.Empty)
            .WithTrackingName(TrackingNames.CatalogFiles)
            .Collect()
            .Select(static (files, _) => new EquatableArray<ClientSpec>(files.SelectMany(f => f)))
            .WithTrackingName(TrackingNames.FileClients);

        var attributeClients = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                "ModelPolicies.ModelCatalogEntryAttribute",
                static (node, _) => node is CompilationUnitSyntax,
                static (attributeContext, cancellationToken) => new EquatableArray<ClientSpec>(
                    attributeContext.Attributes.Select(a => AttributeEntry.Read(a, out _)).Where(e => e is not null).Select(e => ClientSpec.From(e!))))
            .Collect()
            .Select(static (entries, _) => new EquatableArray<ClientSpec>(entries.SelectMany(e => e)))
            .WithTrackingName(TrackingNames.AttributeClients);

        var requestedIds = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                "ModelPolicies.ModelClientAttribute",
                static (node, _) => node is CompilationUnitSyntax,
                static (attributeContext, _) => new EquatableArray<string>(
                    attributeContext.Attributes.Select(a => a.ConstructorArguments.Length == 1 ? a.ConstructorArguments[0].Value as string : null).Where(id => id is not null)!))
            .Collect()
            .Select(static (ids, _) => new EquatableArray<string>(ids.SelectMany(i => i)))
            .WithTrackingName(TrackingNames.RequestedIds);

        var clients = fileClients
            .Combine(attributeClients)
            .Combine(requestedIds)
            .Combine(options.Combine(assemblyName))
            .Select(static (input, _) =>
            {
                var (((files, attributes), requested), (options, assembly)) = input;
                return options.Enabled ? Merge(files, attributes, requested, options, assembly) : EquatableArray<NamedClient>.Empty;
            })
            .WithTrackingName(TrackingNames.Clients);

        // One file for all clients: the driver's bookkeeping per output would otherwise cost every rerun, even when
        // nothing changed (issue 7). No clients, no file.
        context.RegisterSourceOutput(clients, static (output, all) =>
        {
            if (all.Count > 0)
            {
                output.AddSource(ClientEmitter.HintName(all[0].Namespace), ClientEmitter.Emit(all));
            }
        });
    }

    /// <summary>The clients to emit, by SPEC §4 precedence, each with its name; ordered by id for determinism.</summary>
    internal static EquatableArray<NamedClient> Merge(
        EquatableArray<ClientSpec> files, EquatableArray<ClientSpec> attributes, EquatableArray<string> requested, GeneratorOptions options, string assemblyName)
    {
        var byId = new Dictionary<string, ClientSpec>(StringComparer.OrdinalIgnoreCase);
        if (options.BuiltInCatalog)
        {
            foreach (var id in requested)
            {
                if (BuiltIn.Find(id) is { } entry)
                {
                    byId[entry.Id] = ClientSpec.From(entry);
                }
            }
        }

        foreach (var spec in files.Concat(attributes))
        {
            byId[spec.Id] = spec;
        }

        var ns = Namespace(options.Namespace, assemblyName);
        var names = ClientNaming.Assign(byId.Values.Select(s => s.Id));
        return new EquatableArray<NamedClient>(byId.Values
            .OrderBy(s => s.Id, StringComparer.Ordinal)
            .Select(s => new NamedClient(s, names[s.Id], ns)));
    }

    internal static GeneratorOptions ReadOptions(AnalyzerConfigOptions global)
    {
        var enabled = !(global.TryGetValue(EnabledKey, out var enabledText) && string.Equals(enabledText.Trim(), "false", StringComparison.OrdinalIgnoreCase));
        var policy = PolicyOptions.Read(global);
        var ns = global.TryGetValue(NamespaceKey, out var explicitNs) && !string.IsNullOrWhiteSpace(explicitNs) ? explicitNs.Trim()
            : global.TryGetValue(RootNamespaceKey, out var root) && !string.IsNullOrWhiteSpace(root) ? root.Trim() + ".Models"
            : null;
        return new GeneratorOptions(enabled, ns, policy.BuiltInCatalog, policy.CatalogPath);
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
