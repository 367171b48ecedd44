using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Reflection;
using System.Threading;

namespace ModelPolicies;

/// <summary>
/// A context at run time: the requirements and exemptions of its attributes (from the assembly, through containing
/// types, to the type itself, as the analyzer accumulates them) and the settings models are judged under. Each model
/// policy client enforces one; verdicts are computed once per model name and task.
/// </summary>
public sealed class ModelPolicy
{
    // Model names come from configuration and from responses: a bounded set in practice, but never trusted to be.
    private const int MaxCachedVerdicts = 256;

    private readonly ConcurrentDictionary<(string Model, ModelTask Task), Verdict> _verdicts = new();
    private readonly string[] _allowed;
    private int _cachedVerdicts;
    private Verdict? _unnamed;

    private ModelPolicy(ModelPolicySettings settings, ModelRequirements requirements, string[] allowed, string contextName, Type? context)
    {
        Settings = settings;
        Requirements = requirements;
        _allowed = allowed;
        ContextName = contextName;
        Context = context;
    }

    /// <summary>The catalog and options models are judged by.</summary>
    public ModelPolicySettings Settings { get; }

    /// <summary>What every model must meet.</summary>
    public ModelRequirements Requirements { get; }

    /// <summary>The models <c>[AllowModel]</c> exempts, as written.</summary>
    public IReadOnlyList<string> AllowedModels => _allowed;

    /// <summary>The context type, or null for requirements given directly.</summary>
    public Type? Context { get; }

    /// <summary>How messages name the context: the type's name, or <c>code</c> for requirements given directly.</summary>
    public string ContextName { get; }

    /// <summary>The policy of <typeparamref name="TContext"/>'s context.</summary>
    /// <param name="settings">The catalog and options to judge by; null: those emitted into the context's assembly.</param>
    /// <exception cref="InvalidOperationException">No settings were given and the assembly has none.</exception>
    public static ModelPolicy For<TContext>(ModelPolicySettings? settings = null) => Resolve(typeof(TContext), settings, null);

    /// <summary>The policy of <paramref name="context"/>'s context: its attributes, its containing types' and its assembly's.</summary>
    /// <param name="context">The type whose context applies.</param>
    /// <param name="settings">The catalog and options to judge by; null: those emitted into the context's assembly.</param>
    /// <exception cref="InvalidOperationException">No settings were given and the assembly has none.</exception>
    public static ModelPolicy For(Type context, ModelPolicySettings? settings = null) => Resolve(context, settings, null);

    /// <summary>A policy of requirements given directly: no attributes, so no exemptions; messages name the context <c>code</c>.</summary>
    /// <param name="requirements">What every model must meet.</param>
    /// <param name="settings">The catalog and options to judge by; null: those emitted into the entry assembly.</param>
    /// <exception cref="InvalidOperationException">No settings were given and the entry assembly has none.</exception>
    public static ModelPolicy For(ModelRequirements requirements, ModelPolicySettings? settings = null) => Resolve(requirements, settings, null);

    /// <summary>The policy of <paramref name="context"/> under the settings <see cref="ModelPolicySettings.Resolve"/> finds.</summary>
    internal static ModelPolicy Resolve(Type context, ModelPolicySettings? settings, IServiceProvider? services) =>
        ModelPolicySettings.Resolve(context ?? throw new ArgumentNullException(nameof(context)), settings, services).PolicyFor(context);

    /// <summary>Requirements given directly, under the settings <see cref="ModelPolicySettings.Resolve"/> finds.</summary>
    internal static ModelPolicy Resolve(ModelRequirements requirements, ModelPolicySettings? settings, IServiceProvider? services) =>
        new(ModelPolicySettings.Resolve(null, settings, services), requirements ?? throw new ArgumentNullException(nameof(requirements)), Array.Empty<string>(), PolicyMessages.UnnamedSite, null);

    /// <summary>The policy of a context type, read from its attributes and those around it.</summary>
    internal static ModelPolicy ForContext(Type context, ModelPolicySettings settings)
    {
        var allowed = new List<string>();
        var requirements = Own(context.Assembly.GetCustomAttributes(), settings.Defaults, allowed);

        var nesting = new Stack<Type>();
        for (var type = context; type is not null; type = type.DeclaringType)
        {
            nesting.Push(type);
        }

        foreach (var type in nesting)
        {
            requirements = requirements.And(Own(type.GetCustomAttributes(inherit: false), settings.Defaults, allowed));
        }

        return new ModelPolicy(settings, requirements, allowed.ToArray(), SiteName(context), context);
    }

    /// <summary>The verdict on <paramref name="modelId"/> (null: no model named) for a client of <paramref name="task"/>.</summary>
    internal Verdict Judge(string? modelId, ModelTask task)
    {
        if (modelId is null)
        {
            return _unnamed ??= Verdict.Unnamed(this);
        }

        if (_verdicts.TryGetValue((modelId, task), out var verdict))
        {
            return verdict;
        }

        verdict = Verdict.Of(this, modelId, task);
        if (Volatile.Read(ref _cachedVerdicts) < MaxCachedVerdicts && _verdicts.TryAdd((modelId, task), verdict))
        {
            Interlocked.Increment(ref _cachedVerdicts);
        }

        return verdict;
    }

    internal bool Allows(string modelId, CatalogEntry? entry) => ModelExemptions.Allows(_allowed, modelId, entry, Settings.Catalog);

    // One level's own attributes, through the rule the analyzer applies to attribute data.
    private static ModelRequirements Own(IEnumerable<object> attributes, ContextDefaults defaults, List<string> allowed)
    {
        var own = new ContextRequirementsBuilder(defaults);
        foreach (var attribute in attributes)
        {
            switch (attribute)
            {
                case EdgeAttribute edge:
                    own.AddEdge(edge.MaxParameters);
                    break;
                case LowLatencyAttribute lowLatency:
                    own.AddLowLatency(lowLatency.MaxMilliseconds);
                    break;
                case MultimodalAttribute multimodal:
                    own.AddMultimodal(multimodal.Modalities);
                    break;
                case AllowModelAttribute allow when allow.ModelId is not null:
                    allowed.Add(allow.ModelId);
                    break;
            }
        }

        return own.ToRequirements();
    }

    // As the analyzer names a type: its simple name, without a generic arity.
    private static string SiteName(Type type)
    {
        var tick = type.Name.IndexOf('`');
        return tick < 0 ? type.Name : type.Name.Substring(0, tick);
    }
}
