using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ModelPolicies.Analyzers.Catalog;
using ModelPolicies.Analyzers.Generator;

namespace ModelPolicies.Benchmarks.Workload;

/// <summary>
/// Writes a workload (the use forms of docs/rules/MP0001.md in a realistic project) from a <see cref="WorkloadPlan"/>, in either
/// dialect. Deterministic: the same size and seed give the same text.
/// </summary>
public static class WorkloadGenerator
{
    /// <summary>The built-in model the workload asks a typed client of with <c>[assembly: ModelClient]</c>.</summary>
    public const string BuiltInClientModel = "gpt-4o";

    public static Workload Create(WorkloadSize size, Dialect dialect, int seed = WorkloadShape.Seed) =>
        Create(WorkloadPlan.Create(size, seed), dialect);

    public static Workload Create(WorkloadPlan plan, Dialect dialect)
    {
        // The workload's models are chat models: each one's type is its chat client, on the stem naming gives it.
        var names = ClientNaming.Assign(plan.Catalog.Select(m => m.Id)).ToDictionary(pair => pair.Key, pair => pair.Value + ClientNaming.ChatSuffix);
        var renderer = new Renderer(plan, dialect, names);
        var sources = new List<SourceFile>
        {
            new("Common.cs", renderer.Common()),
            new(dialect == Dialect.ModelPolicies ? "ModelHelpers.cs" : "PlatformHelpers.cs", renderer.Helpers()),
            new("Drafts.cs", renderer.Drafts()),
            new("LegacyClients.cs", renderer.LegacyClients()),
        };
        sources.AddRange(plan.Files.Select(f => new SourceFile(f.Path, renderer.Feature(f))));
        if (dialect == Dialect.Platform)
        {
            // The twin's stand-in for the generated typed clients: one platform-specific type per catalog model.
            sources.AddRange(plan.Catalog.Select(m => new SourceFile($"Devices/{renderer.DeviceName(m.Index)}.cs", renderer.Device(m))));
            sources.Add(new SourceFile("Devices/PortableDevices.cs", renderer.PortableDevices()));
        }

        var uses = plan.Uses.ToList();
        return new Workload
        {
            Size = plan.Size,
            Dialect = dialect,
            Sources = sources,
            SdkSources = new[] { new SourceFile(dialect == Dialect.ModelPolicies ? "AiSdk.cs" : "PlatformSdk.cs", dialect == Dialect.ModelPolicies ? StubSdks.Ai : StubSdks.Platform) },
            CatalogJson = dialect == Dialect.ModelPolicies ? SyntheticCatalog.ToJson(plan.Catalog) : null,
            BigDocumentPath = plan.Files.Single(f => f.IsBigDocument).Path,
            UseSites = uses.Count,
            UsesInContexts = uses.Count(u => u.Context is not null),
            Violations = uses.Count(u => u.Violates),
        };
    }

    private sealed class Renderer
    {
        private readonly WorkloadPlan _plan;
        private readonly Dialect _dialect;
        private readonly IReadOnlyDictionary<string, string> _clientNames;

        public Renderer(WorkloadPlan plan, Dialect dialect, IReadOnlyDictionary<string, string> clientNames)
        {
            _plan = plan;
            _dialect = dialect;
            _clientNames = clientNames;
        }

        private bool Mp => _dialect == Dialect.ModelPolicies;

        private CatalogModel Model(int index) => _plan.Catalog[index];

        public string ClientName(int model) => _clientNames[Model(model).Id];

        public string DeviceName(int model) => ClientName(model)[..^"Client".Length] + "Device";

        public string Common()
        {
            var w = new StringBuilder();
            w.Append("using System;\nusing System.Collections.Generic;\n");
            if (Mp)
            {
                w.Append("using ModelPolicies;\n\n")
                    .Append("// A built-in model the project wants a typed client of (docs/clients.md).\n")
                    .Append("[assembly: ModelClient(\"").Append(BuiltInClientModel).Append("\")]\n");
            }

            w.Append("""

                namespace Workload;

                /// <summary>A line of an order.</summary>
                public sealed record LineItem(string Sku, decimal Price, int Quantity);

                /// <summary>Settings every feature gets: keys, endpoints and SDK entry points.</summary>
                public sealed class WorkloadSettings
                {
                    public string ApiKey { get; init; } = "key";

                    public string? PreferredModel { get; init; }

                    public Uri Endpoint { get; init; } = new("http://localhost:11434");

                    public IReadOnlyList<LineItem> Items { get; init; } = Array.Empty<LineItem>();

                """);
            w.Append(Mp
                ? """

                        public global::OpenAI.OpenAIClient OpenAi { get; init; } = new("key");

                        public global::Microsoft.SemanticKernel.IKernelBuilder Kernel { get; init; } = new global::Microsoft.SemanticKernel.KernelBuilder();
                    }

                    """
                : """

                        public global::Platform.IBoard Board { get; init; } = new global::Platform.Board();
                    }

                    """);
            return w.ToString();
        }

