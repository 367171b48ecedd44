using System;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace ModelPolicies.Build;

/// <summary>
/// Writes the AI bill of materials that a built assembly carries (<c>[assembly: ModelInventory]</c>) to
/// <see cref="OutputPath"/>, only when its bytes differ from the file already there, so an unchanged bill of
/// materials keeps its timestamp.
/// </summary>
public sealed class WriteModelInventory : Task
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The built assembly.</summary>
    [Required]
    public string AssemblyPath { get; set; } = string.Empty;

    /// <summary>Where the CycloneDX JSON goes.</summary>
    [Required]
    public string OutputPath { get; set; } = string.Empty;

    /// <summary>True when the file was (re)written.</summary>
    [Output]
    public bool Written { get; private set; }

    /// <inheritdoc/>
    public override bool Execute()
    {
        string? document;
        try
        {
            document = ModelInventoryReader.Read(AssemblyPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or BadImageFormatException or InvalidOperationException)
        {
            Log.LogError(null, "MPB002", null, AssemblyPath, 0, 0, 0, 0, "The AI bill of materials could not be read from '{0}': {1}", AssemblyPath, e.Message);
            return false;
        }

        if (document is null)
        {
            Log.LogWarning(
                null, "MPB001", null, AssemblyPath, 0, 0, 0, 0,
                "ModelPoliciesBom is true but '{0}' carries no AI bill of materials: the ModelPolicies generator did not run (its analyzer assembly does not reach the compiler?), or the project does not reference the ModelPolicies runtime library.",
                AssemblyPath);
            return true;
        }

        var bytes = Utf8.GetBytes(document);
        try
        {
            // Enumerable, not the span overload C# would pick: System.Memory is one assembly fewer that the host must have.
            if (File.Exists(OutputPath) && Enumerable.SequenceEqual(File.ReadAllBytes(OutputPath), bytes))
            {
                Log.LogMessage(MessageImportance.Low, "The AI bill of materials '{0}' is unchanged.", OutputPath);
                return true;
            }

            if (Path.GetDirectoryName(Path.GetFullPath(OutputPath)) is { Length: > 0 } directory)
            {
                Directory.CreateDirectory(directory);
            }

            File.WriteAllBytes(OutputPath, bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Log.LogError(null, "MPB003", null, OutputPath, 0, 0, 0, 0, "The AI bill of materials could not be written to '{0}': {1}", OutputPath, e.Message);
            return false;
        }

        Written = true;
        Log.LogMessage(MessageImportance.High, "{0} -> {1}", Path.GetFileNameWithoutExtension(AssemblyPath), Path.GetFullPath(OutputPath));
        return true;
    }
}
