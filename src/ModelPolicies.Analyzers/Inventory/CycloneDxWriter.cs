using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace ModelPolicies.Analyzers.Inventory;

/// <summary>
/// Writes an assembly's <see cref="ModelInventory"/> as a CycloneDX 1.6 JSON bill of materials (docs/bom.md): the
/// assembly as <c>metadata.component</c>, one <c>machine-learning-model</c> component per model, the providers of
/// cloud-only models as services, and the dependency graph between them. Everything is sorted and there is no
/// timestamp, so the same inventory always gives the same bytes; the serial number is derived from the content.
/// </summary>
internal static class CycloneDxWriter
{
    public const string PropertyPrefix = "modelpolicies:";

    // The namespace of the name-based (version 5) serial numbers: fixed, so equal content gives an equal serial.
    private static readonly byte[] SerialNamespace =
    {
        0x8e, 0x4c, 0x2f, 0x61, 0x0b, 0x7a, 0x4d, 0x35, 0x9a, 0x51, 0x6d, 0x0e, 0x3c, 0x72, 0xb8, 0x14,
    };

    public static string Write(ModelInventory inventory)
    {
        var unnumbered = Document(inventory, serialNumber: null);
        return Document(inventory, SerialNumber(unnumbered));
    }

    public static string AssemblyRef(ModelInventory inventory) => "assembly:" + inventory.AssemblyName;

    public static string ModelRef(InventoryModel model) => "model:" + model.Id;

    public static string ServiceRef(string provider) => "service:" + provider;

    private static string Document(ModelInventory inventory, string? serialNumber)
    {
        var models = inventory.Models.OrderBy(m => m.Id, StringComparer.Ordinal).ToList();
        var services = Services(models);
        var json = new JsonWriter().StartObject()
            .Property("bomFormat", "CycloneDX")
            .Property("specVersion", "1.6");
        if (serialNumber is not null)
        {
            json.Property("serialNumber", serialNumber);
        }

        json.Property("version", 1);
        WriteMetadata(json, inventory);

        json.Name("components").StartArray();
        foreach (var model in models)
        {
            WriteModel(json, model);
        }

        json.EndArray();

        if (services.Count > 0)
        {
            json.Name("services").StartArray();
            foreach (var provider in services.Values.Distinct(StringComparer.Ordinal).OrderBy(p => p, StringComparer.Ordinal))
            {
                json.StartObject()
                    .Property("bom-ref", ServiceRef(provider))
                    .Name("provider").StartObject().Property("name", provider).EndObject()
                    .Property("name", provider)
                    // Requests to a hosted model leave the application for the provider's infrastructure.
                    .Property("x-trust-boundary", true)
                    .EndObject();
            }

            json.EndArray();
        }

        WriteDependencies(json, inventory, models, services);
        return json.EndObject().ToString();
    }

    private static void WriteMetadata(JsonWriter json, ModelInventory inventory)
    {
        json.Name("metadata").StartObject()
            .Name("lifecycles").StartArray().StartObject().Property("phase", "build").EndObject().EndArray();
        if (inventory.ToolVersion is { } toolVersion)
        {
            json.Name("tools").StartObject()
                .Name("components").StartArray()
                .StartObject().Property("type", "application").Property("name", "ModelPolicies").Property("version", toolVersion).EndObject()
                .EndArray()
                .EndObject();
        }

        json.Name("component").StartObject()
            .Property("type", inventory.IsApplication ? "application" : "library")
            .Property("bom-ref", AssemblyRef(inventory))
            .Property("name", inventory.AssemblyName)
            .Property("version", inventory.AssemblyVersion);

        var unverified = inventory.Unverified.OrderBy(u => u).ToList();
        if (unverified.Count > 0)
        {
            json.Name("properties").StartArray();
            foreach (var use in unverified)
            {
                var name = use.Reason == UnverifiedReason.EnforcedAtRunTime ? "enforcedAtRunTime" : "unverified";
                WriteProperty(json, name, $"{use.File}:{use.Line}: {use.Sink}");
            }

            json.EndArray();
        }

        json.EndObject().EndObject();
    }

