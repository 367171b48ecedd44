using FieldService;
using Microsoft.Extensions.AI;

// A field-service assistant: an on-device note summarizer, a live transcription path and a photo
// inspector. It runs offline on an embedded stand-in model, so it needs no network and no keys.
IChatClient inner = new OfflineChatClient();

var notes = new NoteSummarizer(inner);
Console.WriteLine(await notes.SummarizeAsync("Replaced the pump seal; customer reports noise at high RPM."));

var live = new LiveCaptions(inner);
Console.WriteLine(await live.CaptionAsync("…and then the compressor trips after ten minutes…"));

var inspector = new PhotoInspector(inner);
Console.WriteLine(await inspector.InspectAsync(new DataContent(new byte[] { 0xFF, 0xD8, 0xFF }, "image/jpeg")));
