using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ModelPolicies.Analyzers.Contexts;
using ModelPolicies.Analyzers.ModelUses;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ModelPolicies.Analyzers.Rules;

/// <summary>
/// Checks every use of a model inside an <c>[Edge]</c>, <c>[LowLatency]</c> or <c>[Multimodal]</c> context:
/// MP0001–MP0003 for a model that fails a requirement, MP0006 for an unknown id, MP0007 for an id that is not
/// statically known, and MP0010 for a call into same-compilation code that uses a failing model.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ModelUseAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.EdgeModel,
        Descriptors.LowLatencyModel,
        Descriptors.MultimodalModel,
        Descriptors.UnknownModel,
        Descriptors.UnverifiableModelId,
        Descriptors.TransitiveModelUse);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        // Generated code is not analyzed (no Analyze flag), and what is reported always lies in the code analyzed, so
        // the driver need not check each diagnostic's location for generated code: that check scans every declaration
        // of a tree for [GeneratedCode] the first time a diagnostic is reported in it, a quarter of this analyzer's time.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            if (PolicyCompilation.Create(start) is not { } policy)
            {
                return;
            }

            // Nothing outside a context is checked, and most code is in none: the per-operation work is registered only
            // for code blocks that can be in a context (one check per block instead of a callback per operation).
            start.RegisterOperationBlockStartAction(block =>
            {
                if (!policy.Contexts.ForSymbol(block.OwningSymbol).IsEmpty
                    || policy.ContainsAttributedFunction(block.OperationBlocks, block.CancellationToken))
                {
                    block.RegisterOperationAction(c => AnalyzeOperation(c, policy), ModelUseDetector.Kinds);
                }
            });
            start.RegisterSymbolAction(c => AnalyzeInjection(c, policy), SymbolKind.Method);
        });
    }

    private static void AnalyzeOperation(OperationAnalysisContext context, PolicyCompilation policy)
    {
        var site = ContextResolver.EnclosingFunction(context.Operation) ?? context.ContainingSymbol;
        var policyContext = policy.Contexts.ForSymbol(site);
        if (policyContext.IsEmpty)
        {
            return;
        }

        var uses = new List<ModelUse>();
        policy.Detector.Detect(context.Operation, uses, context.CancellationToken);
        var siteName = PolicyCompilation.SiteName(site);
        foreach (var use in uses)
        {
            // An id only the deployment knows, sent through a client that enforces a policy covering this site's at run
            // time, is checked there (docs/runtime.md).
            if (use.Kind == ModelUseKind.UnverifiableId
                && policy.EnforcedAtRunTime(use, context.Operation) is { } enforced
                && enforced.Covers(policyContext.Requirements))
            {
                continue;
            }

            Check(use, policyContext, siteName, policy, context.ReportDiagnostic);
        }

        var target = context.Operation switch
        {
            IInvocationOperation invocation => invocation.TargetMethod,
            IObjectCreationOperation creation => creation.Constructor,
            IMethodReferenceOperation reference => reference.Method,
            _ => null,
        };
        if (target?.OriginalDefinition is { } callee && policy.Calls.Follows(callee))
        {
            CheckCallee(context, callee, uses, policyContext, siteName, policy);
        }
    }

    // A typed client injected through a constructor of a type in a context (primary constructors included).
    private static void AnalyzeInjection(SymbolAnalysisContext context, PolicyCompilation policy)
    {
        if (context.Symbol is not IMethodSymbol { MethodKind: MethodKind.Constructor } constructor)
        {
            return;
        }

        var policyContext = policy.Contexts.ForSymbol(constructor);
        if (policyContext.IsEmpty)
        {
            return;
        }

        foreach (var parameter in constructor.Parameters)
        {
            if (policy.Detector.ClientModel(parameter.Type) is { } model && !parameter.Locations.IsEmpty)
            {
                var use = new ModelUse(ModelUseKind.TypedClient, model, parameter.Locations[0], null, $"{parameter.Type.Name} (injected)");
                Check(use, policyContext, PolicyCompilation.SiteName(constructor), policy, context.ReportDiagnostic);
            }
        }
    }

    private static void Check(ModelUse use, PolicyContext context, string siteName, PolicyCompilation policy, Action<Diagnostic> report)
    {
        var requirements = context.Requirements;
        if (use.Model is not { } model)
        {
            report(Diagnostic.Create(
                Descriptors.UnverifiableModelId, use.Location, siteName, use.Sink, PolicyContext.Describe(requirements), use.Source ?? "a value computed at run time"));
            return;
        }

        var entry = policy.Find(use);
        if (context.Allows(model, entry, policy.Catalog))
        {
            return;
        }

        // Where the constant id was written, when that is not the use itself: the place a code fix edits.
        var additional = use.Origin is { } origin ? new[] { origin } : null;
        var via = use.Via;
        if (entry is null)
        {
            // A local model the catalog cannot name runs on the device; its size is unknown, which fails only a budget
            // narrower than the SLM boundary.
            if (use.IsLocalPath && requirements.EdgeMaxParameters is { } budget && budget < policy.Catalog.SlmMaxParameters)
            {
                report(Diagnostic.Create(
                    Descriptors.EdgeModel, use.Location, additional, DiagnosticProperties.Of(model), siteName, model, "local model",
                    $"not in the catalog, so not known to fit the {ModelSize.FormatParameters(budget)} edge budget", policy.Suggestion(requirements, UnidentifiedLocal(model, use.Target)), via));
                return;
            }

            report(Diagnostic.Create(Descriptors.UnknownModel, use.Location, additional, DiagnosticProperties.Of(model), siteName, model, PolicyContext.Describe(requirements), via));
            return;
        }

        var descriptor = PolicyCompilation.Judged(use, entry);
        foreach (var failure in ModelTaxonomy.Check(descriptor, requirements, policy.Catalog.SlmMaxParameters))
        {
            var suggestion = policy.Suggestion(requirements, descriptor);
            var className = ModelTaxonomy.ClassName(descriptor.Class);
            var properties = DiagnosticProperties.Of(entry, model);
            report(failure.Requirement switch
            {
                Requirement.Edge => Diagnostic.Create(Descriptors.EdgeModel, use.Location, additional, properties, siteName, model, className, failure.Reason, suggestion, via),
                Requirement.LowLatency => Diagnostic.Create(Descriptors.LowLatencyModel, use.Location, additional, properties, siteName, model, className, failure.Reason, suggestion, via),
                _ => Diagnostic.Create(Descriptors.MultimodalModel, use.Location, additional, properties, siteName, model, className, failure.Reason, suggestion, ModelTaxonomy.Names(requirements.Inputs), via),
            });
        }
    }

    // What an unidentified local model stands for in a suggestion: a model of the sink's task (chat at a task-neutral
    // sink such as a GGUF file's), so the stand-in offered does the same job.
    private static ModelDescriptor UnidentifiedLocal(string path, Sink? sink) =>
        new(path, ModelClass.Slm, default, Modality.None, ModelDeployment.Local,
            tasks: sink is { Tasks: not ModelTask.None } ? ModelTaskAnalyzer.LowestTask(sink.Tasks) : ModelTask.Chat);

    private static void CheckCallee(
        OperationAnalysisContext context, IMethodSymbol callee, List<ModelUse> direct, PolicyContext policyContext, string siteName, PolicyCompilation policy)
    {
        HashSet<string>? reported = null;
        foreach (var reached in policy.Calls.UsesReachedFrom(callee, context.CancellationToken))
        {
            if (reached.Use.Model is not { } model
                || policy.Find(reached.Use) is not { } entry
                || direct.Any(d => d.Model == model)
                || policyContext.Allows(model, entry, policy.Catalog))
            {
                continue;
            }

            var judged = PolicyCompilation.Judged(reached.Use, entry);
            var failures = ModelTaxonomy.Check(judged, policyContext.Requirements, policy.Catalog.SlmMaxParameters);
            if (failures.Count == 0
                || IsReportedWhereUsed(reached, model, entry, judged, policy)
                || IsExemptWhereUsed(reached, model, entry, policyContext.Requirements, policy)
                || !(reported ??= new()).Add(entry.Id))
            {
                continue;
            }

            var markers = string.Join(" and ", failures.Select(f => ModelVocabulary.Marker(f.Requirement)));
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.TransitiveModelUse,
                context.Operation.Syntax.GetLocation(),
                DiagnosticProperties.Of(entry, model),
                siteName,
                markers,
                string.Join(" → ", reached.Path),
                model,
                ModelTaxonomy.ClassName(judged.Class),
                string.Join("; ", failures.Select(f => f.Reason))));
        }
    }

    // An [AllowModel] where the model is used covers every caller whose requirements that place already carries: the
    // exemption was granted under requirements at least as strict as the caller's. A caller with requirements the
    // exempting place does not carry is still checked.
    private static bool IsExemptWhereUsed(ReachedUse reached, string model, CatalogEntry entry, ModelRequirements caller, PolicyCompilation policy)
    {
        var owner = policy.Contexts.ForSymbol(reached.Owner);
        return owner.Allows(model, entry, policy.Catalog) && owner.Requirements.Covers(caller);
    }

    // The method that uses the model has a context of its own that already flags the use: reported there.
    private static bool IsReportedWhereUsed(ReachedUse reached, string model, CatalogEntry entry, ModelDescriptor judged, PolicyCompilation policy)
    {
        var owner = policy.Contexts.ForSymbol(reached.Owner);
        return !owner.IsEmpty
            && !owner.Allows(model, entry, policy.Catalog)
            && ModelTaxonomy.Check(judged, owner.Requirements, policy.Catalog.SlmMaxParameters).Count > 0;
    }
}
