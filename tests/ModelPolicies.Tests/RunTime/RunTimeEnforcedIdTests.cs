using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = ModelPolicies.Tests.Infrastructure.PolicyVerifier<ModelPolicies.Analyzers.Rules.ModelUseAnalyzer>;

namespace ModelPolicies.Tests.RunTime;

/// <summary>
/// docs/rules/MP0007.md, "Enforced at run time": an id only the deployment knows, sent through a client that enforces a
/// policy at run time — ModelPolicyChatClient&lt;TContext&gt;, or a client built with UseModelPolicy&lt;TContext&gt;() in the
/// same method — whose requirements cover the site's, is not MP0007; a constant id through it is still checked.
/// </summary>
public class RunTimeEnforcedIdTests
{
    private const string Usings = """
        using System.Threading.Tasks;
        using Microsoft.Extensions.AI;
        using ModelPolicies;

        """;

    private static DiagnosticResult Unverifiable(int location, string source = "parameter 'configured' of 'Run'") =>
        Verify.Diagnostic("MP0007").WithLocation(location).WithArguments("Run", "'ChatOptions.ModelId'", "[Edge] (local, ≤ 15B)", source);

    [Fact]
    public async Task An_injected_enforced_client_of_the_class_takes_an_id_only_the_deployment_knows()
    {
        await Verify.VerifyAsync(Usings + """
            [Edge]
            sealed class Notes(ModelPolicyChatClient<Notes> chat)
            {
                public Task<ChatResponse> Run(string configured) =>
                    chat.GetResponseAsync("Summarize", new ChatOptions { ModelId = configured });
            }
            """);
    }

    [Fact]
    public async Task A_plain_chat_client_does_not_and_the_id_stays_unverifiable()
    {
        await Verify.VerifyAsync(Usings + """
            [Edge]
            sealed class Notes(IChatClient chat)
            {
                public Task<ChatResponse> Run(string configured) =>
                    chat.GetResponseAsync("Summarize", new ChatOptions { ModelId = {|#0:configured|} });
            }
            """,
            Unverifiable(0));
    }

    [Fact]
    public async Task An_enforced_client_whose_context_does_not_cover_the_sites_leaves_it_unverifiable()
    {
        await Verify.VerifyAsync(Usings + """
            [LowLatency]
            sealed class Captions { }

            [Edge]
            sealed class Notes(ModelPolicyChatClient<Captions> chat)
            {
                public Task<ChatResponse> Run(string configured) =>
                    chat.GetResponseAsync("Summarize", new ChatOptions { ModelId = {|#0:configured|} });
            }
            """,
            Unverifiable(0));
    }

    [Fact]
    public async Task A_client_built_with_UseModelPolicy_in_the_method_enforces_options_passed_through_a_local()
    {
        await Verify.VerifyAsync(Usings + """
            [Edge]
            sealed class Notes
            {
                public Task<ChatResponse> Run(IChatClient inner, string configured)
                {
                    var client = inner.AsBuilder().UseModelPolicy<Notes>().Build();
                    var options = new ChatOptions { ModelId = configured };
                    return client.GetResponseAsync("Summarize", options);
                }
            }
            """);
    }

    [Fact]
    public async Task Options_also_sent_to_an_unenforced_client_stay_unverifiable()
    {
        await Verify.VerifyAsync(Usings + """
            [Edge]
            sealed class Notes(ModelPolicyChatClient<Notes> enforced, IChatClient plain)
            {
                public async Task Run(string configured)
                {
                    var options = new ChatOptions { ModelId = {|#0:configured|} };
                    await enforced.GetResponseAsync("one", options);
                    await plain.GetResponseAsync("two", options);
                }
            }
            """,
            Unverifiable(0));
    }

    [Fact]
    public async Task A_constant_id_through_an_enforced_client_is_still_checked_at_build_time()
    {
        await Verify.VerifyAsync(Usings + """
            [Edge]
            sealed class Notes(ModelPolicyChatClient<Notes> chat)
            {
                public Task<ChatResponse> Run() =>
                    chat.GetResponseAsync("Summarize", new ChatOptions { ModelId = {|#0:"gpt-4o"|} });
            }
            """,
            Verify.Diagnostic("MP0001").WithLocation(0).WithArguments("Run", "gpt-4o", "FM", "cloud only", ", such as 'pocket-slm'", ""));
    }

    [Fact]
    public async Task An_id_passed_to_a_wrapper_whose_options_go_to_an_enforced_client_covering_the_caller_is_enforced_there()
    {
        await Verify.VerifyAsync(Usings + """
            [Edge]
            sealed class Dispatch(ModelPolicyChatClient<Dispatch> chat)
            {
                public Task<ChatResponse> Route(string deployed, string request) =>
                    chat.GetResponseAsync(request, new ChatOptions { ModelId = deployed });
            }

            [Edge]
            sealed class Tablet(Dispatch dispatch)
            {
                public Task<ChatResponse> Run(string configured) => dispatch.Route(configured, "Pump P-7 leaks.");
            }
            """);
    }

    [Fact]
    public async Task An_id_passed_to_a_wrapper_stays_unverifiable_where_the_wrappers_client_is_not_enforced_or_does_not_cover_the_caller()
    {
        await Verify.VerifyAsync(Usings + """
            sealed class Plain(IChatClient chat)
            {
                public Task<ChatResponse> Route(string deployed) =>
                    chat.GetResponseAsync("Route", new ChatOptions { ModelId = deployed });
            }

            [LowLatency]
            sealed class Captions(ModelPolicyChatClient<Captions> chat)
            {
                public Task<ChatResponse> Route(string deployed) =>
                    chat.GetResponseAsync("Route", new ChatOptions { ModelId = deployed });
            }

            [Edge]
            sealed class Tablet(Plain plain, Captions captions)
            {
                public async Task Run(string configured)
                {
                    await plain.Route({|#0:configured|});
                    await captions.Route({|#1:configured|});
                }
            }
            """,
            Verify.Diagnostic("MP0007").WithLocation(0).WithArguments("Run", "parameter 'deployed' of 'Route' through Route → ChatOptions.ModelId", "[Edge] (local, ≤ 15B)", "parameter 'configured' of 'Run'"),
            Verify.Diagnostic("MP0007").WithLocation(1).WithArguments("Run", "parameter 'deployed' of 'Route' through Route → ChatOptions.ModelId", "[Edge] (local, ≤ 15B)", "parameter 'configured' of 'Run'"));
    }
}