    private static void WriteModel(JsonWriter json, InventoryModel model)
    {
        json.StartObject()
            .Property("type", "machine-learning-model")
            .Property("bom-ref", ModelRef(model));
        if (model.Provider is { } provider)
        {
            json.Property("publisher", provider);
        }

        json.Property("name", model.Id);

        json.Name("modelCard").StartObject();
        var tasks = model.Tasks.Distinct(StringComparer.Ordinal).OrderBy(t => t, Comparer<string>.Create(ModelTasks.Compare)).ToList();
        var inputs = Formats(model.Inputs);
        var outputs = model.Outputs.Distinct(StringComparer.Ordinal).OrderBy(o => o, StringComparer.Ordinal).ToList();
        if (tasks.Count > 0 || inputs.Count > 0 || outputs.Count > 0)
        {
            json.Name("modelParameters").StartObject();
            if (tasks.Count > 0)
            {
                // CycloneDX has one task per model: the first in the vocabulary's order; modelpolicies:tasks lists them all.
                json.Property("task", tasks[0]);
            }

            WriteFormats(json, "inputs", inputs);
            WriteFormats(json, "outputs", outputs);
            json.EndObject();
        }

        json.Name("properties").StartArray();
        WriteProperty(json, "known", model.Known ? "true" : "false");
        if (model.Class is { } modelClass)
        {
            WriteProperty(json, "class", modelClass.ToString().ToLowerInvariant());
        }

        if (model.Size.Parameters > 0)
        {
            WriteProperty(json, "parameters", ModelSize.FormatParameters(model.Size.Parameters));
        }
        else if (!model.Size.IsUnknown)
        {
            WriteProperty(json, "size", model.Size.ToString());
        }

        if (model.Deployment != ModelDeployment.None)
        {
            WriteProperty(json, "deployment", string.Join(", ", Deployments(model.Deployment)));
        }

        if (model.LatencyMs is { } latency)
        {
            WriteProperty(json, "latencyMs", latency.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (tasks.Count > 0)
        {
            WriteProperty(json, "tasks", string.Join(", ", tasks));
        }

        var contexts = model.Contexts.Distinct(StringComparer.Ordinal).OrderBy(c => c, StringComparer.Ordinal).ToList();
        if (contexts.Count > 0)
        {
            WriteProperty(json, "contexts", string.Join(" ", contexts));
        }

        foreach (var name in model.NamesUsed.Where(n => n != model.Id).Distinct(StringComparer.Ordinal).OrderBy(n => n, StringComparer.Ordinal))
        {
            WriteProperty(json, "usedAs", name);
        }

        json.EndArray().EndObject();

        var occurrences = model.Occurrences.Distinct().OrderBy(o => o).ToList();
        if (occurrences.Count > 0)
        {
            json.Name("evidence").StartObject().Name("occurrences").StartArray();
            foreach (var occurrence in occurrences)
            {
                json.StartObject().Property("location", occurrence.File).Property("line", occurrence.Line);
                if (occurrence.Symbol is { } symbol)
                {
                    json.Property("symbol", symbol);
                }

                json.EndObject();
            }

            json.EndArray().EndObject();
        }

        json.EndObject();
    }

    // The assembly depends on each model, each cloud-only model on its provider's service; every model and service
    // is listed, with no dependencies where it has none (CycloneDX: "declared as empty elements").
    private static void WriteDependencies(JsonWriter json, ModelInventory inventory, List<InventoryModel> models, Dictionary<string, string> services)
    {
        json.Name("dependencies").StartArray();
        json.StartObject().Property("ref", AssemblyRef(inventory));
        if (models.Count > 0)
        {
            json.Name("dependsOn").StartArray();
            foreach (var model in models)
            {
                json.Value(ModelRef(model));
            }

            json.EndArray();
        }

        json.EndObject();

        foreach (var model in models)
        {
            json.StartObject().Property("ref", ModelRef(model));
            if (services.TryGetValue(model.Id, out var provider))
            {
                json.Name("dependsOn").StartArray().Value(ServiceRef(provider)).EndArray();
            }

            json.EndObject();
        }

        foreach (var provider in services.Values.Distinct(StringComparer.Ordinal).OrderBy(p => p, StringComparer.Ordinal))
        {
            json.StartObject().Property("ref", ServiceRef(provider)).EndObject();
        }

        json.EndArray();
    }

    // Model id → the provider spelling its service goes by: providers that differ only in case are one service, named
    // by their ordinal-first spelling.
    private static Dictionary<string, string> Services(List<InventoryModel> models)
    {
        var spelling = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var model in models)
        {
            if (model.IsCloudOnly && model.Provider is { } provider
                && (!spelling.TryGetValue(provider, out var known) || string.CompareOrdinal(provider, known) < 0))
            {
                spelling[provider] = provider;
            }
        }

        var byModel = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var model in models)
        {
            if (model.IsCloudOnly && model.Provider is { } provider)
            {
                byModel[model.Id] = spelling[provider];
            }
        }

        return byModel;
    }

    private static void WriteProperty(JsonWriter json, string name, string value) =>
        json.StartObject().Property("name", PropertyPrefix + name).Property("value", value).EndObject();

    private static void WriteFormats(JsonWriter json, string name, List<string> formats)
    {
        if (formats.Count == 0)
        {
            return;
        }

        json.Name(name).StartArray();
        foreach (var format in formats)
        {
            json.StartObject().Property("format", format).EndObject();
        }

        json.EndArray();
    }

    // The taxonomy's own names for the modalities: "text", "image", "audio", "video", as catalogs write them.
    private static List<string> Formats(Modality inputs) =>
        inputs == Modality.None ? new List<string>() : ModelTaxonomy.Names(inputs).Split(new[] { ", " }, StringSplitOptions.None).ToList();

    private static IEnumerable<string> Deployments(ModelDeployment deployment) =>
        ModelVocabulary.Deployments.Where(d => (deployment & d.Value) != 0).Select(d => d.Name);

    // An RFC 4122 name-based (version 5, SHA-1) UUID of the document written without its serial number.
    private static string SerialNumber(string document)
    {
        var content = Encoding.UTF8.GetBytes(document);
        var name = new byte[SerialNamespace.Length + content.Length];
        Buffer.BlockCopy(SerialNamespace, 0, name, 0, SerialNamespace.Length);
        Buffer.BlockCopy(content, 0, name, SerialNamespace.Length, content.Length);
        byte[] hash;
        using (var sha1 = SHA1.Create())
        {
            hash = sha1.ComputeHash(name);
        }

        hash[6] = (byte)((hash[6] & 0x0f) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3f) | 0x80);
        var hex = new StringBuilder("urn:uuid:", 45);
        for (var i = 0; i < 16; i++)
        {
            if (i is 4 or 6 or 8 or 10)
            {
                hex.Append('-');
            }

            hex.Append(hash[i].ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return hex.ToString();
    }
}
