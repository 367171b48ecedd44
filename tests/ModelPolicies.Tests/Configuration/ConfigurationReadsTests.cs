using System.Linq;
using ModelPolicies.Analyzers.Configuration;
using Microsoft.CodeAnalysis.Operations;
using Xunit;
using static ModelPolicies.Tests.Configuration.ConfigurationHarness;

namespace ModelPolicies.Tests.Configuration;

// Reads of IConfiguration with constant keys, resolved against the project's settings files.
public class ConfigurationReadsTests
{
    private const string Appsettings = """
        {
          "AI": {
            "Chat": { "ModelId": "gpt-4o" },
            "Embedding": { "model": "text-embedding-3-small" },
            "Models": [ "phi-4-mini", "llama3.2:3b" ],
            "Empty": ""
          },
          "ConnectionStrings": {
            "chat": "Endpoint=https://contoso.openai.azure.com/;Key=secret;Deployment=gpt-4o-mini",
            "search": "Endpoint=https://search/;Key=secret"
          }
        }
        """;

    private const string Production = """
        {
          // Production runs the small model.
          "ai": { "chat": { "modelId": "phi-4-mini" } },
        }
        """;

    private static readonly (string, string)[] BothFiles = { ("/app/appsettings.json", Appsettings), ("/app/appsettings.Production.json", Production) };

    private static readonly (string, string)[] OneFile = { ("/app/appsettings.json", Appsettings) };

    [Fact]
    public void An_indexer_with_a_constant_key_gives_the_value_of_every_settings_file()
    {
        var read = Resolve("""
            class Chat
            {
                string Model(IConfiguration config) => [|config["AI:Chat:ModelId"]|]!;
            }
            """, BothFiles);

        Assert.NotNull(read);
        Assert.Equal(new[] { "AI:Chat:ModelId" }, read!.Keys);
        Assert.Equal("'AI:Chat:ModelId'", read.Key);
        Assert.Equal(new[] { "/app/appsettings.Production.json: ai:chat:modelId = phi-4-mini", "/app/appsettings.json: AI:Chat:ModelId = gpt-4o" }, Describe(read));
        Assert.Equal(new[] { "\"phi-4-mini\"", "\"gpt-4o\"" }, Written(read));
        Assert.All(read.Values, v => Assert.Equal(v.Span, v.Location.SourceSpan));
        Assert.Equal(new[] { 2, 2 }, read.Values.Select(v => v.Location.GetLineSpan().StartLinePosition.Line));
        Assert.Null(read.Fallback);
        Assert.False(read.IsConnectionString);
    }

    [Theory]
    [InlineData("""config.GetSection("AI").GetSection("Chat")["ModelId"]""")]
    [InlineData("""config.GetSection("AI")["Chat:ModelId"]""")]
    [InlineData("""config.GetRequiredSection("AI").GetSection("Chat")["ModelId"]""")]
    [InlineData("""config.GetSection("AI:Chat:ModelId").Value""")]
    [InlineData("""config.GetSection("AI").GetSection("Chat").GetSection("ModelId").Value""")]
    [InlineData("""config.GetValue<string>("AI:Chat:ModelId")""")]
    [InlineData("""config.GetSection("AI:Chat").GetValue<string>("ModelId")""")]
    [InlineData("""(string?)config.GetValue(typeof(string), "AI:Chat:ModelId")""")]
    [InlineData("""config.GetSection("AI:Chat:ModelId").Get<string>()""")]
    [InlineData("""config?.GetSection("AI")?["Chat:ModelId"]""")]
    [InlineData("""((config.GetSection("AI")))["Chat:ModelId"]""")]
    public void Every_access_form_reads_the_joined_key(string expression)
    {
        var read = Resolve($$"""
            class Chat
            {
                string? Model(IConfiguration config) => [|{{expression}}|];
            }
            """, OneFile);

        Assert.NotNull(read);
        Assert.Equal("AI:Chat:ModelId", read!.Keys.Single(), ignoreCase: true);
        Assert.Equal(new[] { "/app/appsettings.json: AI:Chat:ModelId = gpt-4o" }, Describe(read));
    }

