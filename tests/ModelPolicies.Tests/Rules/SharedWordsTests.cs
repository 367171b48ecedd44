using System.Globalization;
using System.Linq;
using ModelPolicies.Analyzers;
using ModelPolicies.Analyzers.Contexts;
using ModelPolicies.Analyzers.Options;
using ModelPolicies.Analyzers.Rules;
using ModelPolicies.Tests.Generator;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ModelPolicies.Tests.Rules;

/// <summary>
/// The run time (src/ModelPolicies/Enforcement) words and reads contexts through src/Taxonomy; these tests hold the
/// analyzer to the same words and the same reading, so that a refused request says what the build would have said.
/// </summary>
public class SharedWordsTests
{
    [Fact]
    public void Analyzer_messages_are_the_shared_templates()
    {
        Assert.Equal(PolicyMessages.EdgeModelFormat, Descriptors.EdgeModel.MessageFormat.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(PolicyMessages.LowLatencyModelFormat, Descriptors.LowLatencyModel.MessageFormat.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(PolicyMessages.MultimodalModelFormat, Descriptors.MultimodalModel.MessageFormat.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(PolicyMessages.UnknownModelFormat, Descriptors.UnknownModel.MessageFormat.ToString(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(15_000_000_000L, null, 0)]
    [InlineData(null, 300, 0)]
    [InlineData(4_000_000_000L, 120, 6)]
    [InlineData(null, null, 8)]
    public void Requirements_are_described_alike(long? edge, int? latency, int inputs)
    {
        // Modality as a number: the analyzer's copy of the taxonomy is internal, and test parameters are public.
        var requirements = new ModelRequirements(edge, latency, (Modality)inputs);

        Assert.Equal(PolicyContext.Describe(requirements), PolicyMessages.Describe(requirements));
    }

    [Fact]
    public void Attribute_facts_become_the_requirements_the_analyzer_resolves()
    {
        var compilation = GeneratorHarness.Compilation("""
            using ModelPolicies;

            [Edge] public class PlainEdge { }
            [Edge(MaxParameters = "4B")] public class NarrowEdge { }
            [Edge(MaxParameters = "70B")] public class WideEdge { }
            [Edge(MaxParameters = "lots")] public class BadEdge { }
            [LowLatency] public class PlainLatency { }
            [LowLatency(MaxMilliseconds = 120)] public class TightLatency { }
            [Multimodal] public class PlainMultimodal { }
            [Multimodal(Modality.Audio | Modality.Video)] public class AudioVideo { }
            [Edge(MaxParameters = "2B"), LowLatency(MaxMilliseconds = 50), Multimodal(Modality.Image)] public class Everything { }
            """);
        var symbols = PolicySymbols.TryCreate(compilation)!;
        var options = PolicyOptions.Default with { EdgeMaxParameters = 8_000_000_000, LowLatencyMaxMilliseconds = 250 };
        var resolver = new ContextResolver(compilation, symbols, options);
        var defaults = new ContextDefaults(options.EdgeMaxParameters, options.LowLatencyMaxMilliseconds);

        foreach (var type in compilation.Assembly.GlobalNamespace.GetTypeMembers())
        {
            var builder = new ContextRequirementsBuilder(defaults);
            foreach (var attribute in type.GetAttributes())
            {
                var named = attribute.NamedArguments.ToDictionary(a => a.Key, a => a.Value.Value);
                switch (attribute.AttributeClass?.Name)
                {
                    case "EdgeAttribute":
                        builder.AddEdge(named.TryGetValue("MaxParameters", out var max) ? (string?)max : null);
                        break;
                    case "LowLatencyAttribute":
                        builder.AddLowLatency(named.TryGetValue("MaxMilliseconds", out var ms) ? (int?)ms : null);
                        break;
                    case "MultimodalAttribute":
                        builder.AddMultimodal(attribute.ConstructorArguments.Length == 1 ? (Modality)(int)attribute.ConstructorArguments[0].Value! : null);
                        break;
                }
            }

            Assert.Equal(resolver.OwnRequirements(type, out _), builder.ToRequirements());
        }
    }
}
