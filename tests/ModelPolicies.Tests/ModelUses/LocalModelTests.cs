using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = ModelPolicies.Tests.Sdks.SdkVerifier<ModelPolicies.Analyzers.Rules.ModelUseAnalyzer>;

namespace ModelPolicies.Tests.ModelUses;

/// <summary>
/// docs/rules/MP0001.md, "Local models": a model file or folder at a local-runtime sink (LLamaSharp, ONNX Runtime GenAI)
/// is identified by its name with quantization and variant suffixes ignored, runs on the device whatever the catalog
/// says of the model, and when the catalog cannot name it is MP0006 — or MP0001 under a budget below the SLM boundary.
/// </summary>
public class LocalModelTests
{
    // An unidentified file at a task-neutral sink (a GGUF file's) stands for a chat model, so the suggestion is the
    // smallest local chat model that fits — not an embedding model that happens to be smaller.
    private const string SmallestLocal = ", such as 'smollm2-135m'";

    private static DiagnosticResult Edge(int location, string model, string reason, string modelClass = "LLM", string site = "Run") =>
        Verify.Diagnostic("MP0001").WithLocation(location).WithArguments(site, model, modelClass, reason, ", such as 'pocket-slm'", "");

    [Fact]
    public async Task GGUF_and_ONNX_path_constants_are_identified_by_their_file_or_folder_name()
    {
        await Verify.VerifyAsync("""
            using LLama.Common;
            using Microsoft.ML.OnnxRuntimeGenAI;
            using ModelPolicies;

            class OnDevice
            {
                private const string PhiFile = "models/Phi-3.5-mini-instruct-Q4_K_M.gguf";
                private const string LlamaFile = "models/Meta-Llama-3.1-70B-Instruct-Q4_K_M.gguf";
                private static readonly string LlamaFolder = {|#2:@"models\Llama-3.1-70B-Instruct-onnx\cpu_and_mobile\cpu-int4-rtn-block-32"|};

                [Edge]
                void Run()
                {
                    _ = new ModelParams(PhiFile);
                    _ = new ModelParams({|#0:LlamaFile|});
                    using var model = new Model({|#1:LlamaFolder|});
                    using var phi = new Model(@"models\Phi-3-mini-4k-instruct-onnx\cpu_and_mobile\cpu-int4-rtn-block-32");
                }
            }
            """,
            new string[0],
            Edge(0, "models/Meta-Llama-3.1-70B-Instruct-Q4_K_M.gguf", "70B parameters, over the 15B edge budget"),
            Edge(1, @"models\Llama-3.1-70B-Instruct-onnx\cpu_and_mobile\cpu-int4-rtn-block-32", "70B parameters, over the 15B edge budget").WithLocation(2));
    }

    [Fact]
    public async Task A_path_built_at_run_time_is_identified_by_its_constant_last_part()
    {
        await Verify.VerifyAsync("""
            using System;
            using System.IO;
            using LLama.Common;
            using Microsoft.ML.OnnxRuntimeGenAI;
            using ModelPolicies;

            class OnDevice
            {
                [Edge]
                void Run(string dir)
                {
                    _ = new ModelParams(Path.Combine(dir, "phi-3.5-mini.gguf"));
                    var file = "qwen2.5-0.5b-instruct-q4_k_m.gguf";
                    _ = new ModelParams(Path.Combine(dir, "models", file));
                    _ = new ModelParams({|#0:Path.Combine(dir, "models", {|#1:"Meta-Llama-3.1-70B-Instruct-Q4_K_M.gguf"|})|});

                    using var phi = new Model($"{dir}/Phi-4-mini-instruct-onnx");
                    using var llama = new Config({|#2:$"{dir}/Llama-3.1-70B-Instruct-onnx"|});
                    _ = new ModelParams({|#3:QwenFile|});
                }

                private static readonly string QwenFile = Path.Combine(AppContext.BaseDirectory, "models", {|#4:"qwen2.5-72b-instruct-q4_k_m.gguf"|});
            }
            """,
            new string[0],
            Edge(0, "Meta-Llama-3.1-70B-Instruct-Q4_K_M.gguf", "70B parameters, over the 15B edge budget").WithLocation(1),
            Edge(2, "/Llama-3.1-70B-Instruct-onnx", "70B parameters, over the 15B edge budget"),
            Edge(3, "qwen2.5-72b-instruct-q4_k_m.gguf", "72.7B parameters, over the 15B edge budget").WithLocation(4));
    }

