#if !NET5_0_OR_GREATER
namespace System.Diagnostics.CodeAnalysis;

// netstandard2.0 lacks the trimming annotations; the trimmer and the trim analyzer match them by name, so an internal
// copy carries the annotation into apps that trim.

/// <summary>The members of a type that are reached by reflection and must survive trimming.</summary>
[AttributeUsage(
    AttributeTargets.Field | AttributeTargets.ReturnValue | AttributeTargets.GenericParameter | AttributeTargets.Parameter
    | AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Class | AttributeTargets.Interface | AttributeTargets.Struct,
    Inherited = false)]
internal sealed class DynamicallyAccessedMembersAttribute : Attribute
{
    public DynamicallyAccessedMembersAttribute(DynamicallyAccessedMemberTypes memberTypes) => MemberTypes = memberTypes;

    public DynamicallyAccessedMemberTypes MemberTypes { get; }
}

/// <summary>The kinds of member <see cref="DynamicallyAccessedMembersAttribute"/> names (the subset this library uses, with the runtime's values).</summary>
[Flags]
internal enum DynamicallyAccessedMemberTypes
{
    None = 0,
    PublicProperties = 0x0200,
}
#endif
