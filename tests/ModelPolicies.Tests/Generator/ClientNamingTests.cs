using System.Linq;
using ModelPolicies.Analyzers.Catalog;
using ModelPolicies.Analyzers.Generator;
using Xunit;

namespace ModelPolicies.Tests.Generator;

public class ClientNamingTests
{
    [Theory]
    [InlineData("phi-4-mini", "Phi4MiniClient")]
    [InlineData("gpt-4o", "Gpt4oClient")]
    [InlineData("llama-3.1-8b", "Llama31_8bClient")]
    [InlineData("qwen2.5-vl-7b", "Qwen25Vl7bClient")]
    [InlineData("microsoft/Phi-4-mini-instruct", "MicrosoftPhi4MiniInstructClient")]
    [InlineData("llama3.1:70b", "Llama31_70bClient")]
    [InlineData("class", "ClassClient")]
    [InlineData("4o-mini", "Model4oMiniClient")]
    [InlineData("a\"b\\c", "ABCClient")]
    [InlineData("mod\u00e8le-x", "ModLeXClient")]
    [InlineData("abc\u202Edef", "AbcDefClient")]
    public void Ids_become_readable_identifiers(string id, string expected) =>
        Assert.Equal(expected, ChatClientName(ClientNaming.Assign(new[] { id })[id]));

    [Fact]
    public void An_id_without_ascii_letters_gets_a_stable_hashed_name()
    {
        var name = ChatClientName(ClientNaming.Assign(new[] { "\u65e5\u672c" })["\u65e5\u672c"]);
        Assert.Matches("^Model_[0-9a-f]{8}Client$", name);
        Assert.Equal(name, ChatClientName(ClientNaming.Assign(new[] { "\u65e5\u672c" })["\u65e5\u672c"]));
    }

    [Fact]
    public void Colliding_ids_get_numbered_in_ordinal_order()
    {
        var stems = ClientNaming.Assign(new[] { "phi4-mini", "phi-4-mini", "phi_4_mini" });
        Assert.Equal("Phi4MiniClient", ChatClientName(stems["phi-4-mini"]));
        Assert.Equal("Phi4Mini_2Client", ChatClientName(stems["phi4-mini"]));
        Assert.Equal("Phi4Mini_3Client", ChatClientName(stems["phi_4_mini"]));
    }

    [Fact]
    public void Every_type_of_a_model_shares_its_stem_and_adds_its_tasks_suffix()
    {
        var stem = ClientNaming.Assign(new[] { "text-embedding-3-small" })["text-embedding-3-small"];
        Assert.Equal(
            new[]
            {
                (ModelTask.Chat, "TextEmbedding3SmallClient"),
                (ModelTask.Embedding, "TextEmbedding3SmallEmbeddingGenerator"),
                (ModelTask.ImageGeneration, "TextEmbedding3SmallImageGenerator"),
                (ModelTask.SpeechToText, "TextEmbedding3SmallSpeechToTextClient"),
                (ModelTask.TextToSpeech, "TextEmbedding3SmallTextToSpeechClient"),
            },
            ClientNaming.TypeNames(stem, ModelVocabulary.AllTasks));
        Assert.Equal(new[] { (ModelTask.Embedding, "TextEmbedding3SmallEmbeddingGenerator") }, ClientNaming.TypeNames(stem, ModelTask.Embedding));
    }

    [Fact]
    public void Types_come_in_the_vocabularys_order_of_tasks()
    {
        Assert.Equal(ModelVocabulary.Tasks.Select(t => t.Value), ClientNaming.TaskSuffixes.Select(s => s.Task));
    }

    [Fact]
    public void Ids_with_one_stem_are_numbered_without_regard_to_their_models_tasks()
    {
        // Naming sees ids only: whatever the two models do, the second is numbered, so a task edit never renames a client.
        var stems = ClientNaming.Assign(new[] { "nomic-embed", "nomic.embed" });
        Assert.Equal("NomicEmbed", stems["nomic-embed"]);
        Assert.Equal("NomicEmbed_2", stems["nomic.embed"]);
    }

    [Fact]
    public void A_stem_that_is_another_stem_plus_a_task_is_numbered_so_no_type_name_is_shared()
    {
        // "x" holds XSpeechToTextClient (its speech-to-text name), which is also "x-speech-to-text"'s chat client's name.
        var stems = ClientNaming.Assign(new[] { "x-speech-to-text", "x" });
        Assert.Equal("X", stems["x"]);
        Assert.Equal("XSpeechToText_2", stems["x-speech-to-text"]);
        Assert.Equal(10, stems.Values.SelectMany(ClientNaming.HeldNames).Distinct().Count());
    }

    private static string ChatClientName(string stem) => ClientNaming.TypeNames(stem, ModelTask.Chat).Single().Name;
}