    [Fact]
    public async Task A_local_model_runs_on_the_device_even_when_the_catalog_serves_it_from_the_cloud_only()
    {
        await Verify.VerifyAsync("""
            using LLama.Common;
            using ModelPolicies;
            using OpenAI;

            class OnDevice
            {
                [Edge]
                void Run(OpenAIClient openAI)
                {
                    // ministral-3b: 3B, served by Mistral's API only; its weights in a file run here.
                    _ = new ModelParams("models/ministral-3b-instruct.Q4_K_M.gguf");
                    _ = openAI.GetChatClient({|#0:"ministral-3b"|});
                }
            }
            """,
            new string[0],
            Edge(0, "ministral-3b", "cloud only", "SLM"));
    }

    [Fact]
    public async Task An_unidentified_local_model_is_MP0006_and_fails_only_an_edge_budget_below_the_SLM_boundary()
    {
        await Verify.VerifyAsync("""
            using LLama.Common;
            using ModelPolicies;

            class OnDevice
            {
                private const string HouseModel = "models/contoso-assistant-q4_k_m.gguf";

                [Edge]
                void Run() => new ModelParams({|#0:HouseModel|});

                [Edge(MaxParameters = "15B")]
                void AtTheBoundary() => new ModelParams({|#1:HouseModel|});

                [Edge(MaxParameters = "1B")]
                void Watch() => new ModelParams({|#2:HouseModel|});

                void Free() => new ModelParams(HouseModel);
            }
            """,
            new string[0],
            Verify.Diagnostic("MP0006").WithLocation(0).WithArguments("Run", "models/contoso-assistant-q4_k_m.gguf", "[Edge] (local, ≤ 15B)", ""),
            Verify.Diagnostic("MP0006").WithLocation(1).WithArguments("AtTheBoundary", "models/contoso-assistant-q4_k_m.gguf", "[Edge] (local, ≤ 15B)", ""),
            Verify.Diagnostic("MP0001").WithLocation(2).WithArguments(
                "Watch", "models/contoso-assistant-q4_k_m.gguf", "local model", "not in the catalog, so not known to fit the 1B edge budget", SmallestLocal, ""));
    }

    [Fact]
    public async Task A_wrapper_of_a_local_runtime_hands_on_a_path()
    {
        await Verify.VerifyAsync("""
            using LLama.Common;
            using ModelPolicies;

            static class Weights
            {
                public static ModelParams Load(string modelFile) => new(modelFile) { ContextSize = 4096 };
            }

            class OnDevice
            {
                [Edge]
                void Run()
                {
                    Weights.Load({|#0:"models/qwen2.5-72b-instruct-q4_k_m.gguf"|});
                    Weights.Load("models/Llama-3.2-1B-Instruct-Q4_K_M.gguf");
                }

                [Edge(MaxParameters = "1B")]
                void Watch() => Weights.Load({|#1:"models/contoso-assistant-q4_k_m.gguf"|});
            }
            """,
            new string[0],
            Verify.Diagnostic("MP0001").WithLocation(0).WithArguments(
                "Run", "models/qwen2.5-72b-instruct-q4_k_m.gguf", "LLM", "72.7B parameters, over the 15B edge budget", ", such as 'pocket-slm'", " through Load → new ModelParams"),
            Verify.Diagnostic("MP0001").WithLocation(1).WithArguments(
                "Watch", "models/contoso-assistant-q4_k_m.gguf", "local model", "not in the catalog, so not known to fit the 1B edge budget", SmallestLocal, " through Load → new ModelParams"));
    }
    // docs/rules/MP0010.md: a call into code that loads a model file is judged by the model the file holds, running on
    // the device — as the use itself is.
    [Fact]
    public async Task A_model_file_loaded_by_a_called_method_is_judged_at_the_call()
    {
        await Verify.VerifyAsync("""
            using LLama.Common;
            using ModelPolicies;

            class Assistant
            {
                public ModelParams Big() => new("models/qwen2.5-72b-instruct-q4_k_m.gguf");

                public ModelParams Small() => new("models/Llama-3.2-1B-Instruct-Q4_K_M.gguf");

                // ministral-3b is served from the cloud only; its file runs here.
                public ModelParams CloudOnlyModelsFile() => new("models/ministral-3b-instruct.Q4_K_M.gguf");

                [Edge]
                void Run()
                {
                    {|#0:Big()|};
                    Small();
                    CloudOnlyModelsFile();
                }
            }
            """,
            new string[0],
            Verify.Diagnostic("MP0010").WithLocation(0).WithArguments("Run", "[Edge]", "Big", "models/qwen2.5-72b-instruct-q4_k_m.gguf", "LLM", "72.7B parameters, over the 15B edge budget"));
    }
}
