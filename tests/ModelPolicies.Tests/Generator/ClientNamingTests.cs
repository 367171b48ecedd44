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
        Assert.Equal(expected, ClientNaming.Assign(new[] { id })[id]);

    [Fact]
    public void An_id_without_ascii_letters_gets_a_stable_hashed_name()
    {
        var name = ClientNaming.Assign(new[] { "\u65e5\u672c" })["\u65e5\u672c"];
        Assert.Matches("^Model_[0-9a-f]{8}Client$", name);
        Assert.Equal(name, ClientNaming.Assign(new[] { "\u65e5\u672c" })["\u65e5\u672c"]);
    }

    [Fact]
    public void Colliding_ids_get_numbered_in_ordinal_order()
    {
        var names = ClientNaming.Assign(new[] { "phi4-mini", "phi-4-mini", "phi_4_mini" });
        Assert.Equal("Phi4MiniClient", names["phi-4-mini"]);
        Assert.Equal("Phi4Mini_2Client", names["phi4-mini"]);
        Assert.Equal("Phi4Mini_3Client", names["phi_4_mini"]);
    }
}
