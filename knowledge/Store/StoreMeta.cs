namespace BriefingBot.Knowledge.Store;

/// <summary>The store's single meta document: schema version and the content hash of every article it was built from.</summary>
public sealed class StoreMeta
{
    /// <summary>Always "meta".</summary>
    public string Id { get; set; } = "meta";
    /// <summary>Schema version the store was written with.</summary>
    public int SchemaVersion { get; set; }
    /// <summary>Article id → content hash.</summary>
    public Dictionary<string, string> ArticleHashes { get; set; } = new();
    /// <summary>When it was built (UTC).</summary>
    public DateTime BuiltUtc { get; set; }
}
