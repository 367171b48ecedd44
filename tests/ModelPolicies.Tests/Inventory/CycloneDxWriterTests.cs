using System;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Threading;
using ModelPolicies.Analyzers;
using ModelPolicies.Analyzers.Generator;
using ModelPolicies.Analyzers.Inventory;
using ModelPolicies.Testing;
using Xunit;

namespace ModelPolicies.Tests.Inventory;

/// <summary>docs/bom.md: the CycloneDX 1.6 document written from hand-made inventories, checked with the CycloneDX project's validator.</summary>
public class CycloneDxWriterTests
{
    private static readonly InventoryModel Phi4Mini = Model(
        "phi-4-mini", "microsoft", ModelClass.Slm, ModelSize.FromParameters(3_800_000_000), Modality.Text, ModelDeployment.Local | ModelDeployment.Cloud, 40,
        new[] { "chat" }, new[] { "[Edge]" }, new Occurrence("Notes/Summarizer.cs", 14, "Contoso.Notes.Summarizer.SummarizeAsync"));

    private static readonly InventoryModel Gpt4o = Model(
        "gpt-4o", "openai", ModelClass.Fm, ModelSize.FromTier(ModelSizeTier.Large), Modality.Text | Modality.Image, ModelDeployment.Cloud, null,
        new[] { "chat" }, Array.Empty<string>(), new Occurrence("Program.cs", 3, "top-level statements"));

    [CycloneDxFact]
    public void Inventory_without_models_is_a_valid_bom_with_the_assembly_and_no_model_components()
    {
        var json = CycloneDxWriter.Write(Inventory());

        CycloneDx.AssertValid(json);
        using var bom = JsonDocument.Parse(json);
        var root = bom.RootElement;
        Assert.Equal("CycloneDX", root.GetProperty("bomFormat").GetString());
        Assert.Equal("1.6", root.GetProperty("specVersion").GetString());
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        Assert.Matches("^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", root.GetProperty("serialNumber").GetString());
        var component = root.GetProperty("metadata").GetProperty("component");
        Assert.Equal(("application", "Contoso.Field", "1.2.0", "assembly:Contoso.Field"), (component.GetProperty("type").GetString(), component.GetProperty("name").GetString(), component.GetProperty("version").GetString(), component.GetProperty("bom-ref").GetString()));
        Assert.Equal(0, root.GetProperty("components").GetArrayLength());
        Assert.False(root.TryGetProperty("services", out _));
        var dependency = Assert.Single(root.GetProperty("dependencies").EnumerateArray());
        Assert.Equal("assembly:Contoso.Field", dependency.GetProperty("ref").GetString());
        Assert.False(dependency.TryGetProperty("dependsOn", out _));
        Assert.False(root.GetProperty("metadata").TryGetProperty("timestamp", out _));
    }

    [CycloneDxFact]
    public void Known_model_has_its_publisher_task_formats_properties_and_occurrences()
    {
        var json = CycloneDxWriter.Write(Inventory(Phi4Mini));

        CycloneDx.AssertValid(json);
        using var bom = JsonDocument.Parse(json);
        var model = Assert.Single(bom.RootElement.GetProperty("components").EnumerateArray());
        Assert.Equal("machine-learning-model", model.GetProperty("type").GetString());
        Assert.Equal("model:phi-4-mini", model.GetProperty("bom-ref").GetString());
        Assert.Equal("microsoft", model.GetProperty("publisher").GetString());
        Assert.Equal("phi-4-mini", model.GetProperty("name").GetString());
        var parameters = model.GetProperty("modelCard").GetProperty("modelParameters");
        Assert.Equal("chat", parameters.GetProperty("task").GetString());
        Assert.Equal(new[] { "text" }, Formats(parameters, "inputs"));
        Assert.Equal(new[] { "text" }, Formats(parameters, "outputs"));
        Assert.Equal(
            new[]
            {
                ("modelpolicies:known", "true"), ("modelpolicies:class", "slm"), ("modelpolicies:parameters", "3.8B"), ("modelpolicies:deployment", "local, cloud"),
                ("modelpolicies:latencyMs", "40"), ("modelpolicies:tasks", "chat"), ("modelpolicies:contexts", "[Edge]"),
            },
            Properties(model.GetProperty("modelCard")));
        var occurrence = Assert.Single(model.GetProperty("evidence").GetProperty("occurrences").EnumerateArray());
        Assert.Equal(("Notes/Summarizer.cs", 14, "Contoso.Notes.Summarizer.SummarizeAsync"), (occurrence.GetProperty("location").GetString(), occurrence.GetProperty("line").GetInt32(), occurrence.GetProperty("symbol").GetString()));
    }

