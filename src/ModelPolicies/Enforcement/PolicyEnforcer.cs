using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace ModelPolicies;

/// <summary>
/// The checks of one model policy client, whatever its task (docs/runtime.md, "What is checked when"): the request's
/// model before sending, the response's after, and what a violation does in each mode.
/// </summary>
internal sealed class PolicyEnforcer
{
    private static readonly Action<ILogger, string, string?, string, string, Exception?> LogViolation =
        LoggerMessage.Define<string, string?, string, string>(
            LogLevel.Warning,
            new EventId(ModelPolicyTelemetry.ViolationEventId, ModelPolicyTelemetry.ViolationEventName),
            "Model policy violation in {ModelPolicyContext} by {ModelId} at {ModelPolicyPhase}: {ModelPolicyMessage}");

    private readonly ModelTask _task;
    private readonly string? _pinnedModelId;
    private readonly string? _defaultModelId;
    private readonly bool _failsClosed;
    private CachedLogger? _logger;

    /// <param name="policy">The context's policy.</param>
    /// <param name="task">What the client does.</param>
    /// <param name="inner">The inner client, asked for the <see cref="ModelDescriptor"/> of a typed client that pins its model.</param>
    /// <param name="defaultModelId">The inner client's metadata: the model of a request whose options name none.</param>
    /// <param name="providerUri">The inner client's metadata: where requests go.</param>
    /// <param name="loggerFactory">Where report mode logs.</param>
    public PolicyEnforcer(ModelPolicy policy, ModelTask task, Func<Type, object?, object?> inner, string? defaultModelId, Uri? providerUri, ILoggerFactory? loggerFactory)
    {
        Policy = policy ?? throw new ArgumentNullException(nameof(policy));
        _task = task;
        _pinnedModelId = (inner(typeof(ModelDescriptor), null) as ModelDescriptor)?.Id;
        _defaultModelId = defaultModelId;
        LoggerFactory = loggerFactory;

        // [Edge] asks that nothing leave the device. A model the catalog does not know is refused before sending unless
        // the client talks to this machine, and even then when the budget is below the SLM boundary (its size is unknown).
        _failsClosed = policy.Requirements.EdgeMaxParameters is { } budget
            && (!IsOnDevice(providerUri) || budget < policy.Settings.Catalog.SlmMaxParameters);
    }

    public ModelPolicy Policy { get; }

    public ModelPolicyMode Mode { get; set; }

    public ILoggerFactory? LoggerFactory { get; set; }

    /// <summary>
    /// Judges the model a request goes to: an inner typed client's pinned model, else the options', else the client's
    /// default. <paramref name="refusal"/> is set when the request must not be sent.
    /// </summary>
    public Verdict CheckRequest(string? optionsModelId, out Exception? refusal)
    {
        var verdict = Policy.Judge(_pinnedModelId ?? optionsModelId ?? _defaultModelId, _task);
        refusal = verdict.Violation is null || IsDeferred(verdict) ? null : Violate(verdict, ModelPolicyPhase.Request);
        return verdict;
    }

    /// <summary>
    /// Judges the model a response says answered (null: it says none). A response settles a request the catalog could
    /// not judge; otherwise only a known model that fails the policy is a new violation.
    /// </summary>
    public Exception? CheckResponse(Verdict request, string? responseModelId)
    {
        var deferred = IsDeferred(request);
        if (responseModelId is null)
        {
            return deferred ? Violate(request, ModelPolicyPhase.Response) : null;
        }

        var answered = Policy.Judge(responseModelId, _task);
        if (ReferenceEquals(answered, request) || (answered.Entry is not null && ReferenceEquals(answered.Entry, request.Entry)))
        {
            // The same model: judged already, unless it was left for the response to settle.
            return deferred ? Violate(request, ModelPolicyPhase.Response) : null;
        }

        if (answered.Violation is null)
        {
            return null;
        }

        // An unknown name in the response does not overturn a request the catalog judged compliant.
        return answered.IsUnverified && !deferred ? null : Violate(answered, ModelPolicyPhase.Response);
    }

    /// <summary>
    /// A non-streaming call: the request checked before <paramref name="send"/> sends it, the response after, without
    /// a continuation when the inner call completed synchronously. The call's arguments travel as <paramref name="state"/>
    /// to a static <paramref name="send"/>: nothing is allocated on a compliant request.
    /// </summary>
    public Task<T> Send<T, TState>(
        string? optionsModelId, TState state, Func<TState, CancellationToken, Task<T>> send, Func<T, string?> modelOf, CancellationToken cancellationToken)
    {
        var request = CheckRequest(optionsModelId, out var refusal);
        if (refusal is not null)
        {
            return Task.FromException<T>(refusal);
        }

        var response = send(state, cancellationToken);
        if (response.Status == TaskStatus.RanToCompletion)
        {
            return CheckResponse(request, modelOf(response.Result)) is { } refused ? Task.FromException<T>(refused) : response;
        }

        return Awaited(this, request, response, modelOf);

        static async Task<T> Awaited(PolicyEnforcer enforcer, Verdict request, Task<T> response, Func<T, string?> modelOf)
        {
            var result = await response.ConfigureAwait(false);
            if (enforcer.CheckResponse(request, modelOf(result)) is { } refused)
            {
                throw refused;
            }

            return result;
        }
    }

