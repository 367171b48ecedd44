using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace ModelPolicies.Analyzers.Catalog;

/// <summary>A problem in a catalog file, as an offset range and a message (reported as MP0008).</summary>
internal readonly record struct FileProblem(TextSpan Span, string Message);

/// <summary>An entry read from a catalog file, with the span of the entry and of its <c>class</c> value.</summary>
internal sealed record ParsedEntry(CatalogEntry Entry, TextSpan Span, TextSpan ClassSpan);

/// <summary>
/// One catalog file, read (docs/catalog.md, "JSON format"): the entries that are sound and every problem found. A
/// broken entry is reported and left out; the entries around it still load. A plain value: the generator's pipeline
/// carries it.
/// </summary>
internal sealed class CatalogFile : IEquatable<CatalogFile>
{
    // Each text is read once while it lives: the analyzers of every compilation that shares it (in the IDE, every edit
    // makes a new compilation over the same additional texts), the code fixes and the generator.
    private static readonly Kept<SourceText, CatalogFile> PerText = new();

    private CatalogFile(EquatableArray<ParsedEntry> entries, EquatableArray<FileProblem> problems)
    {
        Entries = entries;
        Problems = problems;
    }

    public EquatableArray<ParsedEntry> Entries { get; }

    public EquatableArray<FileProblem> Problems { get; }

    /// <summary>The project catalog file read from <paramref name="text"/>, once per text.</summary>
    public static CatalogFile Of(SourceText text) => PerText.Get(text, CatalogSource.Json, static (text, source) => Read(text, source));

    /// <summary>Reads <paramref name="text"/> afresh; its entries come from <paramref name="source"/>.</summary>
    public static CatalogFile Read(SourceText text, CatalogSource source = CatalogSource.Json)
    {
        var builder = new Builder(text, source);
        builder.ReadDocument();
        return new CatalogFile(EquatableArray<ParsedEntry>.Own(builder.Entries.ToArray()), EquatableArray<FileProblem>.Own(builder.Problems.ToArray()));
    }

    public bool Equals(CatalogFile? other) => other is not null && Entries.Equals(other.Entries) && Problems.Equals(other.Problems);

    public override bool Equals(object? obj) => Equals(obj as CatalogFile);

    public override int GetHashCode() => Entries.GetHashCode();

    private sealed class Builder
    {
        private static readonly string[] PropertyNames =
        {
            "id", "class", "parameters", "size", "inputs", "deployment", "latencyMs", "provider", "tasks", "aliases", "fineTunable",
            "description", "source", "$comment",
        };

        // The vocabulary's words for each flag property; a catalog names them in any case.
        private static readonly (string Name, int Flag)[] Modalities = Flags(ModelVocabulary.Modalities, static m => (m.Name, (int)m.Value));
        private static readonly (string Name, int Flag)[] Deployments = Flags(ModelVocabulary.Deployments, static d => (d.Name, (int)d.Value));
        private static readonly (string Name, int Flag)[] Tasks = Flags(ModelVocabulary.Tasks, static t => (t.Name, (int)t.Value));
        private static readonly string AllowedModalities = ModelVocabulary.Allowed(ModelVocabulary.Modalities, static m => m.Name);
        private static readonly string AllowedDeployments = ModelVocabulary.Allowed(ModelVocabulary.Deployments, static d => d.Name);
        private static readonly string AllowedTasks = ModelVocabulary.Allowed(ModelVocabulary.Tasks, static t => t.Name);
        private static readonly string AllowedClasses = ModelVocabulary.Allowed(ModelVocabulary.Classes, static c => c.Name);
        private static readonly string AllowedSizes = ModelVocabulary.Allowed(ModelVocabulary.SizeTiers, static t => t.Name);

        private readonly CatalogSource _source;

        private readonly SourceText _text;
        private readonly JsonReader _reader;
        private readonly Dictionary<string, int> _namesSeen = new(StringComparer.OrdinalIgnoreCase);
        private readonly List<(TextSpan Span, string Name)> _aliases = new(); // an entry's aliases, until it is known sound

        public Builder(SourceText text, CatalogSource source)
        {
            _text = text;
            _source = source;
            _reader = new JsonReader(text.ToString());
        }