    [CycloneDxFact]
    public void Unknown_id_is_listed_as_written_with_its_contexts_and_occurrences_and_nothing_it_cannot_know()
    {
        var unknown = new InventoryModel(
            "contoso-\"next\"\nmodel ü", false, null, null, default, Modality.None, EquatableArray<string>.Empty, EquatableArray<string>.Empty, ModelDeployment.None, null,
            new EquatableArray<string>(new[] { "[LowLatency]" }), new EquatableArray<string>(new[] { "contoso-\"next\"\nmodel ü" }),
            new EquatableArray<Occurrence>(new[] { new Occurrence("Live.cs", 9, null) }));

        var json = CycloneDxWriter.Write(Inventory(unknown));

        CycloneDx.AssertValid(json);
        using var bom = JsonDocument.Parse(json);
        var model = Assert.Single(bom.RootElement.GetProperty("components").EnumerateArray());
        Assert.Equal("contoso-\"next\"\nmodel ü", model.GetProperty("name").GetString());
        Assert.Equal("model:contoso-\"next\"\nmodel ü", model.GetProperty("bom-ref").GetString());
        Assert.False(model.TryGetProperty("publisher", out _));
        Assert.False(model.GetProperty("modelCard").TryGetProperty("modelParameters", out _));
        Assert.Equal(new[] { ("modelpolicies:known", "false"), ("modelpolicies:contexts", "[LowLatency]") }, Properties(model.GetProperty("modelCard")));
        var occurrence = Assert.Single(model.GetProperty("evidence").GetProperty("occurrences").EnumerateArray());
        Assert.False(occurrence.TryGetProperty("symbol", out _));
        // An unknown model has no known deployment, so no service.
        Assert.False(bom.RootElement.TryGetProperty("services", out _));
    }

    [CycloneDxFact]
    public void Model_of_several_tasks_names_the_first_as_its_task_lists_all_and_gives_each_output()
    {
        var omni = Model(
            "omni-1", "contoso", ModelClass.Fm, ModelSize.FromTier(ModelSizeTier.VeryLarge), Modality.Text | Modality.Audio, ModelDeployment.Cloud, null,
            new[] { "text-to-speech", "embedding", "chat", "speech-to-text", "image-generation" }, new[] { "[Multimodal(Audio)]", "[LowLatency]" },
            new Occurrence("Voice.cs", 20, "Contoso.Voice.Speak"));
        omni = omni with { Outputs = new EquatableArray<string>(new[] { "audio", "embedding", "text", "image" }) };

        var json = CycloneDxWriter.Write(Inventory(omni));

        CycloneDx.AssertValid(json);
        using var bom = JsonDocument.Parse(json);
        var card = Assert.Single(bom.RootElement.GetProperty("components").EnumerateArray()).GetProperty("modelCard");
        Assert.Equal("chat", card.GetProperty("modelParameters").GetProperty("task").GetString());
        Assert.Equal(new[] { "text", "audio" }, Formats(card.GetProperty("modelParameters"), "inputs"));
        Assert.Equal(new[] { "audio", "embedding", "image", "text" }, Formats(card.GetProperty("modelParameters"), "outputs"));
        var properties = Properties(card);
        Assert.Contains(("modelpolicies:tasks", "chat, embedding, image-generation, speech-to-text, text-to-speech"), properties);
        Assert.Contains(("modelpolicies:size", "very-large"), properties);
        Assert.Contains(("modelpolicies:contexts", "[LowLatency] [Multimodal(Audio)]"), properties);
        Assert.DoesNotContain(properties, p => p.Name == "modelpolicies:parameters");
    }

