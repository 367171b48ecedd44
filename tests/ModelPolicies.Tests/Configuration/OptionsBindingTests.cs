using System.Linq;
using Xunit;
using static ModelPolicies.Tests.Configuration.ConfigurationHarness;

namespace ModelPolicies.Tests.Configuration;

// Options classes bound from a section: a binding registered anywhere in the compilation applies to every use of the type.
public class OptionsBindingTests
{
    private const string Appsettings = """
        {
          "AI": {
            "ModelId": "gpt-4o",
            "model": "text-embedding-3-small",
            "Inner": { "ModelId": "phi-4" },
            "Models": [ "phi-4-mini", "llama3.2:3b" ],
            "ByName": { "fast": "phi-4-mini" }
          },
          "Local": { "ModelId": "phi-4-mini" },
          "Cloud": { "ModelId": "gpt-4.1" }
        }
        """;

    private const string SettingsClasses = """
        public sealed class ChatSettings
        {
            public string ModelId { get; set; } = "";

            [ConfigurationKeyName("model")]
            public string EmbeddingModel { get; set; } = "";

            public InnerSettings Inner { get; set; } = new();

            public List<string> Models { get; set; } = new();

            public string[] Array { get; set; } = System.Array.Empty<string>();

            public Dictionary<string, string> ByName { get; set; } = new();
        }

        public sealed class InnerSettings
        {
            public string ModelId { get; set; } = "";
        }
        """;

    private const string ConfigureInStartup = """
        public static class Startup
        {
            public static void Register(IServiceCollection services, IConfiguration configuration) =>
                services.Configure<ChatSettings>(configuration.GetSection("AI"));
        }
        """;

    private static readonly (string, string)[] Files = { ("/app/appsettings.json", Appsettings) };

    [Theory]
    [InlineData("IOptions<ChatSettings>", "options.Value.ModelId")]
    [InlineData("IOptionsSnapshot<ChatSettings>", "options.Value.ModelId")]
    [InlineData("IOptionsMonitor<ChatSettings>", "options.CurrentValue.ModelId")]
    [InlineData("IOptionsMonitor<ChatSettings>", "options.Get(null).ModelId")]
    [InlineData("IOptionsSnapshot<ChatSettings>", "options.Get(Options.DefaultName).ModelId")]
    public void Options_configured_in_another_file_are_read_through_every_options_interface(string parameter, string expression)
    {
        var read = Resolve($$"""
            class Chat
            {
                string Model({{parameter}} options) => [|{{expression}}|];
            }
            """, Files, SettingsClasses, ConfigureInStartup);

        Assert.Equal(new[] { "AI:ModelId" }, read!.Keys);
        Assert.Equal(new[] { "/app/appsettings.json: AI:ModelId = gpt-4o" }, Describe(read));
        Assert.Equal(new[] { "\"gpt-4o\"" }, Written(read));
    }

    [Theory]
    [InlineData("""services.AddOptions<ChatSettings>().Bind(configuration.GetSection("AI"))""")]
    [InlineData("""services.AddOptions<ChatSettings>().BindConfiguration("AI")""")]
    [InlineData("""services.AddOptions<ChatSettings>().BindConfiguration("AI").ValidateOnStart()""")]
    [InlineData("""services.AddOptions<ChatSettings>().Validate(s => s.ModelId.Length > 0).Bind(configuration.GetSection("AI"))""")]
    [InlineData("""services.AddOptionsWithValidateOnStart<ChatSettings>().BindConfiguration("AI")""")]
    [InlineData("""services.Configure<ChatSettings>(configuration.GetSection("AI"), binder => binder.ErrorOnUnknownConfiguration = true)""")]
    [InlineData("""OptionsConfigurationServiceCollectionExtensions.Configure<ChatSettings>(services, configuration.GetRequiredSection("AI"))""")]
    [InlineData("""services.Configure <ChatSettings> (configuration.GetSection("AI"))""")]
    [InlineData("""services.AddOptions<ChatSettings>().Bind (configuration.GetSection("AI"))""")]
    public void Every_registration_form_binds_the_options_to_its_section(string registration)
    {
        var read = Resolve("""
            class Chat
            {
                string Model(IOptions<ChatSettings> options) => [|options.Value.ModelId|];
            }
            """, Files, SettingsClasses, $$"""
            public static class Startup
            {
                public static void Register(IServiceCollection services, IConfiguration configuration) => {{registration}};
            }
            """);

        Assert.Equal(new[] { "gpt-4o" }, read!.Values.Select(v => v.Value));
    }