        public List<ParsedEntry> Entries { get; } = new();

        public List<FileProblem> Problems { get; } = new();

        public void ReadDocument()
        {
            try
            {
                _reader.Peek();
                var documentStart = _reader.Position;
                if (!_reader.TryConsume('{'))
                {
                    Report(_reader.Position, 1, "a catalog is a JSON object with a \"models\" array: { \"models\": [ … ] }");
                    return;
                }

                var sawModels = false;
                if (_reader.TryConsume('}'))
                {
                    Report(documentStart, 1, "the catalog has no \"models\" array");
                    return;
                }

                while (true)
                {
                    var nameAt = _reader.Position;
                    if (_reader.Peek() != '"')
                    {
                        throw new JsonSyntaxException(nameAt, "expected a property name in double quotes");
                    }

                    var name = _reader.ReadValue();
                    if (!_reader.TryConsume(':'))
                    {
                        throw new JsonSyntaxException(_reader.Position, $"expected ':' after property name \"{_reader.StringOf(name)}\"");
                    }

                    if (_reader.IsString(name, "models"))
                    {
                        sawModels = true;
                        if (!ReadModels())
                        {
                            return;
                        }
                    }
                    else
                    {
                        _reader.ReadValue(); // "$schema", "$comment" and the like are allowed and ignored.
                    }

                    if (_reader.TryConsume(','))
                    {
                        continue;
                    }

                    if (_reader.TryConsume('}'))
                    {
                        break;
                    }

                    throw new JsonSyntaxException(_reader.Position, "expected ',' or '}' after a property");
                }

                if (!sawModels)
                {
                    Report(documentStart, 1, "the catalog has no \"models\" array");
                }
                else if (!_reader.AtEnd)
                {
                    Report(_reader.Position, 1, "unexpected text after the end of the catalog");
                }
            }
            catch (JsonSyntaxException e)
            {
                Report(e.Offset, 1, e.Message);
            }
        }

        // Reads the "models" array, recovering after each broken entry. False when the rest of the file cannot
        // be read at all (an unclosed bracket or string), so that one problem is reported once, not cascaded.
        private bool ReadModels()
        {
            if (_reader.Peek() != '[')
            {
                var at = _reader.Position;
                var value = _reader.ReadValue();
                Report(at, value.Length, $"\"models\" must be an array, not {value.Description}");
                return true;
            }

            _reader.TryConsume('[');
            if (_reader.TryConsume(']'))
            {
                return true;
            }

            while (true)
            {
                _reader.Peek();
                var elementStart = _reader.Position;
                try
                {
                    ReadEntry(_reader.ReadValue());
                }
                catch (JsonSyntaxException e)
                {
                    Report(e.Offset, 1, e.Message);
                    if (!_reader.SkipToNextElement(elementStart) || _reader.Position <= e.Offset)
                    {
                        // Brackets never balance again: resume at the next line that starts an entry.
                        if (_reader.SkipToLineStartingWith(e.Offset, '{'))
                        {
                            continue;
                        }

                        return false;
                    }
                }

                if (_reader.TryConsume(','))
                {
                    continue;
                }

                if (_reader.TryConsume(']'))
                {
                    return true;
                }

                var gap = _reader.Position;
                if (_reader.Peek() == '\0')
                {
                    Report(gap, 0, "the file ends inside the \"models\" array; expected ']'");
                    return false;
                }

                Report(gap, 1, "expected ',' or ']' after a model entry");
                if (_reader.Peek() == '{')
                {
                    continue; // a missing comma: read the next entry as if it were there
                }

                if (!_reader.SkipToNextElement(gap))
                {
                    return false;
                }

                if (!_reader.TryConsume(',') && _reader.TryConsume(']'))
                {
                    return true;
                }
            }
        }

