using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ModelPolicies.Analyzers.Configuration;

/// <summary>
/// A value a settings file gives a configuration key: the file and its text, the key as the file spells it, the value,
/// where the value is written (a string token with its quotes, or for a connection string the value of its
/// <c>Model=</c>/<c>Deployment=</c> part), and that part's name (<c>Model</c>, <c>Deployment</c>), or null.
/// </summary>
internal sealed record ConfiguredValue(string FilePath, SourceText Text, string Key, string Value, TextSpan Span, string? Part = null)
{
    /// <summary>Where the value is written: a diagnostic's additional location.</summary>
    public Location Location => Location.Create(FilePath, Span, Text.Lines.GetLinePositionSpan(Span));

    public override string ToString() => $"{FilePath}: {Key}{(Part is null ? "" : $" ({Part}=)")} = '{Value}'";
}

/// <summary>
/// The settings files of one project (docs/configuration.md, "Configuration-sourced ids"): the additional files named <c>appsettings.json</c> or
/// <c>appsettings.*.json</c>, or marked <c>ModelPoliciesSettings="true"</c>, less those marked
/// <c>ModelPoliciesSettings="false"</c>; in path order, each read once per text. Every file is judged, whatever
/// environment it is for.
/// </summary>
internal sealed class ProjectSettings
{
    /// <summary>The analyzer-config key of the AdditionalFiles metadata that includes or excludes a file.</summary>
    public const string MetadataKey = "build_metadata.AdditionalFiles.ModelPoliciesSettings";

    private ProjectSettings(ImmutableArray<(string Path, SettingsFile File)> files) => Files = files;

    public static ProjectSettings Empty { get; } = new(ImmutableArray<(string, SettingsFile)>.Empty);

    public ImmutableArray<(string Path, SettingsFile File)> Files { get; }

    /// <summary>The settings files among an analysis's additional files, with their own metadata.</summary>
    public static ProjectSettings From(AnalyzerOptions options, CancellationToken cancellationToken) =>
        From(options.AdditionalFiles.Select(file => (file, (AnalyzerConfigOptions?)options.AnalyzerConfigOptionsProvider.GetOptions(file))), cancellationToken);

    /// <summary>The same for a code fix: a workspace project's additional texts and the options of each.</summary>
    public static ProjectSettings From(IEnumerable<(AdditionalText File, AnalyzerConfigOptions? Options)> files, CancellationToken cancellationToken)
    {
        var found = new List<(string Path, SettingsFile File)>();
        foreach (var (file, options) in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (IsSettingsFile(file.Path, options) && file.GetText(cancellationToken) is { } text)
            {
                found.Add((file.Path, SettingsFile.Of(text)));
            }
        }

        return found.Count == 0 ? Empty : new ProjectSettings(found.OrderBy(f => f.Path, StringComparer.Ordinal).ToImmutableArray());
    }

    /// <summary>True for a file named <c>appsettings.json</c> or <c>appsettings.*.json</c>, unless its metadata says otherwise.</summary>
    public static bool IsSettingsFile(string path, AnalyzerConfigOptions? options)
    {
        if (options is not null && options.TryGetValue(MetadataKey, out var marked) && bool.TryParse(marked.Trim(), out var isSettings))
        {
            return isSettings;
        }

        // "appsettings." + ".json" sharing the dot is appsettings.json; with something between, appsettings.X.json.
        const string Prefix = "appsettings.", Suffix = ".json";
        var nameStart = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\')) + 1;
        var nameLength = path.Length - nameStart;
        return (nameLength == Prefix.Length + Suffix.Length - 1 || nameLength > Prefix.Length + Suffix.Length)
            && string.Compare(path, nameStart, Prefix, 0, Prefix.Length, StringComparison.OrdinalIgnoreCase) == 0
            && path.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Adds, for each file that sets <paramref name="key"/> to a non-empty string, that value; for a connection
    /// string, the value of its <c>Model=</c>/<c>Deployment=</c> part instead.
    /// </summary>
    public void Collect(string key, bool connectionString, ImmutableArray<ConfiguredValue>.Builder values)
    {
        foreach (var (path, file) in Files)
        {
            if (!file.TryGetValue(key, out var setting) || setting.Value is not { Length: > 0 } value)
            {
                continue;
            }

            if (!connectionString)
            {
                values.Add(new ConfiguredValue(path, file.Text, setting.Key, value, setting.Span));
            }
            else if (file.TryGetModelPart(setting, out var part) && part.Value.Length > 0)
            {
                values.Add(new ConfiguredValue(path, file.Text, setting.Key, part.Value, part.Span, part.Name));
            }
        }
    }
}
