using System.Threading.Tasks;
using Xunit;
using Verify = ModelPolicies.CodeFixes.Tests.Infrastructure.CodeFixVerifier<ModelPolicies.Analyzers.Rules.ModelUseAnalyzer, ModelPolicies.CodeFixes.EnforceAtRunTimeFixer>;

namespace ModelPolicies.CodeFixes.Tests.RunTime;

/// <summary>docs/rules/MP0007.md, "Code fixes": inject the class's enforced client, so the id only the deployment knows is checked at run time.</summary>
public class EnforceAtRunTimeFixerTests
{
    private const string Usings = """
        using System.Threading.Tasks;
        using Microsoft.Extensions.AI;
        using ModelPolicies;

        """;

    [Fact]
    public async Task A_primary_constructors_chat_client_becomes_the_classes_enforced_client()
    {
        await Verify.VerifyAsync(Usings + """
            [Edge]
            sealed class Notes(IChatClient chat)
            {
                public Task<ChatResponse> Run(string configured) =>
                    chat.GetResponseAsync("Summarize", new ChatOptions { ModelId = {|MP0007:configured|} });
            }
            """, Usings + """
            [Edge]
            sealed class Notes(ModelPolicyChatClient<Notes> chat)
            {
                public Task<ChatResponse> Run(string configured) =>
                    chat.GetResponseAsync("Summarize", new ChatOptions { ModelId = configured });
            }
            """);
    }

    [Fact]
    public async Task A_field_set_from_the_constructor_changes_with_its_parameter()
    {
        await Verify.VerifyAsync(Usings + """
            [Edge]
            sealed class Notes
            {
                private readonly IChatClient _chat;

                public Notes(IChatClient chat) => _chat = chat;

                public Task<ChatResponse> Run(string configured) =>
                    _chat.GetResponseAsync("Summarize", new ChatOptions { ModelId = {|MP0007:configured|} });
            }
            """, Usings + """
            [Edge]
            sealed class Notes
            {
                private readonly ModelPolicyChatClient<Notes> _chat;

                public Notes(ModelPolicyChatClient<Notes> chat) => _chat = chat;

                public Task<ChatResponse> Run(string configured) =>
                    _chat.GetResponseAsync("Summarize", new ChatOptions { ModelId = configured });
            }
            """);
    }

    [Fact]
    public async Task A_field_initialized_from_a_primary_constructor_changes_with_its_parameter()
    {
        await Verify.VerifyAsync(Usings + """
            [Edge]
            sealed class Notes(IChatClient chat)
            {
                private readonly IChatClient _chat = chat;

                public Task<ChatResponse> Run(string configured) =>
                    _chat.GetResponseAsync("Summarize", new ChatOptions { ModelId = {|MP0007:configured|} });
            }
            """, Usings + """
            [Edge]
            sealed class Notes(ModelPolicyChatClient<Notes> chat)
            {
                private readonly ModelPolicyChatClient<Notes> _chat = chat;

                public Task<ChatResponse> Run(string configured) =>
                    _chat.GetResponseAsync("Summarize", new ChatOptions { ModelId = configured });
            }
            """);
    }

    [Fact]
    public async Task No_fix_where_the_class_context_does_not_cover_the_sites()
    {
        // The method asks for more than the class: the class's enforced client would not check it.
        await Verify.VerifyNoFixAsync(Usings + """
            [Edge]
            sealed class Notes(IChatClient chat)
            {
                [LowLatency]
                public Task<ChatResponse> Run(string configured) =>
                    chat.GetResponseAsync("Summarize", new ChatOptions { ModelId = {|MP0007:configured|} });
            }
            """);
    }

    [Fact]
    public async Task No_fix_where_the_client_is_not_injected()
    {
        await Verify.VerifyNoFixAsync(Usings + """
            [Edge]
            sealed class Notes
            {
                public Task<ChatResponse> Run(IChatClient chat, string configured) =>
                    chat.GetResponseAsync("Summarize", new ChatOptions { ModelId = {|MP0007:configured|} });
            }
            """);
    }
}
