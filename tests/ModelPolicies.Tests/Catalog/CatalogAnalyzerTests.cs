using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = ModelPolicies.Tests.Infrastructure.AnalyzerVerifier<ModelPolicies.Analyzers.Rules.CatalogAnalyzer>;

namespace ModelPolicies.Tests.Catalog;

public class CatalogAnalyzerTests
{
    private const string Program = "class Program { static void Main() { } }";

    [Fact]
    public async Task Valid_catalog_file_reports_nothing()
    {
        await VerifyCatalogAsync("""
            {
              "$schema": "https://example.test/models.schema.json",
              "models": [
                { "id": "phi-4-mini", "aliases": ["phi4-mini"], "class": "slm", "parameters": "3.8B",
                  "inputs": ["text"], "deployment": ["local", "cloud"], "latencyMs": 40,
                  "provider": "microsoft", "fineTunable": true, "description": "ignored", "source": "ignored" },
                { "id": "contoso-vision", "class": "fm", "size": "large", "inputs": ["text", "image"],
                  "deployment": ["cloud"] }
              ]
            }
            """);
    }

    [Fact]
    public async Task Unknown_class_is_reported_at_its_value()
    {
        await VerifyCatalogAsync("""
            { "models": [ { "id": "x", "class": {|#0:"xlm"|} } ] }
            """,
            Malformed(0, "unknown class \"xlm\"; use \"llm\", \"slm\" or \"fm\""));
    }

    [Fact]
    public async Task Missing_id_is_reported_at_the_entry()
    {
        await VerifyCatalogAsync("""
            { "models": [ {|#0:{|} "class": "slm", "parameters": "3B" } ] }
            """,
            Malformed(0, "the model entry has no \"id\""));
    }

    [Fact]
    public async Task Blank_or_non_string_id_is_reported()
    {
        await VerifyCatalogAsync("""
            { "models": [
              { "id": {|#0:"  "|}, "class": "slm" },
              { "id": {|#1:42|}, "class": "slm" }
            ] }
            """,
            Malformed(0, "\"id\" must be a non-empty string"),
            Malformed(1, "\"id\" must be a non-empty string"));
    }

    [Fact]
    public async Task Missing_class_is_reported_at_the_id()
    {
        await VerifyCatalogAsync("""
            { "models": [ { "id": {|#0:"mystery"|}, "parameters": "3B" } ] }
            """,
            Malformed(0, "model 'mystery' has no \"class\"; use \"llm\", \"slm\" or \"fm\""));
    }

    [Fact]
    public async Task Unknown_inputs_and_deployment_values_are_reported_at_each_value()
    {
        await VerifyCatalogAsync("""
            { "models": [
              { "id": "a", "class": "fm", "inputs": ["text", {|#0:"smell"|}] },
              { "id": "b", "class": "slm", "deployment": [{|#1:"edge"|}] },
              { "id": "c", "class": "slm", "inputs": {|#2:[]|} },
              { "id": "d", "class": "slm", "deployment": {|#3:"local"|} }
            ] }
            """,
            Malformed(0, "unknown inputs value \"smell\"; use \"text\", \"image\", \"audio\" or \"video\""),
            Malformed(1, "unknown deployment value \"edge\"; use \"local\" or \"cloud\""),
            Malformed(2, "\"inputs\" must be a non-empty array of \"text\", \"image\", \"audio\" or \"video\""),
            Malformed(3, "\"deployment\" must be a non-empty array of \"local\" or \"cloud\""));
    }

    [Fact]
    public async Task Bad_parameters_size_and_latency_are_reported()
    {
        await VerifyCatalogAsync("""
            { "models": [
              { "id": "a", "class": "slm", "parameters": {|#0:"3.8"|} },
              { "id": "b", "class": "slm", "parameters": {|#1:3800000000|} },
              { "id": "c", "class": "llm", "size": {|#2:"huge"|} },
              { "id": "d", "class": "slm", "latencyMs": {|#3:-5|} },
              { "id": "e", "class": "slm", "latencyMs": {|#4:12.5|} }
            ] }
            """,
            Malformed(0, "invalid \"parameters\": '3.8' has no unit; end it with M, B or T, as in '3.8B'"),
            Malformed(1, "\"parameters\" must be a string such as \"3.8B\", \"135M\" or \"1.8T\""),
            Malformed(2, "unknown size \"huge\"; use \"small\", \"large\" or \"very-large\""),
            Malformed(3, "\"latencyMs\" must be a positive whole number of milliseconds"),
            Malformed(4, "\"latencyMs\" must be a positive whole number of milliseconds"));
    }

