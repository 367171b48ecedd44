using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Reflection;
using System.Threading;

namespace ModelPolicies;

/// <summary>
/// A context at run time: the requirements and exemptions of its attributes (from the assembly, through containing
/// types, to the type itself, as the analyzer accumulates them), the settings it is judged under, and a verdict per
/// model name and task, computed once.
/// </summary>
internal sealed class ModelPolicy
{
    // Model names come from configuration and from responses: a bounded set in practice, but never trusted to be.
    private const int MaxCachedVerdicts = 256;

    private readonly ConcurrentDictionary<(string Model, ModelTask Task), Verdict> _verdicts = new();
    private readonly string[] _allowed;
    private int _cachedVerdicts;
    private Verdict? _unnamed;

    public ModelPolicy(ModelPolicySettings settings, ModelRequirements requirements, string[] allowed, string site, Type? context)
    {
        Settings = settings;
        Requirements = requirements;
        _allowed = allowed;
        Site = site;
        Context = context;
    }

    public ModelPolicySettings Settings { get; }

    public ModelRequirements Requirements { get; }

    /// <summary>How messages name the place: the context type, or <see cref="PolicyMessages.UnnamedSite"/>.</summary>
    public string Site { get; }

    public Type? Context { get; }

    public IReadOnlyList<string> AllowedModels => _allowed;

    /// <summary>The policy of <paramref name="context"/> under the settings <see cref="ModelPolicySettings.Resolve"/> finds.</summary>
    public static ModelPolicy Resolve(Type context, ModelPolicySettings? settings, IServiceProvider? services) =>
        ModelPolicySettings.Resolve(context ?? throw new ArgumentNullException(nameof(context)), settings, services).PolicyFor(context);

    /// <summary>A policy of requirements given directly: no attributes, so no exemptions, and messages name the site <c>code</c>.</summary>
    public static ModelPolicy Resolve(ModelRequirements requirements, ModelPolicySettings? settings, IServiceProvider? services) =>
        new(ModelPolicySettings.Resolve(null, settings, services), requirements ?? throw new ArgumentNullException(nameof(requirements)), Array.Empty<string>(), PolicyMessages.UnnamedSite, null);

    /// <summary>The policy of a context type, read from its attributes and those around it.</summary>
    public static ModelPolicy ForContext(Type context, ModelPolicySettings settings)
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
    public Verdict Judge(string? modelId, ModelTask task)
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

    public bool Allows(string modelId, CatalogEntry? entry) => ModelExemptions.Allows(_allowed, modelId, entry, Settings.Catalog);

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