        // [UsesModel] helpers (§3.3); the twin's are platform-specific methods, annotated like the model's device.
        public string Helpers()
        {
            var w = new StringBuilder();
            w.Append(Mp ? "using ModelPolicies;\n\nnamespace Workload;\n\n/// <summary>Helpers that declare the model they use.</summary>\npublic static class ModelHelpers\n{\n"
                : "using System.Runtime.Versioning;\n\nnamespace Workload;\n\n/// <summary>Helpers that only run on some platforms.</summary>\npublic static class PlatformHelpers\n{\n");
            foreach (var model in _plan.Catalog.Take(WorkloadShape.HotModels))
            {
                w.Append(Mp ? $"    [UsesModel(\"{model.Id}\")]\n" : PlatformAttributes(model, "    "))
                    .Append("    public static string Ask").Append(model.Index).Append("(string prompt) => prompt.Trim();\n\n");
            }

            w.Length--;
            w.Append("}\n");
            if (!Mp)
            {
                w.Append("\n/// <summary>The same helpers for code that runs anywhere the project targets.</summary>\n[UnsupportedOSPlatform(\"browser\")]\npublic static class PortableHelpers\n{\n");
                foreach (var model in _plan.Catalog.Take(WorkloadShape.HotModels))
                {
                    w.Append("    public static string Ask").Append(model.Index).Append("(string prompt) => prompt.Trim();\n");
                }

                w.Append("}\n");
            }

            return w.ToString();
        }

        // Same-compilation methods that use a model (§3.4): a call to one from a context is checked through it.
        public string Drafts()
        {
            var w = new StringBuilder();
            w.Append(Mp ? "using Microsoft.Extensions.AI;\n\n" : string.Empty)
                .Append("namespace Workload;\n\n/// <summary>Drafting helpers, each bound to one model.</summary>\npublic static class Drafts\n{\n");
            foreach (var model in _plan.Catalog.Take(WorkloadShape.HotModels))
            {
                w.Append(Mp
                    ? $"    public static ChatOptions Draft{model.Index}(string text) => new ChatOptions {{ ModelId = \"{model.Id}\", Instructions = text }};\n"
                    : $"    public static global::Platform.Portable.Options Draft{model.Index}(string text) => new global::Platform.Portable.Options {{ DeviceId = \"{model.Id}\", Note = text }};\n");
            }

            w.Append("}\n");
            return w.ToString();
        }

        // Hand-written types bound to a model with [ModelClient] (§3.1 "another type marked [ModelClient]").
        public string LegacyClients()
        {
            var w = new StringBuilder();
            w.Append(Mp ? "using Microsoft.Extensions.AI;\nusing ModelPolicies;\n\n" : "using System.Runtime.Versioning;\n\n")
                .Append("namespace Workload;\n");
            foreach (var model in _plan.Catalog.Take(WorkloadShape.HotModels))
            {
                w.Append('\n')
                    .Append("/// <summary>A hand-written gateway to ").Append(model.Id).Append(".</summary>\n")
                    .Append(Mp ? $"[ModelClient(\"{model.Id}\")]\n" : PlatformAttributes(model, string.Empty))
                    .Append("public sealed class Legacy").Append(model.Index).Append("Gateway\n{\n")
                    .Append("    public const string Model = \"").Append(model.Id).Append("\";\n\n")
                    .Append("    private readonly ").Append(Mp ? "IChatClient" : "object").Append(" _inner;\n\n")
                    .Append("    public Legacy").Append(model.Index).Append("Gateway(").Append(Mp ? "IChatClient" : "object").Append(" inner)\n    {\n        _inner = inner;\n    }\n\n")
                    .Append("    public string Describe() => Model + \"@\" + _inner.GetHashCode();\n")
                    .Append("}\n");
            }

            return w.ToString();
        }

