namespace ModelPolicies.Runtime.Tests.Infrastructure;

// Contexts as an application declares them (docs/rules/MP0001.md, "Contexts").

[Edge]
public sealed class NoteSummarizer
{
}

[Edge(MaxParameters = "1B")]
public sealed class WatchFaceAssistant
{
}

[LowLatency]
public sealed class LiveCaptions
{
}

[Multimodal]
public sealed class PhotoInspector
{
}

[Edge]
[AllowModel("gpt-4o", Justification = "Offline mode is off for this tenant.")]
public sealed class TenantSummarizer
{
}

public sealed class Anywhere
{
}

[Edge]
public static class OnDevice
{
    [LowLatency(MaxMilliseconds = 100)]
    public static class Keyboard
    {
        [Multimodal(Modality.Audio)]
        [AllowModel("contoso-dictation", Justification = "Vendor model, evaluated separately.")]
        public sealed class Dictation
        {
        }
    }
}
