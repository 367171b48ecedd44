namespace ModelPolicies.Analyzers.Generator;

/// <summary>Names of the generator's pipeline steps, so tests can check each one's incremental state.</summary>
internal static class TrackingNames
{
    public const string Options = nameof(Options);
    public const string CatalogFiles = nameof(CatalogFiles);
    public const string FileClients = nameof(FileClients);
    public const string AttributeClients = nameof(AttributeClients);
    public const string RequestedIds = nameof(RequestedIds);
    public const string Catalog = nameof(Catalog);
    public const string Clients = nameof(Clients);
    public const string Settings = nameof(Settings);
}