        // The twin's typed client: a type annotated with the platforms whose contexts the model would satisfy.
        public string Device(CatalogModel model) =>
            $$"""
            // <auto-generated/>
            #nullable enable

            namespace Workload.Devices
            {
                /// <summary>The device type for {{model.Id}}.</summary>
            {{PlatformAttributes(model, "    ", global: true)}}    public sealed partial class {{DeviceName(model.Index)}}
                {
                    public const string DeviceId = "{{model.Id}}";

                    private readonly object _inner;

                    public static string Descriptor { get; } = "{{model.Id}}|{{model.Class}}|{{model.ParametersB.ToString(CultureInfo.InvariantCulture)}}B";

                    public {{DeviceName(model.Index)}}(object inner)
                    {
                        _inner = inner;
                    }

                    public string Describe() => DeviceId + "@" + _inner.GetHashCode();
                }
            }

            """;

        public string PortableDevices()
        {
            var w = new StringBuilder("// <auto-generated/>\n#nullable enable\n\nnamespace Workload.Devices\n{\n");
            foreach (var model in _plan.Catalog.Take(WorkloadShape.HotModels))
            {
                w.Append("    [global::System.Runtime.Versioning.UnsupportedOSPlatform(\"browser\")]\n")
                    .Append("    public sealed class Portable").Append(model.Index).Append("Device\n    {\n")
                    .Append("        public const string DeviceId = \"").Append(model.Id).Append("\";\n\n")
                    .Append("        private readonly object _inner;\n\n")
                    .Append("        public static string Descriptor { get; } = \"").Append(model.Id).Append("\";\n\n")
                    .Append("        public Portable").Append(model.Index).Append("Device(object inner)\n        {\n            _inner = inner;\n        }\n\n")
                    .Append("        public string Describe() => DeviceId + \"@\" + _inner.GetHashCode();\n    }\n\n");
            }

            w.Length--;
            w.Append("}\n");
            return w.ToString();
        }

        public string Feature(FilePlan file)
        {
            var uses = file.Members.OfType<UseMember>().Select(m => m.Use).ToList();
            var w = new StringBuilder(file.Members.Count * 600);
            w.Append("using System;\nusing System.Collections.Generic;\nusing System.Linq;\nusing System.Text;\nusing System.Threading;\nusing System.Threading.Tasks;\n")
                .Append("using Microsoft.Extensions.AI;\nusing Microsoft.Extensions.DependencyInjection;\n")
                .Append(Mp ? "using Microsoft.SemanticKernel;\nusing ModelPolicies;\nusing Workload.Models;\n" : "using System.Runtime.Versioning;\nusing Platform;\nusing Workload.Devices;\n")
                .Append("\nnamespace Workload.").Append(file.Area).Append(";\n\n")
                .Append("/// <summary>Feature ").Append(file.Index).Append(": order handling, reporting and assistance.</summary>\n")
                .Append("public sealed class ").Append(file.ClassName).Append("\n{\n")
                .Append("    private const int Threshold = ").Append(file.Threshold).Append(";\n");

            // Readonly fields that hold model ids (§3.2): declared with the class, read by one use each.
            foreach (var use in uses.Where(u => u.Form == UseForm.ReadonlyField))
            {
                w.Append(use.Variant % 2 == 0
                    ? $"    private static readonly string Model{use.Number} = \"{Model(use.Model).Id}\";\n"
                    : $"    private readonly string _model{use.Number} = \"{Model(use.Model).Id}\";\n");
            }

            w.Append("""
                    private readonly IChatClient _chat;
                    private readonly IServiceProvider _services;


                """)
                .Append("    public ").Append(file.ClassName).Append("(IChatClient chat, IServiceProvider services)\n    {\n        _chat = chat;\n        _services = services;\n    }\n\n");

            foreach (var member in file.Members)
            {
                switch (member)
                {
                    case FillerMember filler:
                        w.Append(filler.Text).Append('\n');
                        break;
                    case UseMember { Use.Form: not UseForm.CtorInjection } use:
                        UseMethod(w, use.Use);
                        break;
                }
            }

            w.Append("    private static string Normalize(string text) => text.Trim().ToUpperInvariant();\n}\n");

            // Constructor injection (§3.1): a worker whose constructor, in a context, takes a typed client.
            foreach (var use in uses.Where(u => u.Form == UseForm.CtorInjection))
            {
                var type = TypeName(use);
                w.Append("\n/// <summary>A worker that gets its client injected.</summary>\n")
                    .Append("public sealed class ").Append(file.ClassName).Append("Worker").Append(use.Number).Append("\n{\n")
                    .Append("    private readonly ").Append(type).Append(" _client;\n\n");
                if (use.Context is { } context)
                {
                    w.Append("    ").Append(ContextAttribute(context)).Append('\n');
                }

                w.Append("    public ").Append(file.ClassName).Append("Worker").Append(use.Number).Append('(').Append(type).Append(" client, WorkloadSettings settings)\n    {\n")
                    .Append("        _client = client;\n        Settings = settings;\n    }\n\n")
                    .Append("    public WorkloadSettings Settings { get; }\n\n")
                    .Append("    public object Client => _client;\n}\n");
            }

            return w.ToString();
        }