        private void ReadEntry(JsonNode entry)
        {
            if (entry.Kind != JsonKind.Object)
            {
                Report(entry, $"a model entry must be an object, not {entry.Description}");
                return;
            }

            var sound = true;
            string? id = null;
            var idSpan = default(TextSpan); // where the id is, once there is one
            TextSpan? classSpan = null;
            ModelClass? modelClass = null;
            long? parameters = null;
            var tier = ModelSizeTier.Unspecified;
            Modality? inputs = null;
            ModelDeployment? deployment = null;
            ModelTask? tasks = null;
            int? latencyMs = null;
            string? provider = null;
            _aliases.Clear();

            foreach (var property in _reader.PropertiesOf(entry))
            {
                var value = property.Value;
                switch (KnownProperty(property.Name))
                {
                    case "id":
                        id = value.Kind == JsonKind.String ? _reader.StringOf(value) : null;
                        idSpan = SpanOf(value);
                        if (string.IsNullOrWhiteSpace(id))
                        {
                            Report(value, "\"id\" must be a non-empty string");
                            sound = false;
                        }

                        break;
                    case "class":
                        classSpan = SpanOf(value);
                        modelClass = ClassOf(value);
                        if (modelClass is null)
                        {
                            Report(value, $"unknown class {Show(value)}; use {AllowedClasses}");
                            sound = false;
                        }

                        break;
                    case "parameters":
                        if (value.Kind != JsonKind.String)
                        {
                            Report(value, "\"parameters\" must be a string such as \"3.8B\", \"135M\" or \"1.8T\"");
                            sound = false;
                        }
                        else if (ModelSize.TryParseParameters(_reader.StringOf(value), out var parsed, out var error))
                        {
                            parameters = parsed;
                        }
                        else
                        {
                            Report(value, $"invalid \"parameters\": {error}");
                            sound = false;
                        }

                        break;
                    case "size":
                        if (value.Kind != JsonKind.String || !ModelSize.TryParseTier(_reader.StringOf(value), out tier))
                        {
                            Report(value, $"unknown size {Show(value)}; use {AllowedSizes}");
                            sound = false;
                        }

                        break;
                    case "inputs":
                        sound &= ReadFlags(value, "inputs", Modalities, AllowedModalities, out var modalities);
                        inputs = (Modality)modalities;
                        break;
                    case "deployment":
                        sound &= ReadFlags(value, "deployment", Deployments, AllowedDeployments, out var places);
                        deployment = (ModelDeployment)places;
                        break;
                    case "tasks":
                        sound &= ReadFlags(value, "tasks", Tasks, AllowedTasks, out var performed);
                        tasks = (ModelTask)performed;
                        break;
                    case "latencyMs":
                        if (value is { Kind: JsonKind.Number, Number: > 0 and <= int.MaxValue } && value.Number == Math.Floor(value.Number))
                        {
                            latencyMs = (int)value.Number;
                        }
                        else
                        {
                            Report(value, "\"latencyMs\" must be a positive whole number of milliseconds");
                            sound = false;
                        }

                        break;
                    case "provider":
                        if (value.Kind == JsonKind.String)
                        {
                            provider = _reader.StringOf(value);
                        }
                        else
                        {
                            Report(value, "\"provider\" must be a string");
                        }

                        break;
                    case "aliases":
                        if (value.Kind == JsonKind.Array)
                        {
                            foreach (var item in _reader.ItemsOf(value))
                            {
                                if (item.Kind == JsonKind.String && _reader.StringOf(item) is var alias && !string.IsNullOrWhiteSpace(alias))
                                {
                                    _aliases.Add((SpanOf(item), alias));
                                }
                                else
                                {
                                    Report(item, "each alias must be a non-empty string");
                                }
                            }
                        }
                        else
                        {
                            Report(value, "\"aliases\" must be an array of strings");
                        }

                        break;
                    case "fineTunable":
                        if (value.Kind is not (JsonKind.True or JsonKind.False))
                        {
                            Report(value, "\"fineTunable\" must be true or false");
                        }

                        break;
                    case "description" or "source" or "$comment":
                        break;
                    default:
                        Report(property.Name, $"unknown property \"{_reader.StringOf(property.Name)}\"; see docs/models.schema.json");
                        break;
                }
            }

            if (id is null)
            {
                if (!HasId(entry))
                {
                    Report(entry.Start, 1, "the model entry has no \"id\"");
                }

                return;
            }

            if (classSpan is null)
            {
                Report(idSpan, $"model '{id}' has no \"class\"; use \"llm\", \"slm\" or \"fm\"");
                return;
            }

            if (!sound || modelClass is null || !Claim(idSpan, id))
            {
                return;
            }

            var aliasNames = new List<string>(_aliases.Count);
            foreach (var (span, alias) in _aliases)
            {
                if (Claim(span, alias))
                {
                    aliasNames.Add(alias);
                }
            }

            var facts = new EntryFacts(id, modelClass.Value)
            {
                Parameters = parameters,
                Tier = tier,
                Inputs = inputs,
                Deployment = deployment,
                Tasks = tasks,
                LatencyMs = latencyMs,
                Provider = provider,
                Aliases = aliasNames.ToArray(),
            };
            Entries.Add(new ParsedEntry(facts.ToEntry(_source), SpanOf(entry), classSpan.Value));
        }

