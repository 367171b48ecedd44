using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace ModelPolicies.Analyzers.Configuration;

/// <summary>
/// A value read from configuration with a constant key (docs/configuration.md, "Configuration-sourced ids"): the key or keys read, and what the project's
/// settings files set them to. No value means no file sets the key to a non-empty string: the id is then not
/// statically known (MP0007, naming <see cref="Key"/>). Environment variables, secrets and other providers are never
/// known, so a value here is what the files say, not a promise that nothing overrides it.
/// </summary>
internal sealed class ConfigurationRead
{
    public ConfigurationRead(ImmutableArray<string> keys, bool isConnectionString, ImmutableArray<ConfiguredValue> values, IOperation? fallback)
    {
        Keys = keys;
        IsConnectionString = isConnectionString;
        Values = values;
        Fallback = fallback;
    }

    /// <summary>
    /// The key paths read, spelled as in the code (<c>AI:Chat:ModelId</c>; <c>ConnectionStrings:ai</c>). One, unless
    /// options of one type are bound from several sections.
    /// </summary>
    public ImmutableArray<string> Keys { get; }

    /// <summary>The keys for a message: <c>'AI:ModelId'</c>, or <c>'A:ModelId' or 'B:ModelId'</c>.</summary>
    public string Key => "'" + string.Join("' or '", Keys) + "'";

    /// <summary>True for <c>GetConnectionString(name)</c>: the values are its <c>Model=</c>/<c>Deployment=</c> parts.</summary>
    public bool IsConnectionString { get; }

    /// <summary>Each settings file's non-empty value for a key, in file-path order, then key order.</summary>
    public ImmutableArray<ConfiguredValue> Values { get; }

    /// <summary>
    /// The default of <c>GetValue&lt;string&gt;(key, defaultValue)</c>: what the code reads when no provider sets the
    /// key, itself a value that can reach the sink. Null for every other form.
    /// </summary>
    public IOperation? Fallback { get; }
}