        private void UseMethod(StringBuilder w, UseSite use)
        {
            var (prelude, expression) = Render(use);

            // CA1416 reads platform attributes from the method, not from a local function inside it: the twin keeps the
            // local function but puts its context on the method.
            if (use.Context is { } context && (!use.InLocalFunction || !Mp))
            {
                w.Append("    ").Append(ContextAttribute(context)).Append('\n');
            }

            w.Append("    public object? Use").Append(use.Number).Append("(string input, WorkloadSettings settings");
            if (use.Form == UseForm.InstanceMember)
            {
                w.Append(", ").Append(TypeName(use)).Append(" client").Append(use.Number);
            }

            w.Append(")\n    {\n")
                .Append("        var held = new List<object?>();\n")
                .Append("        var trimmed = Normalize(input);\n")
                .Append("        if (trimmed.Length > Threshold)\n        {\n            held.Add(trimmed.Substring(0, Threshold));\n        }\n\n");
            if (use.InLocalFunction)
            {
                w.Append("        held.Add(Pick());\n\n");
                if (Mp)
                {
                    w.Append("        ").Append(ContextAttribute(use.Context!.Value)).Append('\n');
                }

                w.Append("        object? Pick()\n        {\n");
                foreach (var line in prelude)
                {
                    w.Append("            ").Append(line).Append('\n');
                }

                w.Append("            return ").Append(expression).Append(";\n        }\n\n");
            }
            else
            {
                foreach (var line in prelude)
                {
                    w.Append("        ").Append(line).Append('\n');
                }

                w.Append("        held.Add(").Append(expression).Append(");\n");
            }

            w.Append("        return held;\n    }\n\n");
        }

        // The statements before the use and the expression that is the use.
        private (IReadOnlyList<string> Prelude, string Expression) Render(UseSite use)
        {
            var model = Model(use.Model);
            var n = use.Number;
            var type = TypeName(use);
            var legacy = use.Legacy && (Mp || use.Context is not null);
            switch (use.Form)
            {
                case UseForm.Construction:
                    return (Array.Empty<string>(), $"new {type}(_chat)");
                case UseForm.StaticMember:
                    return (Array.Empty<string>(), legacy ? $"{type}.Model" : $"{type}.{(use.Variant % 2 == 0 ? (Mp ? "ModelId" : "DeviceId") : "Descriptor")}");
                case UseForm.InstanceMember:
                    return (Array.Empty<string>(), Mp && !legacy ? $"client{n}.GetService(typeof(ChatClientMetadata))" : $"client{n}.Describe()");
                case UseForm.TypeOf:
                    return (Array.Empty<string>(), $"typeof({type})");
                case UseForm.GenericArgument:
                    return (Array.Empty<string>(), use.Variant % 2 == 0 ? $"new List<{type}>(2)" : $"Array.Empty<{type}>()");
                case UseForm.DiResolution:
                    return (Array.Empty<string>(), (use.Variant % 3) switch
                    {
                        0 => $"_services.GetRequiredService<{type}>()",
                        1 => $"_services.GetService<{type}>()",
                        _ => $"_services.GetRequiredKeyedService<{type}>(\"key{n}\")",
                    });
                case UseForm.Literal:
                    return (Array.Empty<string>(), Sink(use, $"\"{model.Id}\""));
                case UseForm.Const:
                    return (new[] { $"const string model{n} = \"{model.Id}\";" }, Sink(use, $"model{n}"));
                case UseForm.Local:
                    return (new[] { $"var modelId{n} = \"{model.Id}\";" }, Sink(use, $"modelId{n}"));
                case UseForm.ReadonlyField:
                    return (Array.Empty<string>(), Sink(use, use.Variant % 2 == 0 ? $"Model{n}" : $"_model{n}"));
                case UseForm.InterpolatedConst:
                    return (new[] { $"const string family{n} = \"{model.Prefix}\";", $"const string model{n} = $\"{{family{n}}}-{model.Suffix}\";" }, Sink(use, $"model{n}"));
                case UseForm.Coalesce:
                    return (Array.Empty<string>(), Sink(use, $"settings.PreferredModel ?? \"{model.Id}\""));
                case UseForm.ChatOptionsModelId:
                    return Mp
                        ? (new[] { $"var options{n} = new ChatOptions {{ Temperature = 0.2f }};", $"options{n}.ModelId = \"{model.Id}\";" }, $"options{n}")
                        : (new[] { $"var options{n} = new global::Platform.{Platform(use)}.Options {{ Level = 2 }};", $"options{n}.DeviceId = \"{model.Id}\";" }, $"options{n}");
                case UseForm.UsesModelCall:
                    return (Array.Empty<string>(), Mp || use.Context is not null ? $"{(Mp ? "ModelHelpers" : "PlatformHelpers")}.Ask{use.Model}(input)" : $"PortableHelpers.Ask{use.Model}(input)");
                case UseForm.TransitiveCall:
                    return (Array.Empty<string>(), $"Drafts.Draft{use.Model}(input)");
                default:
                    throw new InvalidOperationException($"{use.Form} is not rendered in a method");
            }
        }

