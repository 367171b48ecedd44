namespace ModelPolicies.Analyzers.Rules;

/// <summary>The rule ids (docs/rules/README.md), by name. Each has a page at docs/rules/&lt;ID&gt;.md.</summary>
internal static class RuleIds
{
    public const string EdgeModel = "MP0001";
    public const string LowLatencyModel = "MP0002";
    public const string MultimodalModel = "MP0003";
    public const string CatalogClassContradiction = "MP0004";
    public const string UnsatisfiableContext = "MP0005";
    public const string UnknownModel = "MP0006";
    public const string UnverifiableModelId = "MP0007";
    public const string MalformedCatalog = "MP0008";
    public const string MissingJustification = "MP0009";
    public const string TransitiveModelUse = "MP0010";
    public const string InvalidOption = "MP0011";
    public const string ClientNameCollision = "MP0012";
    public const string TaskMismatch = "MP0013";

    public const string Category = "ModelPolicy";

    public static string HelpLink(string id) => $"https://github.com/modelpolicies/modelpolicies/blob/main/docs/rules/{id}.md";
}
