using System;
using System.Linq;
using System.Reflection;
using System.Text;
using Xunit;

namespace ModelPolicies.Tests.Generator;

/// <summary>Any id, alias or provider string yields compiling code that reads back exactly.</summary>
public class EscapingTests
{
    public static TheoryData<string> AwkwardIds => new()
    {
        "class",
        "4o-mini",
        "say \"cheese\"",
        "back\\slash\\",
        "mod\u00e8le-\u65e5\u672c",
        "abc\u202Edef\u2066",
        "line\nbreak\r\ttab",
        "\u65e5\u672c\u8a9e",
        "emoji-\ud83d\ude80",
        "*/ /* </summary> <c>&amp;",
        "trailing-\\u0041",
    };

    [Theory]
    [MemberData(nameof(AwkwardIds))]
    public void An_awkward_id_compiles_and_round_trips(string id)
    {
        var json = "{ \"models\": [ { \"id\": " + Json(id) + ", \"class\": \"slm\", \"provider\": " + Json(id + "-provider") + " } ] }";
        var (output, run) = GeneratorHarness.Generate("namespace Contoso.App { }", GeneratorHarness.Catalog(json));
        Assert.Empty(GeneratorHarness.Errors(output));

        var type = GeneratorHarness.Load(output).GetTypes().Single(t => t.Name.EndsWith("Client", StringComparison.Ordinal) && t.Namespace == "Contoso.App.Models");
        Assert.Equal(id, type.GetField("ModelId")!.GetRawConstantValue());
        var attribute = type.GetCustomAttributesData().Single(a => a.AttributeType.Name == "ModelClientAttribute");
        Assert.Equal(id, attribute.ConstructorArguments[0].Value);
        var descriptor = type.GetProperty("Descriptor", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        Assert.Equal(id + "-provider", descriptor.GetType().GetProperty("Provider")!.GetValue(descriptor));
        Assert.Single(GeneratorHarness.ClientFiles(run));
    }

    [Fact]
    public void Ids_that_collide_after_normalisation_still_compile_deterministically()
    {
        const string json = """
            { "models": [
              { "id": "phi-4-mini", "class": "slm" },
              { "id": "phi4-mini", "class": "slm" },
              { "id": "phi_4_mini", "class": "slm" }
            ] }
            """;
        var first = GeneratorHarness.Generate("namespace Contoso.App { }", GeneratorHarness.Catalog(json));
        var second = GeneratorHarness.Generate("namespace Contoso.App { }", GeneratorHarness.Catalog(json));
        Assert.Empty(GeneratorHarness.Errors(first.Output));
        Assert.Equal("Contoso.App.Models.ModelClients.g.cs", GeneratorHarness.GeneratedFile(first.Run).HintName);
        Assert.Equal(new[] { "Phi4MiniClient", "Phi4Mini_2Client", "Phi4Mini_3Client" }, GeneratorHarness.ClientNames(first.Run));
        Assert.Equal(
            GeneratorHarness.GeneratedFile(first.Run).SourceText.ToString(),
            GeneratorHarness.GeneratedFile(second.Run).SourceText.ToString());
    }

    // A JSON string literal for any text.
    private static string Json(string text)
    {
        var json = new StringBuilder("\"");
        foreach (var c in text)
        {
            json.Append(c is '"' or '\\' ? "\\" + c : c < ' ' ? $"\\u{(int)c:x4}" : c.ToString());
        }

        return json.Append('"').ToString();
    }
}