        // A model-id sink of an AI SDK (§3.2), or in the twin a platform-specific API taking the same string.
        private string Sink(UseSite use, string value)
        {
            if (Mp)
            {
                return (use.Variant % 5) switch
                {
                    0 => $"new global::OpenAI.Chat.ChatClient({value}, settings.ApiKey)",
                    1 => $"settings.OpenAi.GetChatClient({value})",
                    2 => $"new global::OllamaSharp.OllamaApiClient(settings.Endpoint, {value})",
                    3 => $"settings.Kernel.AddOpenAIChatCompletion(modelId: {value}, apiKey: settings.ApiKey)",
                    _ => $"new ChatOptions {{ ModelId = {value} }}",
                };
            }

            var platform = Platform(use);
            return (use.Variant % 5) switch
            {
                0 => $"new global::Platform.{platform}.Camera({value}, settings.ApiKey)",
                1 => $"global::Platform.{platform}.Hub.Connect({value})",
                2 => $"new global::Platform.{platform}.Radio(settings.Endpoint, {value})",
                3 => $"settings.Board.Add{platform}Sensor(deviceId: {value}, key: settings.ApiKey)",
                _ => $"new global::Platform.{platform}.Options {{ DeviceId = {value} }}",
            };
        }

        // The twin's platform for a sink: the context's own when the model complies, another when it does not, and
        // outside contexts an API that runs everywhere the project targets.
        private static string Platform(UseSite use) => use.Context switch
        {
            null => "Portable",
            _ when use.Violates => "Ios",
            ContextKind.Edge => "Linux",
            ContextKind.LowLatency => "Windows",
            _ => "Android",
        };

        private string TypeName(UseSite use)
        {
            if (Mp)
            {
                return use.Legacy ? $"Legacy{use.Model}Gateway" : ClientName(use.Model);
            }

            return use.Context is null ? $"Portable{use.Model}Device" : use.Legacy ? $"Legacy{use.Model}Gateway" : DeviceName(use.Model);
        }

        private string ContextAttribute(ContextKind context) => (Mp, context) switch
        {
            (true, ContextKind.Edge) => "[Edge]",
            (true, ContextKind.LowLatency) => "[LowLatency]",
            (true, _) => "[Multimodal(Modality.Image)]",
            (false, ContextKind.Edge) => "[SupportedOSPlatform(\"linux\")]",
            (false, ContextKind.LowLatency) => "[SupportedOSPlatform(\"windows\")]",
            _ => "[SupportedOSPlatform(\"android\")]",
        };

        // A model's twin runs on the platforms of the contexts the model satisfies (ios when it satisfies none).
        private static string PlatformAttributes(CatalogModel model, string indent, bool global = false)
        {
            var name = global ? "global::System.Runtime.Versioning.SupportedOSPlatform" : "SupportedOSPlatform";
            var w = new StringBuilder();
            if (model.SatisfiesEdge)
            {
                w.Append(indent).Append('[').Append(name).Append("(\"linux\")]\n");
            }

            if (model.SatisfiesLowLatency)
            {
                w.Append(indent).Append('[').Append(name).Append("(\"windows\")]\n");
            }

            if (model.SatisfiesMultimodal)
            {
                w.Append(indent).Append('[').Append(name).Append("(\"android\")]\n");
            }

            if (w.Length == 0)
            {
                w.Append(indent).Append('[').Append(name).Append("(\"ios\")]\n");
            }

            return w.ToString();
        }
    }
}
