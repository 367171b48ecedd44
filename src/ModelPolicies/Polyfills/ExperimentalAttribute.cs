#if !NET8_0_OR_GREATER
namespace System.Diagnostics.CodeAnalysis;

// netstandard2.0 lacks it; the compiler matches it by name, so an internal copy marks this library's experimental
// types for its users, as Microsoft.Extensions.AI marks the abstractions they build on.

/// <summary>The API is experimental: using it is reported under <see cref="DiagnosticId"/> until it is stable.</summary>
[AttributeUsage(
    AttributeTargets.Assembly | AttributeTargets.Module | AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Enum
    | AttributeTargets.Constructor | AttributeTargets.Method | AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Event
    | AttributeTargets.Interface | AttributeTargets.Delegate,
    Inherited = false)]
internal sealed class ExperimentalAttribute : Attribute
{
    public ExperimentalAttribute(string diagnosticId) => DiagnosticId = diagnosticId;

    public string DiagnosticId { get; }

    public string? UrlFormat { get; set; }
}
#endif
