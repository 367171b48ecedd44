using System.Linq;
using ModelPolicies.Analyzers.Configuration;
using Xunit;
using static ModelPolicies.Tests.Configuration.ConfigurationHarness;

namespace ModelPolicies.Tests.Configuration;

// Code that does not compile, and settings that do not parse: every operation resolves or not, and nothing throws.
public class ConfigurationRobustnessTests
{
    [Fact]
    public void Every_operation_of_broken_code_resolves_without_throwing()
    {
        var compilation = Compile(Usings + """
            class Chat(IOptions<Missing> missing)
            {
                private readonly IConfigurationSection _self = _self.GetSection("AI");
                private readonly Settings _bound;

                public Chat(IConfiguration config) : this(null!)
                {
                    _bound = new Settings();
                    config.Bind(_bound);
                    config.Bind(;
                    services.Configure<Settings>(config.GetSection(;
                }

                string A(IConfiguration config) => config[;
                string B(IConfiguration config) => config.GetSection(42)["x"];
                string C(IConfiguration config) => config.GetValue<string>();
                string D() => missing.Value.ModelId;
                string E() => _self["ModelId"];
                string F() => _bound.ModelId + _bound.Inner.ModelId;
                string G(IConfiguration config) { var s = s.GetSection("x"); return s["y"]; }
                string H(IConfiguration config) => config.GetConnectionString(null);
                string I(IOptionsMonitor<Settings> monitor) => monitor.Get().ModelId;
                string J(IConfiguration config) => config.GetSection("a").Get<Settings[]>()[config].ModelId;
            }

            class Settings { public string ModelId { get; set; } = ""; public Settings Inner => this; }
            """, """
            static class Startup
            {
                static void Register(IServiceCollection services, IConfiguration config)
                {
                    services.Configure<Settings>(config.GetSection("AI")).Configure<Settings>();
                    services.AddOptions<Settings>(null).Bind().BindConfiguration(null);
                    services.Configure<Missing>(config);
                }

                // A registration whose section is read through the very options it registers.
                static void Circular(IServiceCollection services, IOptions<Holder> holder) => services.Configure<Holder>(holder.Value.Section);
            }

            class Holder { public IConfiguration Section { get; set; } = null!; public string ModelId { get; set; } = ""; }
            """);
        Assert.NotEmpty(compilation.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
        var reads = ConfigurationReads.Create(compilation, Settings(("/app/appsettings.json", """{ "AI": { "ModelId": "gpt-4o" } """)))!;

        var resolved = 0;
        foreach (var tree in compilation.SyntaxTrees)
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var node in tree.GetRoot().DescendantNodes())
            {
                if (model.GetOperation(node) is { } operation && reads.Resolve(operation, default) is { } read)
                {
                    Assert.Empty(read.Values); // the only settings file is malformed
                    resolved++;
                }
            }
        }

        Assert.True(resolved > 0, "nothing was resolved at all");
    }
}
