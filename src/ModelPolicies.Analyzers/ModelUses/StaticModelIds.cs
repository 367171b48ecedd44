using System.Collections.Generic;
using System.Threading;
using ModelPolicies.Analyzers.Configuration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ModelPolicies.Analyzers.ModelUses;

/// <summary>
/// One value that can reach a sink: a constant id and where it was written, or unknown (Id null) with where it comes
/// from, as messages say it ("parameter 'model' of 'Run'", "environment variable 'AI_MODEL'"). A value a settings file
/// gives says so in <see cref="From"/> (" from 'AI:ModelId' in appsettings.Production.json"), and its origin is the
/// value in the file.
/// </summary>
internal readonly record struct ModelIdValue(string? Id, Location Origin, string? Source = null, string? From = null);

/// <summary>
/// Finds the model ids that can reach a sink (docs/rules/MP0007.md): constants (literals, <c>const</c>, constant interpolated
/// strings), locals and readonly fields whose every assignment is itself statically known, both arms of a
/// conditional, and both sides of <c>??</c>. Anything else is unknown. Every value that can reach the sink is given,
/// the unknown ones too: each is judged.
/// </summary>
internal static class StaticModelIds
{
    // Locals that feed locals that feed locals…: deep enough for real code, bounded for cycles.
    private const int MaxDepth = 8;

    /// <summary>The values that can reach a sink. For a path sink (<paramref name="path"/>), a path built at run time whose
    /// last part is constant — <c>Path.Combine(dir, "phi-3.5-mini.gguf")</c>, <c>$"{dir}/phi3"</c> — gives that part.</summary>
    /// <param name="configuration">The compilation's configuration reads (docs/configuration.md, "Configuration-sourced
    /// ids"): a read with a constant key gives what the project's settings files set it to. Null: none are known.</param>
    public static List<ModelIdValue> Resolve(IOperation value, CancellationToken cancellationToken, bool path = false, ConfigurationReads? configuration = null)
    {
        var values = new List<ModelIdValue>();
        Collect(value, values, 0, path, configuration, cancellationToken);
        return values;
    }

    private static void Collect(IOperation? value, List<ModelIdValue> values, int depth, bool path, ConfigurationReads? configuration, CancellationToken cancellationToken)
    {
        if (value is null)
        {
            return;
        }

        if (value.ConstantValue is { HasValue: true } constant)
        {
            // A constant null is no model at all; a constant string is an id.
            if (constant.Value is string id)
            {
                values.Add(new ModelIdValue(id, value.Syntax.GetLocation()));
            }

            return;
        }

        if (depth > MaxDepth)
        {
            values.Add(new ModelIdValue(null, value.Syntax.GetLocation(), "a value computed at run time"));
            return;
        }

        switch (value)
        {
            case IConversionOperation conversion:
                Collect(conversion.Operand, values, depth + 1, path, configuration, cancellationToken);
                return;
            case IParenthesizedOperation parenthesized:
                Collect(parenthesized.Operand, values, depth + 1, path, configuration, cancellationToken);
                return;
            case IConditionalOperation conditional when conditional.WhenFalse is not null:
                Collect(conditional.WhenTrue, values, depth + 1, path, configuration, cancellationToken);
                Collect(conditional.WhenFalse, values, depth + 1, path, configuration, cancellationToken);
                return;
            case ICoalesceOperation coalesce:
                // Either side can reach the sink: the value (often configuration) and the fallback the code chose — unless the
                // value is a constant that is not null, when the fallback is never taken.
                Collect(coalesce.Value, values, depth + 1, path, configuration, cancellationToken);
                if (coalesce.Value.ConstantValue is not { HasValue: true, Value: not null })
                {
                    Collect(coalesce.WhenNull, values, depth + 1, path, configuration, cancellationToken);
                }

                return;
            case ILocalReferenceOperation local:
                CollectLocal(local, values, depth, path, configuration, cancellationToken);
                return;
            case IFieldReferenceOperation { Field: { IsReadOnly: true } field }:
                CollectReadonlyField(field, value, values, depth, path, configuration, cancellationToken);
                return;
            case IInvocationOperation { TargetMethod: { Name: "Combine" or "Join", ContainingType: { Name: "Path", ContainingNamespace.Name: "IO" } }, Arguments: { Length: > 0 } arguments } when path:
                // The file or folder a path ends in names the model; what comes before it is where it is.
                Collect(LastPathPart(arguments[arguments.Length - 1].Value), values, depth + 1, path, configuration, cancellationToken);
                return;
            case IInterpolatedStringOperation { Parts: { Length: > 0 } parts } when path && parts[parts.Length - 1] is IInterpolatedStringTextOperation { Text.ConstantValue.Value: string tail } && tail.Trim('/', '\\').Length > 0:
                values.Add(new ModelIdValue(tail, value.Syntax.GetLocation()));
                return;
            default:
                if (configuration?.Resolve(value, cancellationToken) is { } read)
                {
                    CollectConfigured(read, value, values, depth, path, configuration, cancellationToken);
                    return;
                }

                values.Add(new ModelIdValue(null, value.Syntax.GetLocation(), SourceOf(value)));
                return;
        }
    }

