extern alias runtime;

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace ModelPolicies.Tests.Infrastructure;

/// <summary>
/// The references every test compilation uses, built once per test run: the running framework's assemblies
/// plus the ModelPolicies runtime and Microsoft.Extensions.AI. Nothing is downloaded.
/// </summary>
internal static class TestReferences
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyAll = new(Create);
    private static readonly Lazy<ImmutableArray<MetadataReference>> LazySdks = new(CreateSdks);

    public static ImmutableArray<MetadataReference> All => LazyAll.Value;

    /// <summary>
    /// <see cref="All"/> plus the real AI SDKs the registry serves — OpenAI, OllamaSharp, Semantic Kernel, the Agent
    /// Framework, ONNX Runtime GenAI, LLamaSharp, Aspire hosting — and the assemblies they reference, from this test's
    /// output folder. For compilations that must bind to the SDKs' own members, not to stand-ins.
    /// </summary>
    public static ImmutableArray<MetadataReference> Sdks => LazySdks.Value;

    /// <summary>No reference package at all: <see cref="All"/> is added to each test instead.</summary>
    public static ReferenceAssemblies None { get; } = new("net10.0");

    public static string RuntimePath => typeof(runtime::ModelPolicies.EdgeAttribute).Assembly.Location;

    private static ImmutableArray<MetadataReference> CreateSdks()
    {
        var anchors = new[]
        {
            typeof(OpenAI.Chat.ChatClient).Assembly,
            typeof(OllamaSharp.OllamaApiClient).Assembly,
            typeof(Microsoft.SemanticKernel.Kernel).Assembly,
            typeof(Microsoft.SemanticKernel.OpenAIKernelBuilderExtensions).Assembly,
            typeof(Microsoft.Agents.AI.AIAgent).Assembly,
            typeof(Microsoft.ML.OnnxRuntimeGenAI.Model).Assembly,
            typeof(LLama.Common.ModelParams).Assembly,
            typeof(Aspire.Hosting.IDistributedApplicationBuilder).Assembly,
        };

        // Each anchor and, transitively, what it references that this folder has (the framework's own are in All).
        var framework = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var paths = new SortedSet<string>(All.OfType<PortableExecutableReference>().Select(r => r.FilePath!), StringComparer.Ordinal);
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

    private static ImmutableArray<MetadataReference> Create()
    {
        var framework = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var frameworkAssemblies = Directory.EnumerateFiles(framework, "*.dll")
            .Where(path => Path.GetFileName(path) is var name && (name.StartsWith("System.", StringComparison.Ordinal) || name is "System.dll" or "netstandard.dll" or "mscorlib.dll" or "Microsoft.CSharp.dll"));
        var extras = new[]
        {
            RuntimePath,
            typeof(Microsoft.Extensions.AI.IChatClient).Assembly.Location,
            typeof(Microsoft.Extensions.AI.ChatClientBuilder).Assembly.Location,
            typeof(Microsoft.Extensions.DependencyInjection.IServiceCollection).Assembly.Location,
            typeof(Microsoft.Extensions.DependencyInjection.ServiceCollection).Assembly.Location,
        };
        return frameworkAssemblies.Concat(extras)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    }
}
