using System;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using ModelPolicies.Analyzers.Options;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ModelPolicies.Analyzers.Inventory;

/// <summary>
/// Records the AI bill of materials (docs/bom.md) in the assembly when the MSBuild property <c>ModelPoliciesBom</c> is
/// <c>true</c>: <c>[assembly: ModelInventory("…")]</c> holding the CycloneDX document. Off, it reads one option per
/// compilation and nothing else. It reports nothing; what is wrong with a use is the analyzer's to say.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class InventoryGenerator : IIncrementalGenerator
{
    internal const string EnabledKey = "build_property.ModelPoliciesBom";
    internal const string ProjectDirectoryKey = "build_property.MSBuildProjectDirectory";

    private static readonly string? ToolVersion = typeof(InventoryGenerator).Assembly
        .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0];

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var settings = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => BomSettings.Read(provider.GlobalOptions))
            .WithTrackingName(InventoryTrackingNames.Settings);

        // Catalog texts are read only when the inventory is on.
        var catalogTexts = context.AdditionalTextsProvider
            .Combine(settings)
            .Where(static pair => pair.Right.Enabled && PolicyOptions.Default.With(pair.Right.CatalogPath).IsCatalogFile(pair.Left.Path))
            .Select(static (pair, cancellationToken) => (pair.Left.Path, Text: pair.Left.GetText(cancellationToken)))
            .Collect()
            .WithTrackingName(InventoryTrackingNames.CatalogTexts);

        // One step over the whole compilation: it reruns on every edit, and its value is equal while no use changes, so
        // everything after it stays cached.
        var inventory = context.CompilationProvider
            .Combine(settings)
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Combine(catalogTexts)
            .Select(static (input, cancellationToken) =>
            {
                var (((compilation, settings), options), texts) = input;
                if (!settings.Enabled)
                {
                    return null;
                }

                var catalogs = texts.Where(t => t.Text is not null).Select(t => (t.Path, t.Text!)).ToImmutableArray();
                return InventoryBuilder.Build(compilation, options.GlobalOptions, catalogs, settings.ProjectDirectory, ToolVersion, cancellationToken);
            })
            .WithTrackingName(InventoryTrackingNames.Inventory);

        var document = inventory
            .Select(static (inventory, _) => inventory is null ? null : CycloneDxWriter.Write(inventory))
            .WithTrackingName(InventoryTrackingNames.Document);

        context.RegisterSourceOutput(document, static (output, document) =>
        {
            if (document is not null)
            {
                output.AddSource(InventoryEmitter.HintName, InventoryEmitter.Source(document));
            }
        });
    }
}

/// <summary>What the inventory generator reads from MSBuild, as values.</summary>
internal sealed record BomSettings(bool Enabled, string? ProjectDirectory, string? CatalogPath)
{
    public static BomSettings Read(AnalyzerConfigOptions global)
    {
        var enabled = global.TryGetValue(InventoryGenerator.EnabledKey, out var text) && string.Equals(text.Trim(), "true", StringComparison.OrdinalIgnoreCase);
        if (!enabled)
        {
            return Off;
        }

        return new BomSettings(true, Value(global, InventoryGenerator.ProjectDirectoryKey), Value(global, PolicyOptions.CatalogPathKey));
    }

    private static string? Value(AnalyzerConfigOptions global, string key) =>
        global.TryGetValue(key, out var value) && value is { } text && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;

    private static BomSettings Off { get; } = new(false, null, null);
}

/// <summary>Names of the inventory generator's pipeline steps, so tests can check each one's incremental state.</summary>
internal static class InventoryTrackingNames
{
    public const string Settings = "Inventory" + nameof(Settings);
    public const string CatalogTexts = "Inventory" + nameof(CatalogTexts);
    public const string Inventory = nameof(Inventory);
    public const string Document = "Inventory" + nameof(Document);
}
