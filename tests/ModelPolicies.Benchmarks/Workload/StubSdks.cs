using System.Globalization;
using System.Text;

namespace ModelPolicies.Benchmarks.Workload;

/// <summary>
/// The SDKs the workload calls, as stand-ins with the real shapes, compiled into their own assembly: what the analyzer
/// sees of a real SDK is metadata, not source. The AI SDK types sit in their real namespaces (the analyzer's sinks are
/// the model-named parameters of methods there, docs/rules/MP0001.md); the platform SDK has one namespace per platform.
/// </summary>
public static class StubSdks
{
    public const string Ai = """
        namespace OpenAI
        {
            public class OpenAIClient
            {
                public OpenAIClient(string apiKey) { ApiKey = apiKey; }
                public string ApiKey { get; }
                public OpenAI.Chat.ChatClient GetChatClient(string model) => new OpenAI.Chat.ChatClient(model, ApiKey);
            }
        }

        namespace OpenAI.Chat
        {
            public class ChatClient
            {
                public ChatClient(string model, string apiKey) { Model = model; }
                public string Model { get; }
            }
        }

        namespace OllamaSharp
        {
            public class OllamaApiClient
            {
                public OllamaApiClient(System.Uri uri, string defaultModel = "") { Model = defaultModel; }
                public string Model { get; }
            }
        }

        namespace Microsoft.SemanticKernel
        {
            public interface IKernelBuilder { }
            public sealed class KernelBuilder : IKernelBuilder { }
            public static class OpenAIKernelBuilderExtensions
            {
                public static IKernelBuilder AddOpenAIChatCompletion(this IKernelBuilder builder, string modelId, string apiKey) => builder;
            }
        }
        """;

    public static string Platform { get; } = CreatePlatform();

    // Linux, Windows and Android are the platforms of the twin's three contexts; iOS is the platform no context is, so
    // calling its APIs from a context is the twin's violation; Portable runs everywhere the project targets (it is
    // unsupported only on the browser, which a plain net10.0 project does not target).
    private static string CreatePlatform()
    {
        var w = new StringBuilder("using System;\nusing System.Runtime.Versioning;\n\n");
        w.Append("namespace Platform\n{\n    public interface IBoard { }\n\n    public sealed class Board : IBoard { }\n}\n");
        foreach (var (name, attribute) in new[]
        {
            ("Linux", "SupportedOSPlatform(\"linux\")"), ("Windows", "SupportedOSPlatform(\"windows\")"),
            ("Android", "SupportedOSPlatform(\"android\")"), ("Ios", "SupportedOSPlatform(\"ios\")"),
            ("Portable", "UnsupportedOSPlatform(\"browser\")"),
        })
        {
            w.Append(CultureInfo.InvariantCulture, $$"""

                namespace Platform.{{name}}
                {
                    [{{attribute}}]
                    public class Camera
                    {
                        public Camera(string device, string key) { Device = device; }
                        public string Device { get; }
                    }

                    [{{attribute}}]
                    public static class Hub
                    {
                        public static object Connect(string device) => device;
                    }

                    [{{attribute}}]
                    public class Radio
                    {
                        public Radio(Uri uri, string device) { Device = device; }
                        public string Device { get; }
                    }

                    // Like ChatOptions.ModelId, the property is the sink, not the options type.
                    public class Options
                    {
                        [{{attribute}}]
                        public string? DeviceId { get; set; }
                        public int Level { get; set; }
                        public string? Note { get; set; }
                    }
                }

                namespace Platform
                {
                    public static class {{name}}BoardExtensions
                    {
                        [{{attribute}}]
                        public static IBoard Add{{name}}Sensor(this IBoard board, string deviceId, string key) => board;
                    }
                }

                """);
        }

        return w.ToString();
    }
}
