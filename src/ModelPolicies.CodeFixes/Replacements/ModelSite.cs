using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using ModelPolicies.Analyzers;
using ModelPolicies.Analyzers.Catalog;
using ModelPolicies.Analyzers.Contexts;
using ModelPolicies.Analyzers.ModelUses;
using ModelPolicies.Analyzers.Rules;
using ModelPolicies.CodeFixes.Fixing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ModelPolicies.CodeFixes.Replacements;

/// <summary>The forms of a model use that "use a compliant model" can rewrite.</summary>
internal enum ModelSiteKind
{
    /// <summary>A statically known id reaching a model-id sink.</summary>
    ModelId,

    /// <summary>A typed client named in an expression: construction, <c>typeof</c>, a type argument, DI resolution, a static member.</summary>
    TypedClient,

    /// <summary>A typed client injected through a constructor parameter.</summary>
    InjectedClient,
}

/// <summary>
/// A diagnosed model use, found again from the diagnostic: what kind of use it is, the model it uses, the context
/// it sits in (recomputed, as the analyzer computes it) and the nodes a fix edits.
/// </summary>
internal sealed class ModelSite
{
    private ModelSite(
        ModelSiteKind kind, Document document, SemanticModel model, SyntaxNode node, string usedName, CatalogEntry? entry, PolicyContext context, Location? origin = null, IParameterSymbol? parameter = null, ModelTask task = ModelTask.None)
    {
        Task = task;
        Origin = origin;
        Parameter = parameter;
        Kind = kind;
        Document = document;
        SemanticModel = model;
        Node = node;
        UsedName = usedName;
        Entry = entry;
        Context = context;
    }

    public ModelSiteKind Kind { get; }

    public Document Document { get; }

    public SemanticModel SemanticModel { get; }

    /// <summary>The use as reported: the id expression at the sink, the client expression, or the injected parameter.</summary>
    public SyntaxNode Node { get; }

    /// <summary>The model as written.</summary>
    public string UsedName { get; }

    /// <summary>The model's catalog entry; null for a model the catalog does not know (MP0006).</summary>
    public CatalogEntry? Entry { get; }

    public PolicyContext Context { get; }

    /// <summary>
    /// For <see cref="ModelSiteKind.ModelId"/>: where the constant id was written, when not at the use (a local's
    /// initializer, a field's), or — a location in an external file — the value in a settings file the id was read from.
    /// </summary>
    public Location? Origin { get; }

    /// <summary>For MP0013: the task the sink asks of a model, which the used one does not perform; else none.</summary>
    public ModelTask Task { get; }

    /// <summary>The model a replacement stands in for: the one used, or — at a sink of another task — that model asked for the sink's task.</summary>
    public ModelDescriptor? Replacing => Entry is null ? null : Task == ModelTask.None ? Entry.Model : ModelTaskAnalyzer.StandIn(Entry.Model, Task);

    /// <summary>For <see cref="ModelSiteKind.InjectedClient"/>: the parameter.</summary>
    public IParameterSymbol? Parameter { get; }

    public static async Task<ModelSite?> FindAsync(Document document, Diagnostic diagnostic, PolicyFacts facts, CancellationToken cancellationToken)
    {
        if (!diagnostic.Properties.TryGetValue(DiagnosticProperties.UsedName, out var usedName) || usedName is null
            || !diagnostic.Location.IsInSource
            || await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is not { } root
            || await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false) is not { } model
            || diagnostic.Location.SourceTree != root.SyntaxTree)
        {
            return null;
        }

        var entry = diagnostic.Properties.TryGetValue(DiagnosticProperties.ModelId, out var id) ? facts.Find(id) : null;
        var span = diagnostic.Location.SourceSpan;
        var node = root.FindNode(span, getInnermostNodeForTie: true);

        if (node is ParameterSyntax parameterSyntax)
        {
            if (model.GetDeclaredSymbol(parameterSyntax, cancellationToken) is not { ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.Constructor } constructor } parameter
                || !IsSameModel(facts.Policy.Detector.ClientModel(parameter.Type), usedName, entry, facts))
            {
                return null;
            }