    // Each settings file that sets the key is a value; none is an unknown value naming the key. The default of
    // GetValue<string>(key, default) is one more value.
    private static void CollectConfigured(
        ConfigurationRead read, IOperation value, List<ModelIdValue> values, int depth, bool path, ConfigurationReads configuration, CancellationToken cancellationToken)
    {
        foreach (var configured in read.Values)
        {
            var part = configured.Part is null ? string.Empty : $" ({configured.Part}=)";
            values.Add(new ModelIdValue(configured.Value, configured.Location, From: $" from '{configured.Key}'{part} in {FileName(configured.FilePath)}"));
        }

        if (read.Values.IsEmpty)
        {
            values.Add(new ModelIdValue(null, value.Syntax.GetLocation(), $"configuration key {read.Key}, which no settings file sets"));
        }

        if (read.Fallback is { } fallback)
        {
            Collect(fallback, values, depth + 1, path, configuration, cancellationToken);
        }
    }

    private static string FileName(string path) => System.IO.Path.GetFileName(path);

    // Path.Combine(a, b, c) and Path.Combine(params string[]): the value of the last part.
    private static IOperation LastPathPart(IOperation last) =>
        last is IArrayCreationOperation { Initializer.ElementValues: { Length: > 0 } elements } ? elements[elements.Length - 1] : last;

    // Where a value that is not known at build time comes from, in the words of MP0007's message.
    private static string SourceOf(IOperation value) => value switch
    {
        IParameterReferenceOperation parameter => $"parameter '{parameter.Parameter.Name}' of '{Display(parameter.Parameter.ContainingSymbol)}'",
        IInvocationOperation { TargetMethod.Name: "GetEnvironmentVariable", Arguments: { Length: > 0 } arguments } when arguments[0].Value.ConstantValue.Value is string variable =>
            $"environment variable '{variable}'",
        IInvocationOperation invocation => $"the result of '{invocation.TargetMethod.Name}'",
        IAwaitOperation awaited => SourceOf(awaited.Operation),
        IFieldReferenceOperation field => $"field '{field.Field.Name}'",
        IPropertyReferenceOperation { Property.IsIndexer: true, Arguments: { Length: 1 } key } indexer when key[0].Value.ConstantValue.Value is string name =>
            $"key '{name}' of '{indexer.Property.ContainingType.Name}'",
        IPropertyReferenceOperation { Property.IsIndexer: true } indexer => $"an element of '{indexer.Property.ContainingType.Name}'",
        IPropertyReferenceOperation property => $"property '{property.Property.Name}'",
        ILocalReferenceOperation local => $"local '{local.Local.Name}'",
        _ => "a value computed at run time",
    };

    private static string Display(ISymbol symbol) => symbol switch
    {
        IMethodSymbol { MethodKind: MethodKind.Constructor } constructor => constructor.ContainingType.Name,
        IMethodSymbol { MethodKind: MethodKind.AnonymousFunction } => "a lambda",
        _ => symbol.Name,
    };

    private static void CollectLocal(
        ILocalReferenceOperation reference, List<ModelIdValue> values, int depth, bool path, ConfigurationReads? configuration, CancellationToken cancellationToken)
    {
        if (!CollectDeclaredLocal(reference, values, depth, path, configuration, cancellationToken))
        {
            CollectLocalFromOperations(reference, values, depth, path, configuration, cancellationToken);
        }
    }

