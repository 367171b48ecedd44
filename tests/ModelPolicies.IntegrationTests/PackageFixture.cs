using System;
using System.IO;
using System.Linq;
using Xunit;

namespace ModelPolicies.IntegrationTests;

/// <summary>The test classes that build on the packed package share one fixture, so it is packed once per run.</summary>
[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackageFixture>
{
    public const string Name = "Package";
}

/// <summary>
/// Packs the ModelPolicies package once per run into a temporary local feed, with a version of its own so the
/// NuGet cache never serves an older build of it.
/// </summary>
public sealed class PackageFixture : IDisposable
{
    public PackageFixture()
    {
        Root = Directory.CreateTempSubdirectory("modelpolicies-it-").FullName;
        Feed = Directory.CreateDirectory(System.IO.Path.Combine(Root, "feed")).FullName;
        Version = $"0.1.0-it.{DateTime.UtcNow:yyyyMMddHHmmss}.{Guid.NewGuid():N}".Substring(0, 38);
        if (DotnetCli.Path is null)
        {
            return;
        }

        var project = System.IO.Path.Combine(RepositoryRoot(), "src", "ModelPolicies", "ModelPolicies.csproj");
        var (exitCode, output) = DotnetCli.Run(Root, "pack", project, "-c", "Release", "-o", Feed, $"-p:Version={Version}");
        Assert.True(exitCode == 0, "dotnet pack failed:\n" + output);

        // Outside the repository, so its Directory.*.props do not apply: the project sees only the package.
        File.WriteAllText(System.IO.Path.Combine(Root, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="modelpolicies-under-test" value="{Feed}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(System.IO.Path.Combine(Root, "Directory.Build.props"), "<Project />");
        File.WriteAllText(System.IO.Path.Combine(Root, "Directory.Packages.props"), "<Project />");
    }

    public string Root { get; }

    public string Feed { get; }

    public string Version { get; }

    /// <summary>A new console project that references the package, with the given files.</summary>
    public string NewProject(string name, params (string Path, string Text)[] files)
    {
        var dir = Directory.CreateDirectory(System.IO.Path.Combine(Root, name)).FullName;
        File.WriteAllText(System.IO.Path.Combine(dir, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <RootNamespace>Contoso.Field</RootNamespace>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="ModelPolicies" Version="{Version}" />
              </ItemGroup>
            </Project>
            """);
        foreach (var (path, text) in files)
        {
            File.WriteAllText(System.IO.Path.Combine(dir, path), text);
        }

        return dir;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file; the temp folder is cleaned by the OS.
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Policies.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Policies.sln not found above " + AppContext.BaseDirectory);
    }
}