    [Fact]
    public async Task Duplicate_ids_and_aliases_in_one_file_are_reported_at_the_second()
    {
        await VerifyCatalogAsync("""
            { "models": [
              { "id": "tiny", "aliases": ["tiny:1b"], "class": "slm", "parameters": "1B" },
              { "id": {|#0:"TINY"|}, "class": "slm", "parameters": "1B" },
              { "id": "other", "aliases": [{|#1:"tiny:1b"|}], "class": "slm", "parameters": "2B" }
            ] }
            """,
            Malformed(0, "duplicate model name 'TINY': line 2 already names a model with it"),
            Malformed(1, "duplicate model name 'tiny:1b': line 2 already names a model with it"));
    }

    [Fact]
    public async Task Unknown_property_and_wrong_types_of_optional_values_are_reported()
    {
        await VerifyCatalogAsync("""
            { "models": [
              { "id": "a", "class": "slm", {|#0:"paramters"|}: "3B", "provider": {|#1:7|},
                "fineTunable": {|#2:"yes"|}, "aliases": [{|#3:""|}] },
              { "id": "b", "class": "slm", "aliases": {|#4:"b2"|} }
            ] }
            """,
            Malformed(0, "unknown property \"paramters\"; see docs/models.schema.json"),
            Malformed(1, "\"provider\" must be a string"),
            Malformed(2, "\"fineTunable\" must be true or false"),
            Malformed(3, "each alias must be a non-empty string"),
            Malformed(4, "\"aliases\" must be an array of strings"));
    }

    [Fact]
    public async Task Entry_that_is_not_an_object_is_reported()
    {
        await VerifyCatalogAsync("""
            { "models": [ {|#0:"phi-4-mini"|}, {|#1:[1]|} ] }
            """,
            Malformed(0, "a model entry must be an object, not a string"),
            Malformed(1, "a model entry must be an object, not an array"));
    }

    [Fact]
    public async Task Wrong_document_shapes_are_reported()
    {
        await VerifyCatalogAsync("{|#0:[|}]", Malformed(0, "a catalog is a JSON object with a \"models\" array: { \"models\": [ … ] }"));
        await VerifyCatalogAsync("{|#0:{|} \"other\": 1 }", Malformed(0, "the catalog has no \"models\" array"));
        await VerifyCatalogAsync("{ \"models\": {|#0:{}|} }", Malformed(0, "\"models\" must be an array, not an object"));
        await VerifyCatalogAsync("{|#0:|}", Malformed(0, "a catalog is a JSON object with a \"models\" array: { \"models\": [ … ] }"));
    }

    [Fact]
    public async Task Syntax_errors_are_located_at_line_and_column()
    {
        await VerifyCatalogAsync("""
            { "models": [
              { "id": "a", "class" {|#0:"|}slm" }
            ] }
            """,
            Malformed(0, "expected ':' after property name \"class\""));
        await VerifyCatalogAsync("""
            { "models": [
              { "id": "a", "class": "slm" } {|#0:{|} "id": "b", "class": "slm" }
            ] }
            """,
            Malformed(0, "expected ',' or ']' after a model entry"));
        await VerifyCatalogAsync("""
            { "models": [ { "id": "a", "class": {|#0:t|}ru } ] }
            """,
            Malformed(0, "unexpected word where a value was expected (did you mean true?)"));
        await VerifyCatalogAsync("""
            { "models": [ { "id": "a{|#0:\|}q", "class": "slm" } ] }
            """,
            Malformed(0, "invalid escape sequence '\\q'"));
    }

    [Fact]
    public async Task Truncated_file_is_reported_at_the_end()
    {
        await VerifyCatalogAsync("""
            { "models": [ { "id": "a", "class": "slm" }{|#0:|}
            """,
            Malformed(0, "the file ends inside the \"models\" array; expected ']'"));
        await VerifyCatalogAsync("{ \"models\": [ { \"id\": {|#0:\"|}a", Malformed(0, "a string is not closed before the end of the file"));
    }