    [Theory]
    [InlineData("options.Value.EmbeddingModel", "AI:model", "text-embedding-3-small")]
    [InlineData("options.Value.Inner.ModelId", "AI:Inner:ModelId", "phi-4")]
    [InlineData("options.Value.Models[1]", "AI:Models:1", "llama3.2:3b")]
    [InlineData("options.Value.Array[0]", "AI:Array:0", null)]
    [InlineData("""options.Value.ByName["fast"]""", "AI:ByName:fast", "phi-4-mini")]
    public void Members_are_keyed_by_name_or_configuration_key_name_nested_and_by_index(string expression, string key, string? value)
    {
        var read = Resolve($$"""
            class Chat
            {
                string Model(IOptions<ChatSettings> options) => [|{{expression}}|];
            }
            """, Files, SettingsClasses, ConfigureInStartup);

        Assert.Equal(new[] { key }, read!.Keys);
        Assert.Equal(value is null ? new string[0] : new[] { value }, read.Values.Select(v => v.Value));
    }

    [Theory]
    [InlineData("""configuration.GetSection("AI").Get<ChatSettings>()!.ModelId""")]
    [InlineData("""configuration.GetSection("AI").Get<ChatSettings>()?.ModelId""")]
    [InlineData("""configuration.GetSection("AI").Get<InnerSettings[]>()![0].ModelId""")]
    public void An_object_from_Get_is_bound_to_its_section(string expression)
    {
        var read = Resolve($$"""
            class Chat
            {
                string? Model(IConfiguration configuration) => [|{{expression}}|];
            }
            """, Files, SettingsClasses);

        Assert.NotNull(read);
        Assert.StartsWith("AI:", read!.Keys.Single());
    }

    [Theory]
    [InlineData("""configuration.GetSection("AI").Bind(settings);""")]
    [InlineData("""configuration.Bind("AI", settings);""")]
    [InlineData("""configuration.GetSection("AI").Bind(settings, binder => binder.BindNonPublicProperties = true);""")]
    public void An_object_filled_by_Bind_is_bound_to_that_section(string bind)
    {
        var read = Resolve($$"""
            class Chat
            {
                string Model(IConfiguration configuration)
                {
                    var settings = new ChatSettings();
                    {{bind}}
                    return [|settings.ModelId|];
                }
            }
            """, Files, SettingsClasses);

        Assert.Equal(new[] { "AI:ModelId" }, read!.Keys);
        Assert.Equal(new[] { "gpt-4o" }, read.Values.Select(v => v.Value));
    }

    [Fact]
    public void A_new_object_that_nothing_binds_is_no_configuration_read()
    {
        var read = Resolve("""
            class Chat
            {
                string Model()
                {
                    var settings = new ChatSettings { ModelId = "phi-4-mini" };
                    return [|settings.ModelId|];
                }
            }
            """, Files, SettingsClasses);

        Assert.Null(read);
    }

    [Theory]
    [InlineData("""_settings.ModelId""")]
    [InlineData("""Settings.ModelId""")]
    [InlineData("""Current.ModelId""")]
    [InlineData("""_fromGet.Inner.ModelId""")]
    public void Bound_objects_held_in_readonly_fields_and_get_only_properties_are_followed(string expression)
    {
        var read = Resolve($$"""
            class Chat
            {
                private readonly ChatSettings _settings;
                private readonly InnerHolder _fromGet;
                private readonly IOptionsMonitor<ChatSettings> _monitor;

                public Chat(IOptions<ChatSettings> options, IOptionsMonitor<ChatSettings> monitor, IConfiguration configuration)
                {
                    _settings = options.Value;
                    Settings = options.Value;
                    _monitor = monitor;
                    _fromGet = configuration.GetSection("AI").Get<InnerHolder>()!;
                }

                public ChatSettings Settings { get; }

                private ChatSettings Current => _monitor.CurrentValue;

                string Model() => [|{{expression}}|];
            }

            public sealed class InnerHolder
            {
                public InnerSettings Inner { get; set; } = new();
            }
            """, Files, SettingsClasses, ConfigureInStartup);

        Assert.NotNull(read);
        Assert.NotEmpty(read!.Values);
    }

