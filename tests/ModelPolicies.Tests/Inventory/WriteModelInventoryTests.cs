using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Text;
using ModelPolicies.Analyzers.Inventory;
using ModelPolicies.Build;
using ModelPolicies.Tests.Infrastructure;
using Microsoft.Build.Framework;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ModelPolicies.Tests.Inventory;

/// <summary>The build step of docs/bom.md: the task reads the document from the built assembly and writes it only when it changed.</summary>
public sealed class WriteModelInventoryTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("modelpolicies-bom-").FullName;

    [Fact]
    public void The_document_round_trips_from_generated_source_through_the_compiled_assembly()
    {
        // Quotes, a line break, non-ASCII and a character outside the BMP, all escaped by the emitter.
        var document = CycloneDxWriter.Write(CycloneDxWriterTests.Inventory() with { AssemblyName = "Contoso \"Field\"\nü 🚀" });

        Assert.Equal(document, ModelInventoryReader.Read(Assembly("Roundtrip", document)));
    }

    [Fact]
    public void The_file_is_written_as_utf8_and_rewritten_only_when_its_bytes_change()
    {
        var output = Path.Combine(_dir, "out", "Contoso.Field.ai-bom.cdx.json");
        var first = CycloneDxWriter.Write(CycloneDxWriterTests.Inventory() with { AssemblyName = "Contoso.Field ü" });
        var assembly = Assembly("First", first);

        var (written, engine) = Run(assembly, output);
        Assert.True(written);
        Assert.Equal(Encoding.UTF8.GetBytes(first), File.ReadAllBytes(output));
        Assert.Empty(engine.Warnings);
        Assert.Empty(engine.Errors);

        var old = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(output, old);
        Assert.False(Run(assembly, output).Written);
        Assert.Equal(old, File.GetLastWriteTimeUtc(output));

        var second = CycloneDxWriter.Write(CycloneDxWriterTests.Inventory() with { AssemblyName = "Contoso.Field 2" });
        Assert.True(Run(Assembly("Second", second), output).Written);
        Assert.Equal(second, File.ReadAllText(output));
    }

    [Fact]
    public void An_assembly_without_a_bom_is_a_warning_and_writes_nothing()
    {
        var output = Path.Combine(_dir, "none.ai-bom.cdx.json");

        var (written, engine) = Run(Assembly("Plain", document: null), output);

        Assert.False(written);
        Assert.False(File.Exists(output));
        Assert.Equal("MPB001", Assert.Single(engine.Warnings).Code);
        Assert.Empty(engine.Errors);
    }

    [Fact]
    public void A_file_that_is_not_an_assembly_is_an_error()
    {
        var notAnAssembly = Path.Combine(_dir, "notes.dll");
        File.WriteAllText(notAnAssembly, "not a PE file");

        var task = new WriteModelInventory { BuildEngine = new RecordingBuildEngine(), AssemblyPath = notAnAssembly, OutputPath = Path.Combine(_dir, "x.json") };

        Assert.False(task.Execute());
        Assert.Equal("MPB002", Assert.Single(((RecordingBuildEngine)task.BuildEngine).Errors).Code);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (bool Written, RecordingBuildEngine Engine) Run(string assembly, string output)
    {
        var engine = new RecordingBuildEngine();
        var task = new WriteModelInventory { BuildEngine = engine, AssemblyPath = assembly, OutputPath = output };
        Assert.True(task.Execute());
        return (task.Written, engine);
    }

    // A library compiled to disk, with the attribute the generator would emit for the document.
    private string Assembly(string name, string? document)
    {
        var source = document is null ? "class Empty { }" : InventoryEmitter.Source(document);
        var compilation = CSharpCompilation.Create(name, new[] { CSharpSyntaxTree.ParseText(source) }, TestReferences.All, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var path = Path.Combine(_dir, name + ".dll");
        var result = compilation.Emit(path);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return path;
    }

    private sealed class RecordingBuildEngine : IBuildEngine
    {
        public List<BuildWarningEventArgs> Warnings { get; } = new();

        public List<BuildErrorEventArgs> Errors { get; } = new();

        public bool ContinueOnError => false;

        public int LineNumberOfTaskNode => 0;

        public int ColumnNumberOfTaskNode => 0;

        public string ProjectFileOfTaskNode => "test.csproj";

        public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs) => throw new NotSupportedException();

        public void LogCustomEvent(CustomBuildEventArgs e)
        {
        }

        public void LogErrorEvent(BuildErrorEventArgs e) => Errors.Add(e);

        public void LogMessageEvent(BuildMessageEventArgs e)
        {
        }

        public void LogWarningEvent(BuildWarningEventArgs e) => Warnings.Add(e);
    }
}
