using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using ModelPolicies.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace ModelPolicies.Tests.Sdks;

/// <summary>
/// <see cref="TestReferences.All"/> plus the real AI SDKs the registry serves — OpenAI, OllamaSharp, Semantic Kernel, the
/// Agent Framework, ONNX Runtime GenAI, LLamaSharp, Aspire hosting, Anthropic — and the assemblies they reference, from this test's
/// output folder: for compilations that must bind to the SDKs' own members, not to stand-ins.
/// </summary>
internal static class SdkReferences
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyAll = new(Create);

    public static ImmutableArray<MetadataReference> All => LazyAll.Value;

    private static ImmutableArray<MetadataReference> Create()
    {
        var anchors = new[]
        {
            typeof(OpenAI.Chat.ChatClient).Assembly,
            typeof(OllamaSharp.OllamaApiClient).Assembly,
            typeof(Microsoft.SemanticKernel.Kernel).Assembly,
            typeof(Microsoft.SemanticKernel.OpenAIKernelBuilderExtensions).Assembly,
            typeof(Microsoft.Agents.AI.AIAgent).Assembly,
            typeof(Microsoft.Agents.AI.ChatClientAgent).Assembly,
            typeof(Microsoft.ML.OnnxRuntimeGenAI.Model).Assembly,
            typeof(LLama.Common.ModelParams).Assembly,
            typeof(Aspire.Hosting.IDistributedApplicationBuilder).Assembly,
            typeof(Anthropic.IAnthropicClient).Assembly,
        };

        // Each anchor and, transitively, what it references that this folder has (the framework's own are in All).
        var framework = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var paths = new SortedSet<string>(TestReferences.All.OfType<PortableExecutableReference>().Select(r => r.FilePath!), StringComparer.Ordinal);
        var names = new HashSet<string>(paths.Select(Path.GetFileNameWithoutExtension)!, StringComparer.OrdinalIgnoreCase);
        var pending = new Queue<System.Reflection.AssemblyName>(anchors.Select(a => a.GetName()));
        while (pending.Count > 0)
        {
            var name = pending.Dequeue();
            var file = Path.Combine(AppContext.BaseDirectory, name.Name + ".dll");
            if (!names.Add(name.Name!) || File.Exists(Path.Combine(framework, name.Name + ".dll")) || !File.Exists(file))
            {
                continue;
            }

            paths.Add(file);
            using var pe = new System.Reflection.PortableExecutable.PEReader(File.OpenRead(file));
            var reader = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);
            foreach (var handle in reader.AssemblyReferences)
            {
                pending.Enqueue(reader.GetAssemblyReference(handle).GetAssemblyName());
            }
        }

        return paths.Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)).ToImmutableArray();
    }
}
