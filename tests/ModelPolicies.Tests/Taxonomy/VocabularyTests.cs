extern alias runtime;

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using ModelPolicies.Analyzers.Catalog;
using ModelPolicies.Tests.Generator;
using ModelPolicies.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Xunit;
using RuntimeChatClient = runtime::ModelPolicies.ModelChatClient;
using RuntimeModality = runtime::ModelPolicies.Modality;
using RuntimeVocabulary = runtime::ModelPolicies.ModelVocabulary;

namespace ModelPolicies.Tests.Taxonomy;

/// <summary>
/// One vocabulary: every value of every taxonomy enum has its word in ModelVocabulary, and every consumer of those
/// words — the catalog reader, the attribute reader, the generator's overloads, the run time's media checks and the
/// JSON schema — takes it from there, so a value cannot be half-added.
/// </summary>
public class VocabularyTests
{
    public static IEnumerable<object[]> Modalities => Enum.GetValues<Modality>().Where(m => m != Modality.None).Select(m => new object[] { (int)m });

    public static IEnumerable<object[]> Tasks => Enum.GetValues<ModelTask>().Where(t => t != ModelTask.None).Select(t => new object[] { (int)t });

    [Fact]
    public void Every_enum_value_has_one_word()
    {
        AssertCovers(Enum.GetValues<ModelClass>(), ModelVocabulary.Classes.Select(c => c.Value));
        AssertCovers(Enum.GetValues<Modality>().Where(m => m != Modality.None), ModelVocabulary.Modalities.Select(m => m.Value));
        AssertCovers(Enum.GetValues<ModelDeployment>().Where(d => d != ModelDeployment.None), ModelVocabulary.Deployments.Select(d => d.Value));
        AssertCovers(Enum.GetValues<ModelSizeTier>().Where(t => t != ModelSizeTier.Unspecified), ModelVocabulary.SizeTiers.Select(t => t.Value));
        AssertCovers(Enum.GetValues<ModelTask>().Where(t => t != ModelTask.None), ModelVocabulary.Tasks.Select(t => t.Value));
        AssertCovers(Enum.GetValues<Requirement>(), ModelVocabulary.Requirements.Select(r => r.Value));

        static void AssertCovers<T>(IEnumerable<T> values, IEnumerable<T> words) => Assert.Equal(values.OrderBy(v => v), words.OrderBy(v => v));
    }

    [Fact]
    public void The_runtime_and_the_analyzer_compile_the_same_vocabulary()
    {
        Assert.Equal(ModelVocabulary.Modalities.Select(m => ((int)m.Value, m.Name, m.MediaTypePrefix)), RuntimeVocabulary.Modalities.Select(m => ((int)m.Value, m.Name, m.MediaTypePrefix)));
        Assert.Equal(ModelVocabulary.Tasks.Select(t => ((int)t.Value, t.Name)), RuntimeVocabulary.Tasks.Select(t => ((int)t.Value, t.Name)));
        Assert.Equal(ModelVocabulary.Classes.Select(c => ((int)c.Value, c.Name)), RuntimeVocabulary.Classes.Select(c => ((int)c.Value, c.Name)));
    }

