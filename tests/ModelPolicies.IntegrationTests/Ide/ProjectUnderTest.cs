using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ModelPolicies.IntegrationTests.Ide;

/// <summary>A project the IDE tests open: its folder, its project file, its C# sources and what its build reports.</summary>
internal sealed record ProjectUnderTest(string ProjectFile, IReadOnlyList<PolicyDiagnostic> Build)
{
    public string Directory => Path.GetDirectoryName(ProjectFile)!;

    /// <summary>The project's own C# files, as an editor lists them: everything under its folder but bin/ and obj/.</summary>
    public IReadOnlyList<string> SourceFiles => System.IO.Directory
        .EnumerateFiles(Directory, "*.cs", SearchOption.AllDirectories)
        .Where(f => !Path.GetRelativePath(Directory, f).Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <summary>
    /// samples/FieldService, built once per run as a developer's first build does (restoring it and building the
    /// library, analyzer and generator it references), which also says what the build reports.
    /// </summary>
    public static ProjectUnderTest Sample => LazySample.Value;

    private static readonly Lazy<ProjectUnderTest> LazySample = new(() =>
    {
        var project = Path.Combine(Repository.Root, "samples", "FieldService", "FieldService.csproj");
        var build = PolicyDiagnostic.Build(project)
            ?? throw new InvalidOperationException("The sample compiled nothing, though its project makes every build compile it.");
        return new ProjectUnderTest(project, build);
    });

    /// <summary>A new project on the packed package (<see cref="PackageFixture.NewProject"/>), built as a user builds it.</summary>
    public static ProjectUnderTest OnPackage(PackageFixture package, string name, params (string Path, string Text)[] files)
    {
        var dir = package.NewProject(name, files);
        var project = Path.Combine(dir, name + ".csproj");
        return new ProjectUnderTest(project, PolicyDiagnostic.Build(project) ?? throw new InvalidOperationException($"The first build of {project} wrote no error log."));
    }
}
