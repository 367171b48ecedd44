using System;
using System.IO;
using System.Linq;
using System.Security;
using ModelPolicies.Benchmarks.Roslyn;

namespace ModelPolicies.Benchmarks.Workload;

/// <summary>
/// Writes a workload to disk as real projects for e2e.sh: <c>AiSdk/</c> (the stand-in SDK, its own assembly) and
/// <c>App/</c> (the code, models.json, and the generator's output under <c>Generated/</c>). <c>App</c> builds with the
/// ModelPolicies analyzer and generator (<c>-p:ModelPolicies=true</c>, the default) or without them, compiling the
/// typed clients from <c>Generated/</c> instead so that both builds compile the same program.
/// </summary>
public static class WorkloadWriter
{
    public static void Write(WorkloadSize size, string directory)
    {
        var repository = FindRepository();
        var compilation = WorkloadCompilation.Get(size, Dialect.ModelPolicies);
        var workload = compilation.Workload;
        var root = Path.GetFullPath(directory);
        if (Directory.Exists(Path.Combine(root, "App")))
        {
            Directory.Delete(Path.Combine(root, "App"), recursive: true);
        }

        // Nothing above the folder (a repository's Directory.Build.props, central package management) applies.
        File.WriteAllText(Path.Combine(Create(root), "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(root, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(root, "Directory.Packages.props"), "<Project>\n  <PropertyGroup>\n    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>\n  </PropertyGroup>\n</Project>\n");

        var sdk = Create(Path.Combine(root, "AiSdk"));
        foreach (var source in workload.SdkSources)
        {
            File.WriteAllText(Path.Combine(sdk, source.Path), source.Text);
        }

        File.WriteAllText(Path.Combine(sdk, "AiSdk.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
              </PropertyGroup>
            </Project>

            """);

        var app = Create(Path.Combine(root, "App"));
        foreach (var source in workload.Sources)
        {
            var path = Path.Combine(app, source.Path);
            Create(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, source.Text);
        }

        File.WriteAllText(Path.Combine(app, "models.json"), workload.CatalogJson);
        var generated = Create(Path.Combine(app, "Generated"));
        foreach (var tree in compilation.GeneratedTrees)
        {
            File.WriteAllText(Path.Combine(generated, Path.GetFileName(tree.FilePath)), tree.GetText().ToString());
        }

        var references = string.Concat(WorkloadCompilation.ProjectAssemblies
            .Where(path => !Path.GetFileName(path).Equals("ModelPolicies.dll", StringComparison.OrdinalIgnoreCase))
            .Select(path => $"    <Reference Include=\"{Xml(path)}\" />\n"));
        var runtime = Path.Combine(repository, "src", "ModelPolicies", "bin", "Release", "netstandard2.0", "ModelPolicies.dll");
        var analyzer = Path.Combine(repository, "src", "ModelPolicies.Analyzers", "bin", "Release", "netstandard2.0", "ModelPolicies.Analyzers.dll");
        var build = Path.Combine(repository, "src", "ModelPolicies", "build");
        File.WriteAllText(Path.Combine(app, "App.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <!-- Written by the ModelPolicies benchmark program (write-workload option): workload {size}, {workload.UseSites} model uses. -->
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <RootNamespace>Workload</RootNamespace>
                <AssemblyName>Workload</AssemblyName>
                <ModelPolicies Condition="'$(ModelPolicies)' == ''">true</ModelPolicies>
                <!-- The workload's policy violations are warnings by design. -->
                <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
              </PropertyGroup>

              <ItemGroup>
                <Reference Include="{Xml(Path.Combine(root, "AiSdk", "bin", "Release", "net10.0", "AiSdk.dll"))}" />
                <Reference Include="{Xml(runtime)}" />
            {references}  </ItemGroup>

              <!-- With ModelPolicies: its analyzer and generator, imported the way the package does. -->
              <ItemGroup Condition="'$(ModelPolicies)' == 'true'">
                <Compile Remove="Generated/**" />
                <Analyzer Include="{Xml(analyzer)}" />
              </ItemGroup>
              <Import Project="{Xml(Path.Combine(build, "ModelPolicies.props"))}" Condition="'$(ModelPolicies)' == 'true'" />
              <Import Project="{Xml(Path.Combine(build, "ModelPolicies.targets"))}" Condition="'$(ModelPolicies)' == 'true'" />
            </Project>

            """);

        Console.WriteLine($"Wrote workload {size} to {root}: {workload.Sources.Count} files, {workload.Lines:N0} lines, {workload.UseSites:N0} model uses, {compilation.GeneratedTrees.Length} generated file(s) of typed clients in App/Generated (compiled only without ModelPolicies).");
    }

    private static string Create(string directory)
    {
        Directory.CreateDirectory(directory);
        return directory;
    }

    private static string Xml(string text) => SecurityElement.Escape(text);

    // The repository this program was built from: the nearest folder above it with Policies.sln.
    private static string FindRepository()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Policies.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Policies.sln above {AppContext.BaseDirectory}: run the benchmark program from its build output in the repository.");
    }
}