    [Fact]
    public void A_field_also_assigned_an_object_not_from_configuration_is_not_resolved()
    {
        var read = Resolve("""
            class Chat
            {
                private readonly ChatSettings _settings;

                public Chat(IOptions<ChatSettings> options, bool local) =>
                    _settings = local ? new ChatSettings { ModelId = "phi-4-mini" } : options.Value;

                string Model() => [|_settings.ModelId|];
            }
            """, Files, SettingsClasses, ConfigureInStartup);

        Assert.Null(read);
    }

    [Fact]
    public void A_primary_constructor_parameter_reads_the_options_directly()
    {
        var read = Resolve("""
            class Chat(IOptions<ChatSettings> options)
            {
                private readonly ChatSettings _settings = options.Value;

                string Model() => [|_settings.Inner.ModelId|];
            }
            """, Files, SettingsClasses, ConfigureInStartup);

        Assert.Equal(new[] { "phi-4" }, read!.Values.Select(v => v.Value));
    }

    [Fact]
    public void Named_options_read_the_sections_bound_to_their_name()
    {
        const string Registrations = """
            public static class Startup
            {
                public static void Register(IServiceCollection services, IConfiguration configuration)
                {
                    services.Configure<ChatSettings>("local", configuration.GetSection("Local"));
                    services.AddOptions<ChatSettings>("cloud").BindConfiguration("Cloud");
                    services.Configure<ChatSettings>(configuration.GetSection("AI"));
                }
            }
            """;

        string?[] Values(string expression) => Resolve($$"""
            class Chat
            {
                string Model(IOptionsMonitor<ChatSettings> monitor, string name) => [|{{expression}}|];
            }
            """, Files, SettingsClasses, Registrations)!.Values.Select(v => v.Value).ToArray();

        Assert.Equal(new[] { "phi-4-mini" }, Values("""monitor.Get("local").ModelId"""));
        Assert.Equal(new[] { "gpt-4.1" }, Values("""monitor.Get("cloud").ModelId"""));
        Assert.Equal(new[] { "gpt-4o" }, Values("""monitor.CurrentValue.ModelId"""));
        Assert.Equal(new[] { "phi-4-mini", "gpt-4.1", "gpt-4o" }, Values("""monitor.Get(name).ModelId"""));
    }

    [Fact]
    public void Options_bound_from_several_sections_read_each()
    {
        var read = Resolve("""
            class Chat
            {
                string Model(IOptions<ChatSettings> options) => [|options.Value.ModelId|];
            }
            """, Files, SettingsClasses, """
            public static class Startup
            {
                public static void Register(IServiceCollection services, IConfiguration configuration)
                {
                    services.Configure<ChatSettings>(configuration.GetSection("Local"));
                    services.Configure<ChatSettings>(configuration.GetSection("Cloud"));
                }
            }
            """);

        Assert.Equal(new[] { "Local:ModelId", "Cloud:ModelId" }, read!.Keys);
        Assert.Equal("'Local:ModelId' or 'Cloud:ModelId'", read.Key);
        Assert.Equal(new[] { "phi-4-mini", "gpt-4.1" }, read.Values.Select(v => v.Value));
    }

    [Theory]
    [InlineData("")]
    [InlineData("""services.Configure<ChatSettings>(configuration.GetSection(name));""")]
    [InlineData("""services.Configure<ChatSettings>(configuration.GetSection("AI")); services.AddOptions<ChatSettings>().BindConfiguration(name);""")]
    [InlineData("""services.Configure<ChatSettings>(settings => settings.ModelId = "phi-4-mini");""")]
    public void Options_never_bound_or_bound_from_a_section_not_known_are_not_resolved(string registrations)
    {
        var read = Resolve("""
            class Chat
            {
                string Model(IOptions<ChatSettings> options) => [|options.Value.ModelId|];
            }
            """, Files, SettingsClasses, $$"""
            public static class Startup
            {
                public static void Register(IServiceCollection services, IConfiguration configuration, string name)
                {
                    {{registrations}}
                }
            }
            """);

        Assert.Null(read);
    }
}