    [Fact]
    public async Task Text_after_the_catalog_is_reported()
    {
        await VerifyCatalogAsync("{ \"models\": [] } {|#0:x|}", Malformed(0, "unexpected text after the end of the catalog"));
    }

    [Fact]
    public async Task Deep_nesting_is_reported_not_a_crash()
    {
        var deep = new string('[', 500);
        await VerifyCatalogAsync("{ \"models\": [ { \"id\": \"a\", \"class\": \"slm\", \"x\": " + deep.Substring(0, 64) + "{|#0:[|}" + deep.Substring(65) + " } ] }",
            Malformed(0, "nesting deeper than 64 levels"));
    }

    [Fact]
    public async Task Class_contradicting_size_is_reported_as_MP0004_at_the_class()
    {
        await VerifyCatalogAsync("""
            { "models": [
              { "id": "big", "class": {|#0:"slm"|}, "parameters": "70B" },
              { "id": "seeing", "class": {|#1:"llm"|}, "size": "large", "inputs": ["text", "image"] }
            ] }
            """,
            Verify.Diagnostic("MP0004").WithLocation(0).WithArguments("big", "slm", "it is text-only and 70B parameters is beyond the 15B SLM boundary: a large language model (llm)", "llm"),
            Verify.Diagnostic("MP0004").WithLocation(1).WithArguments("seeing", "llm", "it takes text, image input, so it is multimodal: a foundation model (fm)", "fm"));
    }