    [Fact]
    public void The_default_of_GetValue_is_given_as_a_fallback_value()
    {
        var read = Resolve("""
            class Chat
            {
                string Model(IConfiguration config) => [|config.GetValue<string>("AI:Chat:ModelId", "phi-4-mini")|]!;
            }
            """, OneFile);

        Assert.Equal(new[] { "gpt-4o" }, read!.Values.Select(v => v.Value));
        Assert.Equal("phi-4-mini", read.Fallback!.ConstantValue.Value);
    }

    [Fact]
    public void Keys_are_compared_ignoring_case_and_spelled_as_the_code_and_the_file_spell_them()
    {
        var read = Resolve("""
            class Chat
            {
                string Model(IConfiguration config) => [|config.GetSection("ai")["EMBEDDING:Model"]|]!;
            }
            """, OneFile);

        Assert.Equal(new[] { "ai:EMBEDDING:Model" }, read!.Keys);
        Assert.Equal(new[] { "/app/appsettings.json: AI:Embedding:model = text-embedding-3-small" }, Describe(read));
    }

    [Theory]
    [InlineData("AI:Models", new string[0])]
    [InlineData("AI:Chat", new string[0])]
    [InlineData("AI:Models:1", new[] { "llama3.2:3b" })]
    public void Arrays_and_sections_are_not_values_but_array_elements_are(string key, string[] values)
    {
        var read = Resolve($$"""
            class Chat
            {
                string Model(IConfiguration config) => [|config["{{key}}"]|]!;
            }
            """, OneFile);

        Assert.Equal(values, read!.Values.Select(v => v.Value));
    }

    [Theory]
    [InlineData("AI:Empty")]
    [InlineData("AI:Chat:Missing")]
    public void An_empty_value_or_a_key_no_file_sets_gives_no_value_and_names_the_key(string key)
    {
        var read = Resolve($$"""
            class Chat
            {
                string Model(IConfiguration config) => [|config["{{key}}"]|]!;
            }
            """, BothFiles);

        Assert.Empty(read!.Values);
        Assert.Equal($"'{key}'", read.Key);
    }

    [Theory]
    [InlineData("""config[name]""")]
    [InlineData("""config.GetSection(name)["ModelId"]""")]
    [InlineData("""config.GetSection("AI")[name + ":ModelId"]""")]
    [InlineData("""config.GetValue<string>(name)""")]
    [InlineData("""config.GetConnectionString(name)""")]
    [InlineData("""section["ModelId"]""")]
    [InlineData("""config.GetValue<int>("AI:Chat:ModelId").ToString()""")]
    [InlineData("""System.Environment.GetEnvironmentVariable("AI__CHAT__MODELID")""")]
    public void A_key_that_is_not_constant_or_a_section_not_known_is_not_resolved(string expression)
    {
        var read = Resolve($$"""
            class Chat
            {
                string? Model(IConfiguration config, IConfigurationSection section, string name) => [|{{expression}}|];
            }
            """, OneFile);

        Assert.Null(read);
    }

    [Fact]
    public void With_a_fallback_the_configured_side_is_resolved_and_the_whole_is_left_to_the_caller()
    {
        var (operation, compilation) = MarkedOperation("""
            class Chat
            {
                string Model(IConfiguration config) => [|config["AI:Chat:ModelId"] ?? "phi-4-mini"|];
            }
            """);
        var reads = ConfigurationReads.Create(compilation, Settings(OneFile))!;

        var coalesce = Assert.IsAssignableFrom<ICoalesceOperation>(operation);
        Assert.Null(reads.Resolve(coalesce, default));
        Assert.Equal(new[] { "gpt-4o" }, reads.Resolve(coalesce.Value, default)!.Values.Select(v => v.Value));
        Assert.Null(reads.Resolve(coalesce.WhenNull, default));
    }

    [Fact]
    public void A_connection_string_gives_its_model_part_with_the_span_of_that_part()
    {
        var read = Resolve("""
            class Chat
            {
                string Model(IConfiguration config) => [|config.GetConnectionString("chat")|]!;
            }
            """, OneFile);

        Assert.True(read!.IsConnectionString);
        Assert.Equal(new[] { "ConnectionStrings:chat" }, read.Keys);
        var value = Assert.Single(read.Values);
        Assert.Equal(("gpt-4o-mini", "Deployment", "ConnectionStrings:chat"), (value.Value, value.Part, value.Key));
        Assert.Equal(new[] { "gpt-4o-mini" }, Written(read));
    }