    [Theory]
    [MemberData(nameof(Modalities))]
    public void Each_modality_reaches_every_consumer(int value)
    {
        var modality = (Modality)value;
        var word = ModelVocabulary.Modalities.Single(m => m.Value == modality);
        var inputs = modality == Modality.Text ? "[\"text\"]" : $"[\"text\", \"{word.Name.ToUpperInvariant()}\"]";

        // The catalog reader takes the word, in any case.
        var file = CatalogFile.Read(SourceText.From($$"""{ "models": [ { "id": "m", "class": "fm", "size": "large", "inputs": {{inputs}} } ] }"""));
        Assert.Empty(file.Problems);
        Assert.Equal(Modality.Text | modality, file.Entries.Single().Entry.Model.Inputs);

        // The attribute reader takes the flag.
        var loaded = ModelPolicies.Tests.Catalog.ModelCatalogTests.Load(null, $"[assembly: ModelPolicies.ModelCatalogEntry(\"m\", ModelPolicies.ModelClass.Fm, Inputs = ModelPolicies.Modality.Text | ModelPolicies.Modality.{modality})]");
        Assert.Empty(loaded.Problems);
        Assert.Equal(Modality.Text | modality, loaded.Catalog.Find("m")!.Model.Inputs);

        // The generator gives a media modality its overloads, and only that one.
        var (output, _) = GeneratorHarness.Generate("namespace Contoso.App { }", GeneratorHarness.Catalog($$"""{ "models": [ { "id": "m", "class": "fm", "size": "large", "inputs": {{inputs}} } ] }"""));
        var client = GeneratorHarness.Load(output).GetType("Contoso.App.Models.MClient", throwOnError: true)!;
        var overloads = client.GetMethods().Where(m => m.Name.EndsWith("ResponseAsync", StringComparison.Ordinal) && m.DeclaringType == client).Select(m => m.Name).Distinct().ToList();
        Assert.Equal(word.MediaTypePrefix is null ? Array.Empty<string>() : new[] { $"Get{modality}ResponseAsync" }, overloads);

        // The run time checks media of that modality by the word's media-type prefix.
        if (word.MediaTypePrefix is { } prefix)
        {
            MediaCheck.Ensure(new Microsoft.Extensions.AI.DataContent(new byte[] { 1 }, prefix + "x-test"), (RuntimeModality)(int)modality);
            Assert.Throws<ArgumentException>(() => MediaCheck.Ensure(new Microsoft.Extensions.AI.DataContent(new byte[] { 1 }, "application/octet-stream"), (RuntimeModality)(int)modality));
        }
        else
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => MediaCheck.Ensure(new Microsoft.Extensions.AI.DataContent(new byte[] { 1 }, "text/plain"), (RuntimeModality)(int)modality));
        }

        // The schema lists the word.
        Assert.Contains(word.Name, SchemaEnum("inputs"));
    }

    [Theory]
    [MemberData(nameof(Tasks))]
    public void Each_task_reaches_the_catalog_readers_and_the_schema(int value)
    {
        var task = (ModelTask)value;
        var word = ModelVocabulary.Tasks.Single(t => t.Value == task).Name;
        var file = CatalogFile.Read(SourceText.From($$"""{ "models": [ { "id": "m", "class": "slm", "tasks": ["{{word}}"] } ] }"""));
        Assert.Empty(file.Problems);
        Assert.Equal(task, file.Entries.Single().Entry.Model.Tasks);

        var loaded = ModelPolicies.Tests.Catalog.ModelCatalogTests.Load(null, $"[assembly: ModelPolicies.ModelCatalogEntry(\"m\", ModelPolicies.ModelClass.Slm, Tasks = ModelPolicies.ModelTask.{task})]");
        Assert.Empty(loaded.Problems);
        Assert.Equal(task, loaded.Catalog.Find("m")!.Model.Tasks);

        Assert.Contains(word, SchemaEnum("tasks"));
    }

    [Fact]
    public void The_schema_lists_exactly_the_vocabulary()
    {
        Assert.Equal(ModelVocabulary.Classes.Select(c => c.Name), SchemaEnum("class"));
        Assert.Equal(ModelVocabulary.SizeTiers.Select(t => t.Name), SchemaEnum("size"));
        Assert.Equal(ModelVocabulary.Modalities.Select(m => m.Name), SchemaEnum("inputs"));
        Assert.Equal(ModelVocabulary.Deployments.Select(d => d.Name), SchemaEnum("deployment"));
        Assert.Equal(ModelVocabulary.Tasks.Select(t => t.Name), SchemaEnum("tasks"));
    }

    [Fact]
    public void Messages_and_readers_name_the_allowed_words_from_the_vocabulary()
    {
        var file = CatalogFile.Read(SourceText.From("""{ "models": [ { "id": "m", "class": "slm", "tasks": ["dance"] } ] }"""));
        Assert.Equal("unknown tasks value \"dance\"; use \"chat\", \"embedding\", \"image-generation\", \"speech-to-text\" or \"text-to-speech\"", Assert.Single(file.Problems).Message);
        Assert.Equal("[Edge]", ModelVocabulary.Marker(Requirement.Edge));
        Assert.Equal("SLM", ModelTaxonomy.ClassName(ModelClass.Slm));
        Assert.Equal("text, image, video", ModelTaxonomy.Names(Modality.Video | Modality.Image | Modality.Text));
        Assert.Equal("embedding, speech-to-text", ModelVocabulary.Names(ModelTask.SpeechToText | ModelTask.Embedding));
    }

    private static IEnumerable<string> SchemaEnum(string property)
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Repository.PathOf("docs/models.schema.json")));
        var definition = schema.RootElement.GetProperty("$defs").GetProperty("model").GetProperty("properties").GetProperty(property);
        var values = definition.TryGetProperty("items", out var items) ? items.GetProperty("enum") : definition.GetProperty("enum");
        return values.EnumerateArray().Select(v => v.GetString()!).ToList();
    }

    // ModelChatClient.EnsureMediaType is what the generated overloads call before sending media.
    private abstract class MediaCheck : RuntimeChatClient
    {
        private MediaCheck()
            : base(null!, null!)
        {
        }

        public static void Ensure(Microsoft.Extensions.AI.AIContent media, RuntimeModality modality) => EnsureMediaType(media, modality);
    }
}