    /// <summary>
    /// A streaming call: the request checked before <paramref name="start"/> sends it, the first update that names a
    /// model checked before it is yielded, and a request the catalog could not judge settled at the end if none did.
    /// </summary>
    /// <remarks>The call's arguments travel as <paramref name="state"/> to a static <paramref name="start"/>: no closure per call.</remarks>
    public async IAsyncEnumerable<T> Stream<T, TState>(
        string? optionsModelId,
        TState state,
        Func<TState, CancellationToken, IAsyncEnumerable<T>> start,
        Func<T, string?> modelOf,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var request = CheckRequest(optionsModelId, out var refusal);
        if (refusal is not null)
        {
            throw refusal;
        }

        var judged = false;
        await foreach (var update in start(state, cancellationToken).ConfigureAwait(false))
        {
            if (!judged && modelOf(update) is { } model)
            {
                judged = true;
                if (CheckResponse(request, model) is { } refused)
                {
                    throw refused;
                }
            }

            yield return update;
        }

        if (!judged && CheckResponse(request, null) is { } unanswered)
        {
            throw unanswered;
        }
    }

    // A model the catalog cannot judge goes on to be judged by the response, unless the request itself may break [Edge].
    private bool IsDeferred(Verdict verdict) => verdict.IsUnverified && !_failsClosed;

    private Exception? Violate(Verdict verdict, ModelPolicyPhase phase)
    {
        var refuse = Mode == ModelPolicyMode.Enforce;
        Record(Activity.Current, verdict, phase, refuse);
        var kind = verdict.Violation!.Value;
        if (refuse)
        {
            return new ModelPolicyViolationException(verdict.ModelId, kind, verdict.Failures, Policy.Requirements, verdict.Messages, Policy.ContextName, _task, phase);
        }

        if (Logger() is { } logger && logger.IsEnabled(LogLevel.Warning))
        {
            foreach (var message in verdict.Messages)
            {
                LogViolation(logger, Policy.ContextName, verdict.ModelId, ModelPolicyTelemetry.PhaseName(phase), message, null);
            }
        }

        return null;
    }

    private void Record(Activity? activity, Verdict verdict, ModelPolicyPhase phase, bool refused)
    {
        if (activity is null)
        {
            return;
        }

        var outcome = refused ? ModelPolicyTelemetry.Refused : ModelPolicyTelemetry.Reported;
        activity.SetTag(ModelPolicyTelemetry.ModelTag, verdict.ModelId);
        activity.SetTag(ModelPolicyTelemetry.RequirementTag, verdict.Markers);
        activity.SetTag(ModelPolicyTelemetry.OutcomeTag, outcome);
        foreach (var message in verdict.Messages)
        {
            activity.AddEvent(new ActivityEvent(ModelPolicyTelemetry.ViolationEventName, tags: new ActivityTagsCollection
            {
                { ModelPolicyTelemetry.ModelTag, verdict.ModelId },
                { ModelPolicyTelemetry.RequirementTag, verdict.Markers },
                { ModelPolicyTelemetry.KindTag, ModelPolicyTelemetry.KindName(verdict.Violation!.Value) },
                { ModelPolicyTelemetry.ContextTag, Policy.ContextName },
                { ModelPolicyTelemetry.TaskTag, ModelVocabulary.Names(_task) },
                { ModelPolicyTelemetry.PhaseTag, ModelPolicyTelemetry.PhaseName(phase) },
                { ModelPolicyTelemetry.OutcomeTag, outcome },
                { ModelPolicyTelemetry.MessageTag, message },
            }));
        }
    }

    // The factory may be set in configure after construction: the logger follows it, created once per factory.
    private ILogger? Logger()
    {
        var factory = LoggerFactory;
        if (factory is null)
        {
            return null;
        }

        var cached = _logger;
        if (cached is null || !ReferenceEquals(cached.Factory, factory))
        {
            _logger = cached = new CachedLogger(factory, factory.CreateLogger(ModelPolicyTelemetry.LoggerCategory));
        }

        return cached.Logger;
    }

    // This machine: a loopback or file address. No address at all says nothing, and so is not this machine.
    private static bool IsOnDevice(Uri? providerUri) =>
        providerUri is { IsAbsoluteUri: true } uri && (uri.IsLoopback || uri.IsFile);

    private sealed class CachedLogger
    {
        public CachedLogger(ILoggerFactory factory, ILogger logger)
        {
            Factory = factory;
            Logger = logger;
        }

        public ILoggerFactory Factory { get; }

        public ILogger Logger { get; }
    }
}
