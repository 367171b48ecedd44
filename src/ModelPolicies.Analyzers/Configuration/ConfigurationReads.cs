using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ModelPolicies.Analyzers.Configuration;

/// <summary>What an expression is, to configuration: a section, a value, a connection string, or a bound object.</summary>
internal enum ConfigurationNodeKind : byte
{
    Section,
    Value,
    ConnectionString,
    Bound,
}

/// <summary>
/// An expression seen as configuration: its kind, the key paths it stands for (the root is ""), and for
/// <c>GetValue(key, defaultValue)</c> the default.
/// </summary>
internal readonly record struct ConfigurationNode(ConfigurationNodeKind Kind, ImmutableArray<string> Paths, IOperation? Fallback = null)
{
    public static ConfigurationNode Root { get; } = new(ConfigurationNodeKind.Section, ImmutableArray.Create(string.Empty));
}

/// <summary>
/// Resolves model ids read from configuration with constant keys (docs/configuration.md, "Configuration-sourced ids") against the project's settings files:
/// <c>IConfiguration</c> indexers and <c>GetSection</c>/<c>GetRequiredSection</c> chains, a section's <c>Value</c>,
/// <c>GetValue&lt;string&gt;(key[, default])</c>, <c>GetConnectionString(name)</c>, and string properties of options
/// bound from a section (<c>Configure&lt;T&gt;</c>, <c>AddOptions&lt;T&gt;().Bind</c>/<c>BindConfiguration</c>, read
/// through <c>IOptions&lt;T&gt;</c>, <c>IOptionsSnapshot&lt;T&gt;</c>, <c>IOptionsMonitor&lt;T&gt;</c>), of
/// <c>section.Get&lt;T&gt;()</c>, and of objects filled by <c>Bind</c>; <c>[ConfigurationKeyName]</c> honoured. Locals
/// and readonly fields (and get-only properties) holding a section or a bound object are followed when every
/// assignment is seen. An <c>IConfiguration</c> (not a section) whose origin is not seen is taken for the root, as
/// injected and as hosts expose it. One instance per compilation; thread-safe.
/// </summary>
internal sealed class ConfigurationReads
{
    // Sections of sections held in locals of locals…: deep enough for real code, bounded for cycles.
    private const int MaxDepth = 12;

    private readonly Compilation _compilation;
    private readonly ConfigurationSymbols _symbols;
    private readonly ProjectSettings _settings;
    private readonly OptionsBindings _bindings;

    // One semantic model per tree whose initializers and constructors are looked into, so a member read at several
    // sinks is bound once (under the analyzer driver, GetSemanticModel is served from its cache anyway).
    private readonly ConcurrentDictionary<SyntaxTree, SemanticModel> _models = new();

    private ConfigurationReads(Compilation compilation, ConfigurationSymbols symbols, ProjectSettings settings)
    {
        _compilation = compilation;
        _symbols = symbols;
        _settings = settings;
        _bindings = new OptionsBindings(compilation, symbols, this);
    }

    public ProjectSettings Settings => _settings;

    /// <summary>The resolver of one compilation; null when it does not reference Microsoft.Extensions.Configuration.</summary>
    public static ConfigurationReads? Create(Compilation compilation, ProjectSettings settings) =>
        ConfigurationSymbols.TryCreate(compilation) is { } symbols ? new ConfigurationReads(compilation, symbols, settings) : null;