    [CycloneDxFact]
    public void Model_used_from_several_places_is_one_component_with_each_occurrence_in_file_and_line_order()
    {
        var helper = Phi4Mini with
        {
            Occurrences = new EquatableArray<Occurrence>(new[]
            {
                new Occurrence("Notes/Summarizer.cs", 30, "Contoso.Notes.Summarizer.Ask"),
                new Occurrence("App.cs", 12, "Contoso.App.Run"),
                new Occurrence("Notes/Summarizer.cs", 14, "Contoso.Notes.Summarizer.SummarizeAsync"),
            }),
            NamesUsed = new EquatableArray<string>(new[] { "phi4-mini", "phi-4-mini", "microsoft/Phi-4-mini-instruct" }),
        };

        var json = CycloneDxWriter.Write(Inventory(helper));

        CycloneDx.AssertValid(json);
        using var bom = JsonDocument.Parse(json);
        var model = Assert.Single(bom.RootElement.GetProperty("components").EnumerateArray());
        Assert.Equal(
            new[] { ("App.cs", 12), ("Notes/Summarizer.cs", 14), ("Notes/Summarizer.cs", 30) },
            model.GetProperty("evidence").GetProperty("occurrences").EnumerateArray().Select(o => (o.GetProperty("location").GetString()!, o.GetProperty("line").GetInt32())));
        // The spellings other than the id, as written in the code.
        Assert.Equal(new[] { "microsoft/Phi-4-mini-instruct", "phi4-mini" }, Properties(model.GetProperty("modelCard")).Where(p => p.Name == "modelpolicies:usedAs").Select(p => p.Value));
    }

    [CycloneDxFact]
    public void Cloud_only_models_depend_on_their_providers_service_and_the_assembly_on_every_model()
    {
        var gpt41 = Gpt4o with { Id = "gpt-4.1", Provider = "OpenAI" };
        var local = Phi4Mini with { Id = "fieldnotes-slm", Deployment = ModelDeployment.Local, Provider = "contoso" };

        var json = CycloneDxWriter.Write(Inventory(Gpt4o, local, Phi4Mini, gpt41));

        CycloneDx.AssertValid(json);
        using var bom = JsonDocument.Parse(json);
        var root = bom.RootElement;
        // Providers that differ only in case are one service; a model that can run locally needs none.
        var service = Assert.Single(root.GetProperty("services").EnumerateArray());
        Assert.Equal(("service:OpenAI", "OpenAI", "OpenAI", true), (service.GetProperty("bom-ref").GetString(), service.GetProperty("name").GetString(), service.GetProperty("provider").GetProperty("name").GetString(), service.GetProperty("x-trust-boundary").GetBoolean()));
        Assert.Equal(new[] { "model:fieldnotes-slm", "model:gpt-4.1", "model:gpt-4o", "model:phi-4-mini" }, root.GetProperty("components").EnumerateArray().Select(c => c.GetProperty("bom-ref").GetString()));
        var dependencies = root.GetProperty("dependencies").EnumerateArray().ToDictionary(
            d => d.GetProperty("ref").GetString()!,
            d => d.TryGetProperty("dependsOn", out var on) ? on.EnumerateArray().Select(r => r.GetString()!).ToArray() : Array.Empty<string>());
        Assert.Equal(new[] { "model:fieldnotes-slm", "model:gpt-4.1", "model:gpt-4o", "model:phi-4-mini" }, dependencies["assembly:Contoso.Field"]);
        Assert.Equal(new[] { "service:OpenAI" }, dependencies["model:gpt-4o"]);
        Assert.Equal(new[] { "service:OpenAI" }, dependencies["model:gpt-4.1"]);
        Assert.Empty(dependencies["model:phi-4-mini"]);
        Assert.Empty(dependencies["model:fieldnotes-slm"]);
        Assert.Empty(dependencies["service:OpenAI"]);
    }