        private static (string Name, int Flag)[] Flags<T>(IReadOnlyList<T> table, Func<T, (string, int)> pair)
        {
            var flags = new (string Name, int Flag)[table.Count];
            for (var i = 0; i < flags.Length; i++)
            {
                flags[i] = pair(table[i]);
            }

            return flags;
        }

        private ModelClass? ClassOf(JsonNode value)
        {
            foreach (var (modelClass, name, _) in ModelVocabulary.Classes)
            {
                if (_reader.IsStringIgnoringCase(value, name))
                {
                    return modelClass;
                }
            }

            return null;
        }

        // The name as one of PropertyNames, matched in place so that reading an entry makes no string of its names;
        // null when the name is unknown.
        private string? KnownProperty(JsonNode name)
        {
            foreach (var known in PropertyNames)
            {
                if (_reader.IsString(name, known))
                {
                    return known;
                }
            }

            return null;
        }

        private bool HasId(JsonNode entry)
        {
            foreach (var property in _reader.PropertiesOf(entry))
            {
                if (_reader.IsString(property.Name, "id"))
                {
                    return true;
                }
            }

            return false;
        }

        // An id or alias may name only one entry of a file.
        private bool Claim(TextSpan span, string name)
        {
            if (_namesSeen.TryGetValue(name, out var firstAt))
            {
                var line = _text.Lines.GetLinePosition(firstAt).Line + 1;
                Report(span, $"duplicate model name '{name}': line {line} already names a model with it");
                return false;
            }

            _namesSeen.Add(name, span.Start);
            return true;
        }

        private bool ReadFlags(JsonNode value, string property, (string Name, int Flag)[] names, string allowed, out int flags)
        {
            flags = 0;
            if (value.Kind != JsonKind.Array || !value.HasChildren)
            {
                Report(value, $"\"{property}\" must be a non-empty array of {allowed}");
                return false;
            }

            var sound = true;
            foreach (var item in _reader.ItemsOf(value))
            {
                var flag = FlagOf(item, names);
                if (flag == 0)
                {
                    Report(item, $"unknown {property} value {Show(item)}; use {allowed}");
                    sound = false;
                }

                flags |= flag;
            }

            return sound;
        }

        // The flag that a value of "inputs" or "deployment" names, whatever its case; 0 for any other value.
        private int FlagOf(JsonNode item, (string Name, int Flag)[] names)
        {
            foreach (var (name, flag) in names)
            {
                if (_reader.IsStringIgnoringCase(item, name))
                {
                    return flag;
                }
            }

            return 0;
        }

        private string Show(JsonNode node) => node.Kind == JsonKind.String ? $"\"{_reader.StringOf(node)}\"" : node.Description;

        private static TextSpan SpanOf(JsonNode node) => new(node.Start, node.Length);

        private void Report(JsonNode node, string message) => Report(node.Start, node.Length, message);

        private void Report(TextSpan span, string message) => Report(span.Start, span.Length, message);

        private void Report(int start, int length, string message)
        {
            start = Math.Max(0, Math.Min(start, _text.Length));
            length = Math.Max(0, Math.Min(length, _text.Length - start));
            Problems.Add(new FileProblem(new TextSpan(start, length), message));
        }
    }
}
