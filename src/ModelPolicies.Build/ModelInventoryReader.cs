using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace ModelPolicies.Build;

/// <summary>Reads the bill of materials that the ModelPolicies generator records in an assembly, without loading it.</summary>
internal static class ModelInventoryReader
{
    private const string AttributeNamespace = "ModelPolicies";
    private const string AttributeName = "ModelInventoryAttribute";

    /// <summary>The document of <c>[assembly: ModelInventory("…")]</c>, or null when the assembly has none.</summary>
    public static string? Read(string assemblyPath)
    {
        using var stream = new FileStream(assemblyPath, FileMode.Open, FileAccess.Read, FileShare.Read);
        using var pe = new PEReader(stream);
        if (!pe.HasMetadata)
        {
            return null;
        }

        var metadata = pe.GetMetadataReader();
        if (!metadata.IsAssembly)
        {
            return null;
        }

        foreach (var handle in metadata.GetAssemblyDefinition().GetCustomAttributes())
        {
            var attribute = metadata.GetCustomAttribute(handle);
            if (!IsInventoryAttribute(metadata, attribute.Constructor))
            {
                continue;
            }

            // ECMA-335 II.23.3: the prolog 0x0001, then the one fixed argument, a SerString.
            var value = metadata.GetBlobReader(attribute.Value);
            return value.Length >= 2 && value.ReadUInt16() == 1 ? value.ReadSerializedString() : null;
        }

        return null;
    }

    // The attribute type is referenced from the runtime library (a MemberReference), or defined in the assembly itself.
    private static bool IsInventoryAttribute(MetadataReader metadata, EntityHandle constructor)
    {
        switch (constructor.Kind)
        {
            case HandleKind.MemberReference:
                var parent = metadata.GetMemberReference((MemberReferenceHandle)constructor).Parent;
                if (parent.Kind != HandleKind.TypeReference)
                {
                    return false;
                }

                var reference = metadata.GetTypeReference((TypeReferenceHandle)parent);
                return metadata.StringComparer.Equals(reference.Name, AttributeName) && metadata.StringComparer.Equals(reference.Namespace, AttributeNamespace);
            case HandleKind.MethodDefinition:
                var definition = metadata.GetTypeDefinition(metadata.GetMethodDefinition((MethodDefinitionHandle)constructor).GetDeclaringType());
                return metadata.StringComparer.Equals(definition.Name, AttributeName) && metadata.StringComparer.Equals(definition.Namespace, AttributeNamespace);
            default:
                return false;
        }
    }
}
