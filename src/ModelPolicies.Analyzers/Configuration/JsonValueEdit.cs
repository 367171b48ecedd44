using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.Text;

namespace ModelPolicies.Analyzers.Configuration;

/// <summary>
/// Rewrites values in a settings file for a code fix, touching nothing but the values: every other character,
/// comment and line break stays as it was.
/// </summary>
internal static class JsonValueEdit
{
    /// <summary>
    /// <paramref name="text"/> with the value at <paramref name="span"/> (a <see cref="ConfiguredValue.Span"/>) set to
    /// <paramref name="newValue"/>; null when no value of the file is there any more.
    /// </summary>
    public static SourceText? Replace(SourceText text, TextSpan span, string newValue) =>
        Replace(text, new[] { (span, newValue) });

    /// <summary>
    /// The same for several values of one file at once (Fix All). A span that is a value's whole token becomes a JSON
    /// string; a span inside a string (a connection string's <c>Model=</c> part) becomes the new part, quoted as a
    /// connection string needs. Null when some span is no value of the file, or two edits overlap.
    /// </summary>
    public static SourceText? Replace(SourceText text, IEnumerable<(TextSpan Span, string NewValue)> edits)
    {
        var file = SettingsFile.Of(text);
        var changes = new List<TextChange>();
        foreach (var (span, newValue) in edits.Distinct())
        {
            if (!file.TryGetValueAt(span, out var value))
            {
                return null;
            }

            var replacement = value.Span == span
                ? "\"" + JsonText.Escape(newValue) + "\""
                : JsonText.Escape(ConnectionStringParts.Quote(newValue));
            changes.Add(new TextChange(span, replacement));
        }

        changes.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        for (var i = 1; i < changes.Count; i++)
        {
            if (changes[i].Span.Start < changes[i - 1].Span.End)
            {
                return null;
            }
        }

        return text.WithChanges(changes);
    }
}