    /// <summary>
    /// What <paramref name="value"/> (an expression whose value reaches a sink) reads from configuration; null when
    /// it is no configuration read with constant keys. Conversions and parentheses are looked through; string locals,
    /// <c>?:</c> and <c>??</c> are not (the caller resolves each side).
    /// </summary>
    public ConfigurationRead? Resolve(IOperation value, CancellationToken cancellationToken)
    {
        if (!TryNode(value, 0, cancellationToken, out var node)
            || node.Kind is not (ConfigurationNodeKind.Value or ConfigurationNodeKind.ConnectionString))
        {
            return null;
        }

        var keys = node.Paths.Where(p => p.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToImmutableArray();
        return keys.IsEmpty ? null : Lookup(keys, node.Kind == ConfigurationNodeKind.ConnectionString, node.Fallback);
    }

    /// <summary>What the settings files set <paramref name="key"/> to; for a connection string, its model part.</summary>
    public ConfigurationRead Lookup(string key, bool connectionString = false) =>
        Lookup(ImmutableArray.Create(key), connectionString, fallback: null);

    /// <summary>The node <paramref name="operation"/> is, if it is one; <see cref="OptionsBindings"/> resolves sections with it.</summary>
    internal bool TryNode(IOperation? operation, int depth, CancellationToken cancellationToken, out ConfigurationNode node)
    {
        node = default;
        if (operation is null || depth > MaxDepth)
        {
            return false;
        }

        cancellationToken.ThrowIfCancellationRequested();
        switch (operation)
        {
            case IConversionOperation conversion:
                return TryNode(conversion.Operand, depth + 1, cancellationToken, out node);
            case IParenthesizedOperation parenthesized:
                return TryNode(parenthesized.Operand, depth + 1, cancellationToken, out node);
            case IConditionalAccessOperation access:
                return TryNode(access.WhenNotNull, depth + 1, cancellationToken, out node);
            case IConditionalAccessInstanceOperation instance:
                return TryNode(ConditionalReceiver(instance), depth + 1, cancellationToken, out node);
            case IInvocationOperation invocation when TryInvocation(invocation, depth, cancellationToken, out node):
                return true;
            case IPropertyReferenceOperation property:
                if (TryProperty(property, depth, cancellationToken, out node))
                {
                    return true;
                }

                if (IsFollowed(property.Property))
                {
                    return false; // every assignment was seen, and none is configuration
                }

                break;
            case IArrayElementReferenceOperation { Indices.Length: 1 } element
                when ElementKey(element.Indices[0]) is { } index && TryBound(element.ArrayReference, depth, cancellationToken, out var array):
                node = Member(array, index, element.Type);
                return true;
            case ILocalReferenceOperation local when !IsString(local.Type):
                return TryAssignments(local.Local, local, depth, cancellationToken, out node);
            case IFieldReferenceOperation { Field: { IsReadOnly: true, DeclaringSyntaxReferences.IsEmpty: false } field } when !IsString(field.Type):
                return TryAssignments(field, operation, depth, cancellationToken, out node);
        }

        // An IConfiguration whose origin is not seen is taken for the root: what DI injects and hosts expose.
        if (_symbols.IsConfiguration(operation.Type) && !_symbols.IsSection(operation.Type))
        {
            node = ConfigurationNode.Root;
            return true;
        }

        return false;
    }

    private ConfigurationRead Lookup(ImmutableArray<string> keys, bool connectionString, IOperation? fallback)
    {
        var values = ImmutableArray.CreateBuilder<ConfiguredValue>();
        foreach (var key in keys)
        {
            _settings.Collect(key, connectionString, values);
        }

        return new ConfigurationRead(keys, connectionString, values.ToImmutable(), fallback);
    }

    private bool TryInvocation(IInvocationOperation invocation, int depth, CancellationToken cancellationToken, out ConfigurationNode node)
    {
        node = default;
        var method = invocation.TargetMethod;
        var type = (method.ReducedFrom ?? method).ContainingType;
        var receiver = invocation.Receiver();
        if (method.Name == "GetSection" && invocation.Instance is not null && _symbols.IsConfiguration(invocation.Instance.Type))
        {
            return Constant(invocation, "key") is { } key && TryChild(receiver, key, ConfigurationNodeKind.Section, null, depth, cancellationToken, out node);
        }

        if (ConfigurationSymbols.Is(type, _symbols.ConfigurationExtensions))
        {
            return method.Name switch
            {
                "GetRequiredSection" => Constant(invocation, "key") is { } key
                    && TryChild(receiver, key, ConfigurationNodeKind.Section, null, depth, cancellationToken, out node),
                "GetConnectionString" => Constant(invocation, "name") is { } name
                    && TryChild(receiver, "ConnectionStrings:" + name, ConfigurationNodeKind.ConnectionString, null, depth, cancellationToken, out node),
                _ => false,
            };
        }

        if (ConfigurationSymbols.Is(type, _symbols.ConfigurationBinder))
        {
            switch (method.Name)
            {
                case "GetValue" when IsString(method.IsGenericMethod ? method.TypeArguments[0] : TypeOfArgument(invocation, "type")):
                    var fallback = Argument(invocation, "defaultValue") is { ArgumentKind: ArgumentKind.Explicit } given ? given.Value : null;
                    return Constant(invocation, "key") is { } key && TryChild(receiver, key, ConfigurationNodeKind.Value, fallback, depth, cancellationToken, out node);
                case "Get" when method.IsGenericMethod && TrySection(receiver, depth, cancellationToken, out var section):
                    // Get<string>() is the section's own value; Get<T>() binds a T to the section.
                    node = section with { Kind = IsString(method.TypeArguments[0]) ? ConfigurationNodeKind.Value : ConfigurationNodeKind.Bound };
                    return true;
                default:
                    return false;
            }
        }

        if (method.Name == "Get" && type is { TypeArguments.Length: 1 }
            && (ConfigurationSymbols.Is(type, _symbols.IOptionsMonitor) || ConfigurationSymbols.Is(type, _symbols.IOptionsSnapshot)))
        {
            // Named options: Get(name) reads the instance of that name (a name not known reads any).
            var name = Argument(invocation, "name")?.Value is { ConstantValue: { HasValue: true } constant } ? constant.Value as string ?? string.Empty : null;
            return TryOptions(type.TypeArguments[0], name, cancellationToken, out node);
        }

        return false;
    }

    private bool TryProperty(IPropertyReferenceOperation reference, int depth, CancellationToken cancellationToken, out ConfigurationNode node)
    {
        node = default;
        var property = reference.Property;
        if (property.IsIndexer)
        {
            if (reference.Arguments.Length != 1)
            {
                return false;
            }

            var argument = reference.Arguments[0].Value;
            if (_symbols.IsConfiguration(reference.Instance?.Type))
            {
                return argument.ConstantValue is { HasValue: true, Value: string key }
                    && TryChild(reference.Instance, key, ConfigurationNodeKind.Value, null, depth, cancellationToken, out node);
            }

            // An element of a bound list, array or dictionary.
            if (ElementKey(argument) is { } index && TryBound(reference.Instance, depth, cancellationToken, out var collection))
            {
                node = Member(collection, index, property.Type);
                return true;
            }

            return false;
        }

        var container = property.ContainingType;
        switch (property.Name)
        {
            case "Value" when _symbols.IsSection(container):
                if (TrySection(reference.Instance, depth, cancellationToken, out var section))
                {
                    node = section with { Kind = ConfigurationNodeKind.Value };
                    return true;
                }

                return false;
            case "Value" when ConfigurationSymbols.Is(container, _symbols.IOptions):
            case "CurrentValue" when ConfigurationSymbols.Is(container, _symbols.IOptionsMonitor):
                return TryOptions(container.TypeArguments[0], string.Empty, cancellationToken, out node);
        }

        if (TryBound(reference.Instance, depth, cancellationToken, out var bound))
        {
            node = Member(bound, KeyName(property), property.Type);
            return true;
        }

        // A get-only property of this compilation holding a section or a bound object.
        return IsFollowed(property) && TryAssignments(property, reference, depth, cancellationToken, out node);
    }

    // A get-only property declared here, not of type string: what it holds is found from its assignments.
    private static bool IsFollowed(IPropertySymbol property) =>
        property is { SetMethod: null, IsIndexer: false, DeclaringSyntaxReferences.IsEmpty: false } && !IsString(property.Type);

    private bool TryOptions(ITypeSymbol options, string? name, CancellationToken cancellationToken, out ConfigurationNode node)
    {
        node = default;
        if (!_bindings.TryGetSections(options, name, cancellationToken, out var paths))
        {
            return false;
        }

        node = new ConfigurationNode(ConfigurationNodeKind.Bound, paths);
        return true;
    }

    // The section receiver's child at key, as a node of the given kind.
    private bool TryChild(IOperation? receiver, string key, ConfigurationNodeKind kind, IOperation? fallback, int depth, CancellationToken cancellationToken, out ConfigurationNode node)
    {
        node = default;
        if (!TrySection(receiver, depth, cancellationToken, out var parent))
        {
            return false;
        }

        node = new ConfigurationNode(kind, Combine(parent.Paths, key), fallback);
        return true;
    }

    private bool TrySection(IOperation? operation, int depth, CancellationToken cancellationToken, out ConfigurationNode node) =>
        TryNode(operation, depth + 1, cancellationToken, out node) && node.Kind == ConfigurationNodeKind.Section;

    private bool TryBound(IOperation? operation, int depth, CancellationToken cancellationToken, out ConfigurationNode node) =>
        TryNode(operation, depth + 1, cancellationToken, out node) && node.Kind == ConfigurationNodeKind.Bound;

    // A member of a bound object: a string is a value, anything else an object bound in turn.
    private static ConfigurationNode Member(ConfigurationNode parent, string key, ITypeSymbol? type) =>
        new(IsString(type) ? ConfigurationNodeKind.Value : ConfigurationNodeKind.Bound, Combine(parent.Paths, key));

    /// <summary>
    /// What a local, readonly field or get-only property holds, when every assignment to it is seen: a local's in its
    /// code block, a member's in its initializer, its constructors, or its expression body. <c>Bind(s, obj)</c> and
    /// <c>s.Bind(obj)</c> into it make it an object bound to that section (<c>new T()</c> is then only its start).
    /// </summary>
    private bool TryAssignments(ISymbol symbol, IOperation use, int depth, CancellationToken cancellationToken, out ConfigurationNode node)
    {
        node = default;
        var values = new List<IOperation>();
        var binds = new List<IInvocationOperation>();
        if (symbol is ILocalSymbol)
        {
            if (!CollectAssignments(use.Root(), symbol, values, binds, cancellationToken))
            {
                return false;
            }
        }
        else if (!CollectMemberAssignments(symbol, values, binds, cancellationToken))
        {
            return false;
        }

        var paths = ImmutableArray.CreateBuilder<string>();
        ConfigurationNodeKind? kind = null;
        foreach (var value in values)
        {
            if (value is IObjectCreationOperation && binds.Count > 0)
            {
                continue; // a fresh object that Bind fills
            }

            if (value.DescendantsAndSelf().Any(o => Refers(o, symbol)))
            {
                return false; // s = s.GetSection(…): a section that depends on how often the code ran
            }

            if (!TryNode(value, depth + 1, cancellationToken, out var assigned) || (kind is { } seen && seen != assigned.Kind))
            {
                return false;
            }

            kind = assigned.Kind;
            paths.AddRange(assigned.Paths);
        }

        foreach (var bind in binds)
        {
            if (!TrySection(bind.Receiver(), depth, cancellationToken, out var section) || kind is ConfigurationNodeKind.Section)
            {
                return false;
            }

            // Bind(key, obj) binds the key's section; a key not constant is a section not known.
            var key = Constant(bind, "key");
            if (key is null && Argument(bind, "key") is not null)
            {
                return false;
            }

            kind = ConfigurationNodeKind.Bound;
            paths.AddRange(key is null ? section.Paths : Combine(section.Paths, key));
        }

        if (kind is not { } found || paths.Count == 0)
        {
            return false;
        }

        node = new ConfigurationNode(found, paths.ToImmutable());
        return true;
    }

    // Every assignment to symbol below root, and every Bind into it; false when it is also written in a way not followed.
    private bool CollectAssignments(IOperation root, ISymbol symbol, List<IOperation> values, List<IInvocationOperation> binds, CancellationToken cancellationToken)
    {
        foreach (var operation in root.DescendantsAndSelf())
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (operation)
            {
                case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, symbol):
                    if ((declarator.Initializer ?? (declarator.Parent as IVariableDeclarationOperation)?.Initializer)?.Value is { } initializer)
                    {
                        values.Add(initializer);
                    }

                    break;
                case IFieldInitializerOperation fieldInitializer when fieldInitializer.InitializedFields.Contains(symbol, SymbolEqualityComparer.Default):
                    values.Add(fieldInitializer.Value);
                    break;
                case IPropertyInitializerOperation propertyInitializer when propertyInitializer.InitializedProperties.Contains(symbol, SymbolEqualityComparer.Default):
                    values.Add(propertyInitializer.Value);
                    break;
                case ISimpleAssignmentOperation assignment when Refers(assignment.Target, symbol):
                    values.Add(assignment.Value);
                    break;
                case IAssignmentOperation assignment when Refers(assignment.Target, symbol):
                    return false; // compound and deconstruction assignments
                case IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out } argument when Refers(argument.Value, symbol):
                    return false;
                case IInvocationOperation invocation when IsBindInto(invocation, symbol):
                    binds.Add(invocation);
                    break;
            }
        }

        return true;
    }

    private bool CollectMemberAssignments(ISymbol member, List<IOperation> values, List<IInvocationOperation> binds, CancellationToken cancellationToken)
    {
        if (member is IPropertySymbol property)
        {
            // A get-only property: an auto-property (set where a readonly field is) or an expression-bodied getter.
            foreach (var reference in property.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(cancellationToken) is not PropertyDeclarationSyntax declaration)
                {
                    return false;
                }

                var getter = declaration.ExpressionBody?.Expression
                    ?? declaration.AccessorList?.Accessors.FirstOrDefault(a => a.Keyword.ValueText == "get")?.ExpressionBody?.Expression;
                if (getter is not null)
                {
                    return OperationOf(getter, cancellationToken) is { } body && Add(body);
                }

                if (declaration.AccessorList is not { } accessors || accessors.Accessors.Any(a => a.Body is not null || a.ExpressionBody is not null))
                {
                    return false; // a getter with a body computes what it returns
                }

                if (declaration.Initializer is { } initializer && !Collect(initializer))
                {
                    return false;
                }
            }
        }
        else
        {
            foreach (var reference in member.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(cancellationToken) is VariableDeclaratorSyntax { Initializer: { } initializer } && !Collect(initializer))
                {
                    return false;
                }
            }
        }

        var constructors = member.IsStatic ? member.ContainingType.StaticConstructors : member.ContainingType.InstanceConstructors;
        foreach (var constructor in constructors)
        {
            foreach (var reference in constructor.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(cancellationToken) is ConstructorDeclarationSyntax declaration && !Collect(declaration))
                {
                    return false;
                }
            }
        }

        return values.Count > 0 || binds.Count > 0;

        bool Collect(SyntaxNode syntax) =>
            OperationOf(syntax, cancellationToken) is { } operation && CollectAssignments(operation, member, values, binds, cancellationToken);

        bool Add(IOperation value)
        {
            values.Add(value);
            return true;
        }
    }

    private IOperation? OperationOf(SyntaxNode syntax, CancellationToken cancellationToken)
    {
        if (!_compilation.ContainsSyntaxTree(syntax.SyntaxTree))
        {
            return null;
        }

        if (!_models.TryGetValue(syntax.SyntaxTree, out var model))
        {
#pragma warning disable RS1030 // Initializers and constructors live in other code blocks; the driver's semantic-model cache serves this.
            model = _models.GetOrAdd(syntax.SyntaxTree, _compilation.GetSemanticModel(syntax.SyntaxTree));
#pragma warning restore RS1030
        }

        return model.GetOperation(syntax, cancellationToken);
    }

    // ConfigurationBinder.Bind(config, [key,] instance[, configureOptions]) with the symbol as the instance.
    private bool IsBindInto(IInvocationOperation invocation, ISymbol symbol) =>
        invocation.TargetMethod.Name == "Bind"
        && ConfigurationSymbols.Is((invocation.TargetMethod.ReducedFrom ?? invocation.TargetMethod).ContainingType, _symbols.ConfigurationBinder)
        && Argument(invocation, "instance") is { } instance
        && Refers(instance.Value, symbol);

    private static bool Refers(IOperation operation, ISymbol symbol)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        var referenced = operation switch
        {
            ILocalReferenceOperation local => local.Local,
            IFieldReferenceOperation { Instance: null or IInstanceReferenceOperation } field => field.Field,
            IPropertyReferenceOperation { Instance: null or IInstanceReferenceOperation } property => property.Property,
            _ => (ISymbol?)null,
        };
        return SymbolEqualityComparer.Default.Equals(referenced, symbol);
    }

    // What a?.b's implicit receiver stands for: the a of the nearest ?. whose right-hand side holds it.
    private static IOperation? ConditionalReceiver(IConditionalAccessInstanceOperation instance)
    {
        IOperation child = instance;
        for (var parent = instance.Parent; parent is not null; child = parent, parent = parent.Parent)
        {
            if (parent is IConditionalAccessOperation access && access.WhenNotNull == child)
            {
                return access.Operation;
            }
        }

        return null;
    }

    /// <summary>The key a property binds to: its <c>[ConfigurationKeyName]</c>, else its name.</summary>
    private string KeyName(IPropertySymbol property)
    {
        if (_symbols.ConfigurationKeyNameAttribute is { } keyName)
        {
            foreach (var attribute in property.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, keyName)
                    && attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is string name)
                {
                    return name;
                }
            }
        }

        return property.Name;
    }

    internal static IArgumentOperation? Argument(IInvocationOperation invocation, string parameter)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Name == parameter)
            {
                return argument;
            }
        }

        return null;
    }

    internal static string? Constant(IInvocationOperation invocation, string parameter) =>
        Argument(invocation, parameter)?.Value.ConstantValue is { HasValue: true, Value: string value } ? value : null;

    private static ITypeSymbol? TypeOfArgument(IInvocationOperation invocation, string parameter) =>
        Argument(invocation, parameter)?.Value is ITypeOfOperation typeOf ? typeOf.TypeOperand : null;

    private static string? ElementKey(IOperation index) => index.ConstantValue switch
    {
        { HasValue: true, Value: int position } => position.ToString(CultureInfo.InvariantCulture),
        { HasValue: true, Value: string key } => key,
        _ => null,
    };

    internal static ImmutableArray<string> Combine(ImmutableArray<string> parents, string key)
    {
        var builder = ImmutableArray.CreateBuilder<string>(parents.Length);
        foreach (var parent in parents)
        {
            builder.Add(parent.Length == 0 ? key : parent + ":" + key);
        }

        return builder.MoveToImmutable();
    }

    private static bool IsString(ITypeSymbol? type) => type?.SpecialType == SpecialType.System_String;
}
