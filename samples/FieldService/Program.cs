using FieldService;
using FieldService.Models;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using ModelPolicies;

// The built-in catalog knows gpt-4o; this asks the generator for a typed client of it too.
[assembly: ModelClient("gpt-4o")]
// ...and an embedding generator of nomic-embed-text, an embedding model that runs on the device.
[assembly: ModelClient("nomic-embed-text")]

// A field-service assistant: an on-device note summarizer and note search, a live captioning path and a photo inspector.
// Every model runs on an embedded offline stand-in, so the sample needs no network and no keys.
var services = new ServiceCollection();
services.AddFieldnotesSlmClient(_ => new OfflineChatClient());
services.AddInspectVisionClient(_ => new OfflineChatClient());
services.AddGpt4oClient(_ => new OfflineChatClient());
services.AddNomicEmbedTextEmbeddingGenerator(_ => new OfflineEmbeddingGenerator());
services.AddSingleton<IChatClient>(new OfflineChatClient());
services.AddSingleton<NoteSummarizer>();
services.AddSingleton<LiveCaptions>();
services.AddSingleton<PhotoInspector>();
services.AddSingleton<ServiceReport>();
services.AddSingleton<NoteSearch>();
services.AddSingleton<DispatchAssistant>();
services.AddModelPolicies(); // ModelPolicyChatClient<T>: the registered IChatClient, under T's policy
using var app = services.BuildServiceProvider();

Console.WriteLine("Field service assistant (offline models)");
var notes = app.GetRequiredService<NoteSummarizer>();
Console.WriteLine(await notes.SummarizeAsync("Replaced the pump seal; customer reports noise at high RPM."));
Console.WriteLine(await notes.DraftFollowUpAsync("Noise persists after seal replacement."));
Console.WriteLine(await app.GetRequiredService<LiveCaptions>().CaptionAsync("…and then the compressor trips after ten minutes…"));
var photo = new DataContent(new byte[] { 0xFF, 0xD8, 0xFF }, "image/jpeg");
Console.WriteLine(await app.GetRequiredService<PhotoInspector>().InspectAsync(photo));
Console.WriteLine(await app.GetRequiredService<NoteSearch>().FindSimilarAsync(
    "Pump seal leaking again, noise at high RPM.",
    ["Compressor trips after ten minutes; reset the overload relay.", "Replaced the pump seal; noise at high RPM remains.", "Filter clogged; replaced it."]));
Console.WriteLine(await app.GetRequiredService<ServiceReport>().WriteAsync("Week 48: 31 visits, 4 repeat calls."));

// The dispatch model is the deployment's choice (an environment variable), so it is checked on every request at run
// time: as the tablets are deployed, and as a misconfigured deployment would set it.
var dispatch = app.GetRequiredService<DispatchAssistant>();
Console.WriteLine(await dispatch.RouteAsync(DeployedDispatchModel(), "Pump P-7 leaks at the seal."));
Environment.SetEnvironmentVariable("FIELD_DISPATCH_MODEL", "gpt-4o");
Console.WriteLine(await dispatch.RouteAsync(DeployedDispatchModel(), "Order a replacement seal kit."));

static string DeployedDispatchModel() => Environment.GetEnvironmentVariable("FIELD_DISPATCH_MODEL") ?? "fieldnotes-slm";
