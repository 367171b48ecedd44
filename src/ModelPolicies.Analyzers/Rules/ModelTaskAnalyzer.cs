using System.Collections.Generic;
using System.Collections.Immutable;
using ModelPolicies.Analyzers.ModelUses;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ModelPolicies.Analyzers.Rules;

/// <summary>
/// MP0013: a model the catalog knows, at a sink of a task it does not perform — <c>GetChatClient("text-embedding-3-small")</c>,
/// <c>GetEmbeddingClient("gpt-4o")</c>. It is a bug wherever it is, so it is checked everywhere, in a context or not.
/// Task-neutral sinks (<c>new OllamaApiClient(uri, model)</c>, <c>PromptExecutionSettings.ModelId</c>, a <c>[ModelId]</c>
/// without a task) take a model of any task.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ModelTaskAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.TaskMismatch);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            if (PolicyCompilation.Create(start) is not { } policy)
            {
                return;
            }

            start.RegisterOperationAction(c => AnalyzeArgument(c, policy), OperationKind.Argument);
            start.RegisterOperationAction(c => AnalyzeAssignment(c, policy), OperationKind.SimpleAssignment);
        });
    }

    private static void AnalyzeArgument(OperationAnalysisContext context, PolicyCompilation policy)
    {
        var argument = (IArgumentOperation)context.Operation;

        // Only a value the build knows can be of the wrong task; a wrapper of the project's own is summarized only then.
        // The value's type is the parameter's (the conversion to it is part of the value) and is kept by the operation;
        // a parameter's type is a new public wrapper on every read where nullable annotations are enabled.
        if (argument.Value.Type?.SpecialType != SpecialType.System_String || !MayBeKnown(argument.Value)
            || policy.Detector.SinkOf(argument, context.CancellationToken) is not { Tasks: not ModelTask.None } sink)
        {
            return;
        }

        Check(context, policy, argument.Value, argument, sink);
    }

    private static void AnalyzeAssignment(OperationAnalysisContext context, PolicyCompilation policy)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (assignment.Value.Type?.SpecialType == SpecialType.System_String
            && MayBeKnown(assignment.Value)
            && policy.Detector.SinkOf(assignment) is { Tasks: not ModelTask.None } sink)
        {
            Check(context, policy, assignment.Value, null, sink);
        }
    }

    // The use is reported where an argument is written (or, for an omitted one, the call), or at the value assigned.
    private static void Check(OperationAnalysisContext context, PolicyCompilation policy, IOperation value, IArgumentOperation? argument, Sink sink)
    {
        // Most values are constants of the right task, or of none the catalog knows: decided by one lookup, before the
        // values are resolved with their locations — this runs at every string argument a sink takes, everywhere.
        if (value.ConstantValue is { HasValue: true } constant && !IsOtherTask(constant.Value as string, sink, policy))
        {
            return;
        }

        // The values are judged by id first; only a mismatch is worth the uses' descriptions and locations.
        var values = policy.Detector.SinkValues(value, sink, context.CancellationToken);
        if (!AnyOtherTask(values, sink, policy))
        {
            return;
        }

        var uses = new List<ModelUse>();
        var location = argument is null ? value.Syntax.GetLocation() : ModelUseDetector.SinkLocation(argument);
        ModelUseDetector.AddSinkValues(values, value, location, sink, uses);
        foreach (var use in uses)
        {
            if (use.Model is not { } model
                || policy.Find(use) is not { } entry
                || (entry.Model.Tasks & sink.Tasks) != ModelTask.None)
            {
                continue;
            }

            var site = ContextResolverSite(context);
            var requirements = policy.Contexts.ForSymbol(site).Requirements;
            var wanted = LowestTask(sink.Tasks);
            var suggestion = PolicyMessages.Suggestion(policy.Suggestions.Best(requirements, StandIn(entry.Model, wanted), providerFirst: true));
            var properties = DiagnosticProperties.Of(entry, model).Add(DiagnosticProperties.Task, wanted.ToString());
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.TaskMismatch,
                use.Location,
                use.Origin is { } origin ? new[] { origin } : null,
                properties,
                PolicyCompilation.SiteName(site),
                model,
                ModelTaxonomy.ClassName(entry.Model.Class),
                ModelVocabulary.Names(entry.Model.Tasks),
                ModelVocabulary.Names(sink.Tasks).Replace(", ", " or "),
                suggestion));
        }
    }

    private static bool AnyOtherTask(List<ModelIdValue> values, Sink sink, PolicyCompilation policy)
    {
        foreach (var value in values)
        {
            if (IsOtherTask(value.Id, sink, policy))
            {
                return true;
            }
        }

        return false;
    }

    // A model the catalog knows that performs none of the sink's tasks.
    private static bool IsOtherTask(string? id, Sink sink, PolicyCompilation policy) =>
        !string.IsNullOrWhiteSpace(id)
        && policy.Find(id!, sink) is { } known
        && (known.Model.Tasks & sink.Tasks) == ModelTask.None;

    /// <summary>
    /// The model a suggestion stands in for: the one used, asked to perform <paramref name="task"/> instead — so the
    /// ranking of stand-ins (the same provider first, the user's catalog, the smallest) picks one of that task. It asks
    /// for no input of its own: a speech model takes audio, not text.
    /// </summary>
    internal static ModelDescriptor StandIn(ModelDescriptor used, ModelTask task) =>
        new(used.Id, used.Class, used.Size, Modality.None, used.Deployment, used.LatencyMs, used.Provider, task);

    // A sink that takes either of two tasks (OpenAI's AudioClient: speech to text or text to speech) is fixed with the first.
    internal static ModelTask LowestTask(ModelTask tasks) => tasks & (ModelTask)(-(int)tasks);

    // Constants and what the build can follow to one (a local, a readonly field, a conditional, a fallback, a path). The
    // kinds are tested before ConstantValue: reading a string constant's value goes through a weak reference to the
    // string (Roslyn keeps string constants as ropes), a call into the runtime that was 40% of this analyzer's time
    // when it was asked of every string argument first.
    private static bool MayBeKnown(IOperation value) => value switch
    {
        ILiteralOperation or ILocalReferenceOperation or IFieldReferenceOperation or IConditionalOperation or ICoalesceOperation
            or IInvocationOperation or IInterpolatedStringOperation => true,
        IConversionOperation { Operand: var operand } => MayBeKnown(operand),
        _ => value.ConstantValue.HasValue,
    };

    private static ISymbol ContextResolverSite(OperationAnalysisContext context) =>
        Contexts.ContextResolver.EnclosingFunction(context.Operation) ?? context.ContainingSymbol;
}
