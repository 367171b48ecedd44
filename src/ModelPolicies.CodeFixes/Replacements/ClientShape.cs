using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;

namespace ModelPolicies.CodeFixes.Replacements;

/// <summary>
/// What code written against a client type can rely on, seen from one place in the code: the constructors it can
/// call and the members it can reach (inherited ones too, but not <see cref="object"/>'s), each as a signature of
/// kinds and types only. The type itself is written as <c>self</c>, so that <c>static Gpt4oClient Create()</c> and
/// <c>static PocketSlmClient Create()</c> are the same member.
/// </summary>
internal sealed class ClientShape
{
    private readonly HashSet<string> _constructors;
    private readonly HashSet<string> _members;

    private ClientShape(HashSet<string> constructors, HashSet<string> members)
    {
        _constructors = constructors;
        _members = members;
    }

    public static ClientShape Of(INamedTypeSymbol type, SemanticModel model, int position)
    {
        var constructors = new HashSet<string>(StringComparer.Ordinal);
        var members = new HashSet<string>(StringComparer.Ordinal);
        foreach (var constructor in type.InstanceConstructors)
        {
            if (model.IsAccessible(position, constructor))
            {
                constructors.Add(Parameters(constructor.Parameters, type));
            }
        }

        for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                if (member.CanBeReferencedByName && model.IsAccessible(position, member) && Signature(member, type, model, position) is { } signature)
                {
                    members.Add(signature);
                }
            }
        }

        return new ClientShape(constructors, members);
    }

    /// <summary>
    /// How far <paramref name="other"/> is from this shape, for ordering (smaller is closer): the same constructors
    /// and members, then the same constructors, then by how many of this shape's signatures it lacks.
    /// </summary>
    public (int Kind, int Missing) DistanceTo(ClientShape other)
    {
        var sameConstructors = _constructors.SetEquals(other._constructors);
        var kind = sameConstructors && _members.SetEquals(other._members) ? 0 : sameConstructors ? 1 : 2;
        var missing = _constructors.Count(c => !other._constructors.Contains(c)) + _members.Count(m => !other._members.Contains(m));
        return (kind, missing);
    }

    // Names and kinds, staticness, and the types of parameters and results; parameter names are left out, as callers
    // mostly pass arguments by position.
    private static string? Signature(ISymbol member, INamedTypeSymbol self, SemanticModel model, int position)
    {
        var scope = member.IsStatic ? "static " : string.Empty;
        return member switch
        {
            IMethodSymbol { MethodKind: MethodKind.Ordinary } method =>
                $"method {scope}{method.Name}`{method.Arity}{Parameters(method.Parameters, self)}: {(method.ReturnsVoid ? "void" : Type(method.ReturnType, self))}",
            IPropertySymbol property =>
                $"property {scope}{property.Name}{(property.IsIndexer ? Parameters(property.Parameters, self) : string.Empty)}: {Type(property.Type, self)}"
                + (property.GetMethod is { } get && model.IsAccessible(position, get) ? " get" : string.Empty)
                + (property.SetMethod is { } set && model.IsAccessible(position, set) ? set.IsInitOnly ? " init" : " set" : string.Empty),
            IFieldSymbol field =>
                $"field {(field.IsConst ? "const " : scope)}{(field.IsReadOnly ? "readonly " : string.Empty)}{field.Name}: {Type(field.Type, self)}",
            IEventSymbol @event => $"event {scope}{@event.Name}: {Type(@event.Type, self)}",
            _ => null,
        };
    }

    private static string Parameters(IEnumerable<IParameterSymbol> parameters, INamedTypeSymbol self)
    {
        var text = new StringBuilder("(");
        foreach (var parameter in parameters)
        {
            if (text.Length > 1)
            {
                text.Append(", ");
            }

            text.Append(parameter.RefKind switch
            {
                RefKind.Ref => "ref ",
                RefKind.Out => "out ",
                RefKind.In => "in ",
                _ => parameter.IsParams ? "params " : string.Empty,
            });
            text.Append(Type(parameter.Type, self));
            if (parameter.IsOptional)
            {
                text.Append(" = default");
            }
        }

        return text.Append(')').ToString();
    }

    private static string Type(ITypeSymbol type, INamedTypeSymbol self) => type switch
    {
        _ when SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, self.OriginalDefinition) => "self",
        IArrayTypeSymbol array => Type(array.ElementType, self) + "[" + new string(',', array.Rank - 1) + "]",
        INamedTypeSymbol { Arity: > 0 } generic =>
            generic.OriginalDefinition.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)
            + "[" + string.Join(", ", generic.TypeArguments.Select(argument => Type(argument, self))) + "]",
        _ => type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
    };
}