    // A local declared with 'var x = …' (or 'string x;'): its initializer, and every assignment to it found from the
    // syntax of its scope — only the identifiers of its name are bound, which costs a fraction of walking the method's
    // operations, on every use of every sink everywhere (MP0013). False for other declarations (patterns, 'out var',
    // foreach), which the operations walk handles.
    private static bool CollectDeclaredLocal(
        ILocalReferenceOperation reference, List<ModelIdValue> values, int depth, bool path, ConfigurationReads? configuration, CancellationToken cancellationToken)
    {
        var local = reference.Local;
        if (reference.SemanticModel is not { } model
            || local.DeclaringSyntaxReferences.Length != 1
            || local.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not VariableDeclaratorSyntax declarator
            || declarator.SyntaxTree != model.SyntaxTree
            || declarator.FirstAncestorOrSelf<SyntaxNode>(n => n is BlockSyntax or SwitchSectionSyntax or CompilationUnitSyntax) is not { } scope)
        {
            return false;
        }

        var root = reference.Root();
        var found = false;
        if (declarator.Initializer?.Value is { } initializer && Bind(initializer) is { } initial)
        {
            found = true;
            Collect(initial, values, depth + 1, path, configuration, cancellationToken);
        }

        foreach (var identifier in NameMentions.In(scope, local.Name, cancellationToken))
        {

            // Written to: the left of an assignment, a ref or out argument, a part of a deconstruction.
            var assignment = identifier.Parent as AssignmentExpressionSyntax;
            var written = assignment is not null && assignment.Left == identifier
                || identifier.Parent is ArgumentSyntax { RefKindKeyword.RawKind: (int)SyntaxKind.RefKeyword or (int)SyntaxKind.OutKeyword }
                || identifier.Parent is ArgumentSyntax { Parent: TupleExpressionSyntax };
            if (!written || !SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(identifier, cancellationToken).Symbol, local))
            {
                continue;
            }

            found = true;
            if (assignment is not null && assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) && Bind(assignment.Right) is { } assigned)
            {
                Collect(assigned, values, depth + 1, path, configuration, cancellationToken);
            }
            else
            {
                values.Add(new ModelIdValue(null, (assignment ?? (SyntaxNode)identifier.Parent!).GetLocation(), $"local '{local.Name}'"));
            }
        }

        if (!found)
        {
            values.Add(new ModelIdValue(null, reference.Syntax.GetLocation(), $"local '{local.Name}'"));
        }

        return true;

        // In the tree the reference is in, where a local's scope is; the semantic model for what lies outside it.
        IOperation? Bind(ExpressionSyntax expression) => root.Find(expression) ?? model.GetOperation(expression, cancellationToken);
    }

    private static void CollectLocalFromOperations(
        ILocalReferenceOperation reference, List<ModelIdValue> values, int depth, bool path, ConfigurationReads? configuration, CancellationToken cancellationToken)
    {
        var root = reference;
        var top = reference.Root();

        var found = false;
        foreach (var operation in top.Descendants())
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (operation)
            {
                case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, root.Local):
                    var initializer = declarator.Initializer?.Value ?? (declarator.Parent as IVariableDeclarationOperation)?.Initializer?.Value;
                    if (initializer is not null)
                    {
                        found = true;
                        Collect(initializer, values, depth + 1, path, configuration, cancellationToken);
                    }

                    break;
                case IAssignmentOperation { Target: ILocalReferenceOperation target } assignment
                    when SymbolEqualityComparer.Default.Equals(target.Local, root.Local):
                    found = true;
                    if (assignment is ISimpleAssignmentOperation simple)
                    {
                        Collect(simple.Value, values, depth + 1, path, configuration, cancellationToken);
                    }
                    else
                    {
                        values.Add(new ModelIdValue(null, assignment.Syntax.GetLocation(), $"local '{root.Local.Name}'"));
                    }

                    break;
                case IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out, Value: ILocalReferenceOperation passed }
                    when SymbolEqualityComparer.Default.Equals(passed.Local, root.Local):
                    found = true;
                    values.Add(new ModelIdValue(null, operation.Syntax.GetLocation(), $"local '{root.Local.Name}'"));
                    break;
            }
        }

        if (!found)
        {
            values.Add(new ModelIdValue(null, reference.Syntax.GetLocation(), $"local '{root.Local.Name}'"));
        }
    }

    // Readonly fields are assigned only in their initializer and constructors; those are found from syntax, and only a
    // value that is not a literal is bound ('= Models.Chat', '= Environment.GetEnvironmentVariable("M") ?? "phi3"').
    private static void CollectReadonlyField(
        IFieldSymbol field, IOperation use, List<ModelIdValue> values, int depth, bool path, ConfigurationReads? configuration, CancellationToken cancellationToken)
    {
        var found = false;
        foreach (var reference in field.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: var initializer })
            {
                found = true;
                Add(initializer);
            }
        }

        var constructors = field.IsStatic ? field.ContainingType.StaticConstructors : field.ContainingType.InstanceConstructors;
        foreach (var constructor in constructors)
        {
            foreach (var reference in constructor.DeclaringSyntaxReferences)
            {
                // 'name = …' and 'this.name = …', found from the spellings of the name.
                foreach (var name in NameMentions.In(reference.GetSyntax(cancellationToken), field.Name, cancellationToken))
                {
                    var left = name.Parent is MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } access && access.Name == name ? access : (ExpressionSyntax)name;
                    if (left.Parent is AssignmentExpressionSyntax assignment && assignment.Left == left)
                    {
                        found = true;
                        Add(assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) ? assignment.Right : assignment);
                    }
                }
            }
        }

        if (!found)
        {
            values.Add(new ModelIdValue(null, use.Syntax.GetLocation(), $"field '{field.Name}'"));
        }

        void Add(ExpressionSyntax expression)
        {
            if (expression is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } literal)
            {
                values.Add(new ModelIdValue(literal.Token.ValueText, literal.GetLocation()));
            }
            else if (expression is not AssignmentExpressionSyntax && Bind(expression) is { } assigned)
            {
                Collect(assigned, values, depth + 1, path, configuration, cancellationToken);
            }
            else
            {
                values.Add(new ModelIdValue(null, expression.GetLocation(), $"field '{field.Name}'"));
            }
        }

        IOperation? Bind(ExpressionSyntax expression)
        {
            var model = use.SemanticModel is { } own && own.SyntaxTree == expression.SyntaxTree ? own
#pragma warning disable RS1030 // A field declared in another document of a partial type; the driver's semantic-model cache serves this.
                : use.SemanticModel?.Compilation.GetSemanticModel(expression.SyntaxTree);
#pragma warning restore RS1030
            return model?.GetOperation(expression, cancellationToken);
        }
    }
}