    [CycloneDxFact]
    public void Unverified_and_run_time_enforced_uses_are_properties_of_the_assembly_component()
    {
        var inventory = Inventory() with
        {
            IsApplication = false,
            Unverified = new EquatableArray<UnverifiedUse>(new[]
            {
                new UnverifiedUse("Chat.cs", 40, "'ChatOptions.ModelId'", UnverifiedReason.EnforcedAtRunTime),
                new UnverifiedUse("Chat.cs", 22, "parameter 'modelId' of 'GetChatClient'", UnverifiedReason.NotStaticallyKnown),
            }),
        };

        var json = CycloneDxWriter.Write(inventory);

        CycloneDx.AssertValid(json);
        using var bom = JsonDocument.Parse(json);
        var component = bom.RootElement.GetProperty("metadata").GetProperty("component");
        Assert.Equal("library", component.GetProperty("type").GetString());
        Assert.Equal(
            new[] { ("modelpolicies:unverified", "Chat.cs:22: parameter 'modelId' of 'GetChatClient'"), ("modelpolicies:enforcedAtRunTime", "Chat.cs:40: 'ChatOptions.ModelId'") },
            Properties(component));
    }

    [Fact]
    public void Same_inventory_gives_the_same_bytes_in_any_culture_and_order()
    {
        var first = CycloneDxWriter.Write(Inventory(Phi4Mini, Gpt4o));
        var culture = CultureInfo.CurrentCulture;
        try
        {
            // A culture whose digits and separators differ from the invariant ones.
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("ar-SA");
            Assert.Equal(first, CycloneDxWriter.Write(Inventory(Gpt4o, Phi4Mini)));
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }

        Assert.DoesNotContain('\r', first);
        Assert.EndsWith("}\n", first, StringComparison.Ordinal);
        Assert.Contains("\"value\": \"40\"", first, StringComparison.Ordinal);
    }

    [Fact]
    public void Serial_number_follows_the_content()
    {
        var one = JsonDocument.Parse(CycloneDxWriter.Write(Inventory(Phi4Mini))).RootElement.GetProperty("serialNumber").GetString();
        var moved = Phi4Mini with { Occurrences = new EquatableArray<Occurrence>(new[] { new Occurrence("Notes/Summarizer.cs", 15, "Contoso.Notes.Summarizer.SummarizeAsync") }) };
        var other = JsonDocument.Parse(CycloneDxWriter.Write(Inventory(moved))).RootElement.GetProperty("serialNumber").GetString();

        Assert.Equal(one, JsonDocument.Parse(CycloneDxWriter.Write(Inventory(Phi4Mini))).RootElement.GetProperty("serialNumber").GetString());
        Assert.NotEqual(one, other);
    }

    [CycloneDxFact]
    public void The_validator_rejects_what_the_schema_forbids()
    {
        // So that a passing validation above means something: a model card field CycloneDX 1.6 does not have.
        var json = CycloneDxWriter.Write(Inventory(Phi4Mini)).Replace("\"modelParameters\"", "\"modelParams\"", StringComparison.Ordinal);

        Assert.Contains(CycloneDx.Problems(json), p => p.Contains("modelCard", StringComparison.Ordinal));
    }

    internal static ModelInventory Inventory(params InventoryModel[] models) =>
        new("Contoso.Field", "1.2.0", true, "0.1.0", new EquatableArray<InventoryModel>(models), EquatableArray<UnverifiedUse>.Empty);

    private static InventoryModel Model(
        string id, string provider, ModelClass modelClass, ModelSize size, Modality inputs, ModelDeployment deployment, int? latencyMs, string[] tasks, string[] contexts, Occurrence occurrence) =>
        new(id, true, provider, modelClass, size, inputs, new EquatableArray<string>(tasks.Select(ModelTasks.Output).Distinct()), new EquatableArray<string>(tasks),
            deployment, latencyMs, new EquatableArray<string>(contexts), new EquatableArray<string>(new[] { id }), new EquatableArray<Occurrence>(new[] { occurrence }));

    private static string[] Formats(JsonElement parameters, string name) =>
        parameters.GetProperty(name).EnumerateArray().Select(f => f.GetProperty("format").GetString()!).ToArray();

    internal static (string Name, string Value)[] Properties(JsonElement owner) =>
        owner.GetProperty("properties").EnumerateArray().Select(p => (p.GetProperty("name").GetString()!, p.GetProperty("value").GetString()!)).ToArray();
}
