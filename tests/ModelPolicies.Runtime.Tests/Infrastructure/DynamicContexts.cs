using System;
using System.Reflection;
using System.Reflection.Emit;

namespace ModelPolicies.Runtime.Tests.Infrastructure;

/// <summary>
/// Assemblies made at run time, for context attributes on an assembly that would otherwise reach every context of this
/// test assembly: <c>[assembly: LowLatency]</c> and the like, types nested in types, each with its own attributes.
/// </summary>
internal static class DynamicContexts
{
    /// <summary>A new collectible assembly with <paramref name="attributes"/>, and the module its types go in.</summary>
    public static ModuleBuilder Assembly(string name, params CustomAttributeBuilder[] attributes)
    {
        var assembly = AssemblyBuilder.DefineDynamicAssembly(new AssemblyName(name), AssemblyBuilderAccess.RunAndCollect);
        foreach (var attribute in attributes)
        {
            assembly.SetCustomAttribute(attribute);
        }

        return assembly.DefineDynamicModule(name);
    }

    public static TypeBuilder Type(ModuleBuilder module, string name, params CustomAttributeBuilder[] attributes) =>
        WithAttributes(module.DefineType(name, TypeAttributes.Public | TypeAttributes.Sealed), attributes);

    public static TypeBuilder Nested(TypeBuilder outer, string name, params CustomAttributeBuilder[] attributes) =>
        WithAttributes(outer.DefineNestedType(name, TypeAttributes.NestedPublic | TypeAttributes.Sealed), attributes);

    public static CustomAttributeBuilder Edge(string? maxParameters = null) =>
        maxParameters is null ? Attribute<EdgeAttribute>() : Attribute<EdgeAttribute>((nameof(EdgeAttribute.MaxParameters), maxParameters));

    public static CustomAttributeBuilder LowLatency(int? maxMilliseconds = null) =>
        maxMilliseconds is null ? Attribute<LowLatencyAttribute>() : Attribute<LowLatencyAttribute>((nameof(LowLatencyAttribute.MaxMilliseconds), maxMilliseconds.Value));

    public static CustomAttributeBuilder Multimodal(Modality? modalities = null) =>
        modalities is null
            ? Attribute<MultimodalAttribute>()
            : new CustomAttributeBuilder(typeof(MultimodalAttribute).GetConstructor(new[] { typeof(Modality) })!, new object[] { modalities.Value });

    public static CustomAttributeBuilder AllowModel(string modelId) =>
        new(typeof(AllowModelAttribute).GetConstructor(new[] { typeof(string) })!, new object[] { modelId });

    public static CustomAttributeBuilder SettingsProvider(Type providerType) =>
        new(typeof(ModelPolicySettingsProviderAttribute).GetConstructor(new[] { typeof(Type) })!, new object[] { providerType });

    private static TypeBuilder WithAttributes(TypeBuilder type, CustomAttributeBuilder[] attributes)
    {
        foreach (var attribute in attributes)
        {
            type.SetCustomAttribute(attribute);
        }

        return type;
    }

    private static CustomAttributeBuilder Attribute<TAttribute>(params (string Property, object Value)[] properties)
        where TAttribute : Attribute
    {
        var named = new PropertyInfo[properties.Length];
        var values = new object[properties.Length];
        for (var i = 0; i < properties.Length; i++)
        {
            named[i] = typeof(TAttribute).GetProperty(properties[i].Property)!;
            values[i] = properties[i].Value;
        }

        return new CustomAttributeBuilder(typeof(TAttribute).GetConstructor(System.Type.EmptyTypes)!, Array.Empty<object>(), named, values);
    }
}