    [Fact]
    public async Task The_slm_boundary_option_changes_what_contradicts()
    {
        var test = new Verify.Test { TestCode = Program };
        test.TestState.AdditionalFiles.Add(("models.json", """{ "models": [ { "id": "mid", "class": {|#0:"slm"|}, "parameters": "8B" } ] }"""));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nmodel_policies.slm_max_parameters = 7B\n"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("MP0004").WithLocation(0).WithArguments("mid", "slm", "it is text-only and 8B parameters is beyond the 7B SLM boundary: a large language model (llm)", "llm"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Files_not_named_as_catalogs_are_ignored_and_named_ones_are_read()
    {
        var test = new Verify.Test { TestCode = Program };
        test.TestState.AdditionalFiles.Add(("/p/settings.json", "{ not json"));
        test.TestState.AdditionalFiles.Add(("/p/vision.models.json", "{|#0:{|} }"));
        test.TestState.AdditionalFiles.Add(("/p/config/custom-catalog.json", "{|#1:[|}]"));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.ModelPoliciesCatalog = config/custom-catalog.json\n"));
        test.ExpectedDiagnostics.Add(Malformed(1, "a catalog is a JSON object with a \"models\" array: { \"models\": [ … ] }"));
        test.ExpectedDiagnostics.Add(Malformed(0, "the catalog has no \"models\" array"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Assembly_entries_with_bad_values_are_reported_on_the_attribute()
    {
        await VerifyAsync("""
            using ModelPolicies;

            [assembly: {|#0:ModelCatalogEntry("tiny", ModelClass.Slm, Parameters = "tiny")|}]
            [assembly: {|#1:ModelCatalogEntry(" ", ModelClass.Slm)|}]
            [assembly: {|#2:ModelCatalogEntry("odd", (ModelClass)9)|}]
            [assembly: ModelCatalogEntry("twice", ModelClass.Slm, Parameters = "1B")]
            [assembly: {|#3:ModelCatalogEntry("twice", ModelClass.Slm, Parameters = "2B")|}]
            [assembly: {|#4:ModelCatalogEntry("none", ModelClass.Slm, Inputs = Modality.None)|}]
            [assembly: {|#5:ModelCatalogEntry("nowhere", ModelClass.Slm, Deployment = ModelDeployment.None)|}]
            [assembly: {|#6:ModelCatalogEntry("late", ModelClass.Slm, LatencyMs = -1)|}]
            [assembly: {|#7:ModelCatalogEntry("wide", ModelClass.Slm, Size = (ModelSizeTier)7)|}]
            class Program { static void Main() { } }
            """,
            Malformed(0, "'tiny' has invalid Parameters: 'tiny' has no unit; end it with M, B or T, as in '3.8B'"),
            Malformed(1, "[ModelCatalogEntry] has an empty model id"),
            Malformed(2, "'odd' has an unknown ModelClass value 9"),
            Malformed(3, "duplicate [ModelCatalogEntry] for 'twice'"),
            Malformed(4, "'none' has invalid Inputs 0; combine Modality.Text, Image, Audio and Video"),
            Malformed(5, "'nowhere' has invalid Deployment 0; use ModelDeployment.Local, Cloud or both"),
            Malformed(6, "'late' has a negative LatencyMs"),
            Malformed(7, "'wide' has an unknown ModelSizeTier value 7"));
    }

    [Fact]
    public async Task Assembly_entry_contradicting_its_inputs_is_reported_as_MP0004()
    {
        await VerifyAsync("""
            using ModelPolicies;

            [assembly: {|#0:ModelCatalogEntry("scanner", ModelClass.Slm, Parameters = "2B", Inputs = Modality.Text | Modality.Image, Deployment = ModelDeployment.Local)|}]
            [assembly: ModelCatalogEntry("notes", ModelClass.Slm, Parameters = "2B", Deployment = ModelDeployment.Local)]
            class Program { static void Main() { } }
            """,
            Verify.Diagnostic("MP0004").WithLocation(0).WithArguments("scanner", "slm", "it takes text, image input, so it is multimodal: a foundation model (fm)", "fm"));
    }

    [Fact]
    public async Task Invalid_options_are_reported_once_and_defaults_are_used()
    {
        var test = new Verify.Test { TestCode = Program };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", """
            is_global = true
            model_policies.slm_max_parameters = lots
            model_policies.edge_max_parameters = 4
            model_policies.low_latency_max_ms = fast
            model_policies.builtin_catalog = maybe
            model_policies.model_id_sinks = M:Contoso.Ai.Ask(System.String,System.Int32), Contoso.Ai.Ask
            """));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("MP0011").WithNoLocation().WithArguments("model_policies.slm_max_parameters", "lots", "'lots' has no unit; end it with M, B or T, as in '3.8B'", "the default 15B is used"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("MP0011").WithNoLocation().WithArguments("model_policies.edge_max_parameters", "4", "'4' has no unit; end it with M, B or T, as in '3.8B'", "the SLM boundary is used"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("MP0011").WithNoLocation().WithArguments("model_policies.low_latency_max_ms", "fast", "expected a positive whole number of milliseconds", "the default 300 is used"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("MP0011").WithNoLocation().WithArguments("model_policies.builtin_catalog", "maybe", "expected true or false", "the default true is used"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("MP0011").WithNoLocation().WithArguments("model_policies.model_id_sinks", "Contoso.Ai.Ask", "expected a documentation-comment id of a method, property or field, such as 'M:Contoso.Ai.Client.Ask(System.String)'", "this sink is ignored"));
        await test.RunAsync();
    }

    // Without a collision among the files' models, added models are checked against them and against each other.
    [Fact]
    public async Task Added_models_that_collide_with_each_other_or_with_a_file_model_are_reported()
    {
        var test = new Verify.Test
        {
            TestCode = """
                using ModelPolicies;
                [assembly: ModelCatalogEntry("x-1", ModelClass.Slm)]
                [assembly: {|#0:ModelCatalogEntry("x_1", ModelClass.Slm)|}]
                [assembly: {|#1:ModelCatalogEntry("house.slm", ModelClass.Slm)|}]
                [assembly: ModelClient("gpt-4o")]
                class Program { static void Main() { } }
                """,
        };
        test.TestState.AdditionalFiles.Add(("models.json", """{ "models": [ { "id": "house-slm", "class": "slm" } ] }"""));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("MP0012").WithLocation(0).WithArguments("x_1", "x-1", "X1Client", "X1_2Client"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("MP0012").WithLocation(1).WithArguments("house.slm", "house-slm", "HouseSlmClient", "HouseSlm_2Client"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Models_whose_client_names_collide_are_reported_with_the_name_they_get()
    {
        var test = new Verify.Test
        {
            TestCode = """
                using ModelPolicies;
                [assembly: {|#1:ModelCatalogEntry("phi_4_mini", ModelClass.Slm)|}]
                [assembly: ModelClient("phi4-mini")]
                [assembly: ModelClient("gpt-4o")]
                class Program { static void Main() { } }
                """,
        };
        test.TestState.AdditionalFiles.Add(("models.json", """
            { "models": [
              { "id": "phi-4-mini", "class": "slm" },
              {|#0:{ "id": "phi4-mini", "class": "slm" }|},
              { "id": "gpt-4o-mini", "class": "fm", "inputs": ["text", "image"] }
            ] }
            """));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("MP0012").WithLocation(0).WithArguments("phi4-mini", "phi-4-mini", "Phi4MiniClient", "Phi4Mini_2Client"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("MP0012").WithLocation(1).WithArguments("phi_4_mini", "phi-4-mini", "Phi4MiniClient", "Phi4Mini_3Client"));
        await test.RunAsync();
    }

    // Collisions are decided on stems, which every type of a model shares: each model is reported once, by the name of
    // its own first task's type.
    [Fact]
    public async Task A_model_of_several_tasks_colliding_on_its_stem_is_reported_once_by_its_own_types_name()
    {
        await VerifyCatalogAsync("""
            { "models": [
              { "id": "house-embed", "class": "slm", "tasks": ["embedding"] },
              {|#0:{ "id": "house.embed", "class": "fm", "inputs": ["audio"], "tasks": ["speech-to-text", "text-to-speech"] }|},
              {|#1:{ "id": "house_embed", "class": "slm" }|}
            ] }
            """,
            Verify.Diagnostic("MP0012").WithLocation(0).WithArguments("house.embed", "house-embed", "HouseEmbedSpeechToTextClient", "HouseEmbed_2SpeechToTextClient"),
            Verify.Diagnostic("MP0012").WithLocation(1).WithArguments("house_embed", "house-embed", "HouseEmbedClient", "HouseEmbed_3Client"));
    }

    // "x" holds XSpeechToTextClient whatever its tasks, so the chat model "x-speech-to-text" is numbered and told why.
    [Fact]
    public async Task A_stem_meeting_another_models_task_type_name_is_reported()
    {
        await VerifyCatalogAsync("""
            { "models": [
              { "id": "x", "class": "slm", "tasks": ["embedding"] },
              {|#0:{ "id": "x-speech-to-text", "class": "slm" }|}
            ] }
            """,
            Verify.Diagnostic("MP0012").WithLocation(0).WithArguments("x-speech-to-text", "x", "XSpeechToTextClient", "XSpeechToText_2Client"));
    }

    // The same meeting when the shorter stem comes from an attribute: the files' names cannot simply be kept.
    [Fact]
    public async Task An_added_model_whose_task_name_meets_a_file_models_stem_renames_the_file_model()
    {
        var test = new Verify.Test
        {
            TestCode = """
                using ModelPolicies;
                [assembly: ModelCatalogEntry("x", ModelClass.Slm, Tasks = ModelTask.Embedding)]
                class Program { static void Main() { } }
                """,
        };
        test.TestState.AdditionalFiles.Add(("models.json", """{ "models": [ {|#0:{ "id": "x-speech-to-text", "class": "slm" }|} ] }"""));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("MP0012").WithLocation(0).WithArguments("x-speech-to-text", "x", "XSpeechToTextClient", "XSpeechToText_2Client"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Nothing_is_reported_without_a_reference_to_ModelPolicies()
    {
        var test = new Verify.Test { TestCode = Program };
        test.TestState.AdditionalReferences.Clear();
        test.TestState.AdditionalReferences.AddRange(System.Linq.Enumerable.Where(Infrastructure.TestReferences.All, r => !r.Display!.EndsWith("ModelPolicies.dll", System.StringComparison.Ordinal)));
        test.TestState.AdditionalFiles.Add(("models.json", "garbage"));
        await test.RunAsync();
    }

    private static DiagnosticResult Malformed(int location, string message) =>
        Verify.Diagnostic("MP0008").WithLocation(location).WithArguments(message);

    private static Task VerifyAsync(string source, params DiagnosticResult[] expected) => Verify.VerifyAsync(source, expected);

    private static Task VerifyCatalogAsync(string catalog, params DiagnosticResult[] expected)
    {
        var test = new Verify.Test { TestCode = Program };
        test.TestState.AdditionalFiles.Add(("models.json", catalog));
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