            var context = facts.Policy.Contexts.ForSymbol(constructor);
            return context.IsEmpty ? null : new ModelSite(ModelSiteKind.InjectedClient, document, model, parameterSyntax, usedName, entry, context, parameter: parameter);
        }

        // A value from a settings file: the diagnostic says which file, and the use found again must read that value.
        var settingsValue = diagnostic.AdditionalLocations.Count > 0 && diagnostic.AdditionalLocations[0] is { Kind: LocationKind.ExternalFile } external ? external : null;
        if (FindUse(model, node, span, usedName, settingsValue, facts, cancellationToken) is not { } use)
        {
            return null;
        }

        var kind = use.Kind switch
        {
            ModelUseKind.ModelIdAtSink when !use.IsLocalPath => ModelSiteKind.ModelId, // a model file is not swapped for an id
            ModelUseKind.TypedClient => ModelSiteKind.TypedClient,
            _ => (ModelSiteKind?)null, // a [UsesModel] member: the model is the callee's to change
        };
        // A model at a sink of a task it does not perform (MP0013) is wrong in any context, or none.
        var task = diagnostic.Properties.TryGetValue(DiagnosticProperties.Task, out var taskName) && System.Enum.TryParse<ModelTask>(taskName, out var parsed) ? parsed : ModelTask.None;
        var siteContext = facts.ContextAt(model, node, cancellationToken);
        if (kind is null || (siteContext.IsEmpty && task == ModelTask.None) || (task != ModelTask.None && kind != ModelSiteKind.ModelId))
        {
            return null;
        }

        // The analyzer's additional location, else the same origin found again.
        var origin = settingsValue ?? (diagnostic.AdditionalLocations.Count > 0 && diagnostic.AdditionalLocations[0].IsInSource ? diagnostic.AdditionalLocations[0] : use.Origin);
        return new ModelSite(kind.Value, document, model, node, usedName, entry, siteContext, origin, task: task);
    }

    public static bool IsSameModel(string? clientModel, string usedName, CatalogEntry? entry, PolicyFacts facts) =>
        clientModel is not null
        && (string.Equals(clientModel, usedName, StringComparison.OrdinalIgnoreCase)
            || (entry is not null && ReferenceEquals(facts.Find(clientModel), entry)));

    // True when the location is that value of a settings file: the same file and span.
    private static bool IsSettingsValue(Location? location, Location settingsValue) =>
        location is { Kind: LocationKind.ExternalFile }
        && location.SourceSpan == settingsValue.SourceSpan
        && string.Equals(location.GetLineSpan().Path, settingsValue.GetLineSpan().Path, StringComparison.Ordinal);

    // The use the analyzer reported here: the detector run again on the operations around the node. For a value from a
    // settings file, the use of that value: the files may give the same id more than once.
    private static ModelUse? FindUse(
        SemanticModel model, SyntaxNode node, Microsoft.CodeAnalysis.Text.TextSpan span, string usedName, Location? settingsValue, PolicyFacts facts, CancellationToken cancellationToken)
    {
        // A use is reported with the '!' and parentheses written around it, which have no operation of their own.
        while (node switch
        {
            PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression } suppressed => suppressed.Operand,
            ParenthesizedExpressionSyntax parenthesized => parenthesized.Expression,
            _ => null,
        } is { } inner)
        {
            node = inner;
        }

        var uses = new List<ModelUse>();
        var depth = 0;
        for (var operation = model.GetOperation(node, cancellationToken); operation is not null && depth < 6; operation = operation.Parent, depth++)
        {
            uses.Clear();
            facts.Policy.Detector.Detect(operation, uses, cancellationToken);
            foreach (var use in uses)
            {
                if (use.Location.SourceSpan == span && string.Equals(use.Model, usedName, StringComparison.Ordinal)
                    && (settingsValue is null || IsSettingsValue(use.Origin, settingsValue)))
                {
                    return use;
                }
            }
        }

        return null;
    }
}
