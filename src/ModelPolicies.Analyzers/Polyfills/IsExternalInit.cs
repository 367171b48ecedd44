namespace System.Runtime.CompilerServices;

// netstandard2.0 lacks the marker type that records and init-only setters need.
internal static class IsExternalInit
{
}