    [Fact]
    public void A_connection_string_without_a_model_part_gives_no_value()
    {
        var read = Resolve("""
            class Chat
            {
                string Model(IConfiguration config) => [|config.GetConnectionString("search")|]!;
            }
            """, OneFile);

        Assert.Empty(read!.Values);
        Assert.Equal("'ConnectionStrings:search'", read.Key);
    }

    [Fact]
    public void Sections_held_in_locals_and_readonly_fields_are_followed()
    {
        var read = Resolve("""
            class Chat
            {
                private readonly IConfigurationSection _ai;

                public Chat(IConfiguration configuration) => _ai = configuration.GetSection("AI");

                string Model()
                {
                    var chat = _ai.GetSection("Chat");
                    IConfiguration alias = chat;
                    return [|alias["ModelId"]|]!;
                }
            }
            """, OneFile);

        Assert.Equal(new[] { "AI:Chat:ModelId" }, read!.Keys);
        Assert.Equal(new[] { "gpt-4o" }, read.Values.Select(v => v.Value));
    }

    [Fact]
    public void A_local_given_every_assignment_known_reads_each_section_it_may_hold()
    {
        var read = Resolve("""
            class Chat
            {
                string Model(IConfiguration config, bool embedding)
                {
                    var section = config.GetSection("AI:Chat");
                    if (embedding)
                    {
                        section = config.GetSection("AI:Embedding");
                    }

                    return [|section["Model"]|]!;
                }
            }
            """, OneFile);

        Assert.Equal(new[] { "AI:Chat:Model", "AI:Embedding:Model" }, read!.Keys);
        Assert.Equal(new[] { "text-embedding-3-small" }, read.Values.Select(v => v.Value));
    }

    [Fact]
    public void A_local_assigned_a_section_not_known_is_not_resolved_nor_taken_for_the_root()
    {
        var read = Resolve("""
            class Chat
            {
                string Model(IConfiguration config, string name)
                {
                    IConfiguration section = config;
                    section = section.GetSection(name);
                    return [|section["ModelId"]|]!;
                }
            }
            """, OneFile);

        Assert.Null(read);
    }

    [Fact]
    public void Configuration_roots_and_the_configuration_manager_are_read_from_the_root()
    {
        var read = Resolve("""
            class Chat
            {
                string Model(ConfigurationManager manager, IConfigurationRoot root, bool first) =>
                    [|first ? manager["AI:Chat:ModelId"]! : root.GetSection("AI")["Chat:ModelId"]!|];
            }
            """, OneFile);

        Assert.Null(read); // a conditional is the caller's to split
        var (operation, compilation) = MarkedOperation("""
            class Chat
            {
                string Model(ConfigurationManager manager) => [|manager["AI:Chat:ModelId"]|]!;
            }
            """);
        Assert.Equal(new[] { "gpt-4o" }, ConfigurationReads.Create(compilation, Settings(OneFile))!.Resolve(operation, default)!.Values.Select(v => v.Value));
    }

    [Fact]
    public void A_malformed_file_gives_no_values_and_the_others_still_do()
    {
        const string Code = """
            class Chat
            {
                string Model(IConfiguration config) => [|config["AI:Chat:ModelId"]|]!;
            }
            """;
        var broken = ("/app/appsettings.Development.json", """{ "AI": { "Chat": { "ModelId": "gpt-4" } """);

        var withGood = Resolve(Code, new[] { OneFile[0], broken });
        var alone = Resolve(Code, new[] { broken });

        Assert.Equal(new[] { "/app/appsettings.json: AI:Chat:ModelId = gpt-4o" }, Describe(withGood!));
        Assert.Empty(alone!.Values);
        Assert.Equal("'AI:Chat:ModelId'", alone.Key);
    }

    [Fact]
    public void Lookup_gives_what_the_files_set_a_key_to_for_callers_that_know_the_key()
    {
        var (_, compilation) = MarkedOperation("class C { object O() => [|1|]; }");
        var reads = ConfigurationReads.Create(compilation, Settings(BothFiles))!;

        Assert.Equal(new[] { "phi-4-mini", "gpt-4o" }, reads.Lookup("ai:chat:modelid").Values.Select(v => v.Value));
        Assert.Equal(new[] { "gpt-4o-mini" }, reads.Lookup("ConnectionStrings:chat", connectionString: true).Values.Select(v => v.Value));
    }
}
