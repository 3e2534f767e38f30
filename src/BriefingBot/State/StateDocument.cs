using LiteDB;
using Microsoft.Bot.Builder;

namespace BriefingBot.State;

/// <summary>
/// One state item ready to store: serialised, given its document id and its next eTag, with the eTag its writer
/// expects to replace. Prepared before the store is locked, so the JSON work of concurrent turns runs in parallel.
/// </summary>
public sealed class StateDocument
{
    private StateDocument(string key, object value)
    {
        Key = key;
        Id = StorageKey.IdOf(key);
        Json = StateJson.Write(value);
        ExpectedETag = StateJson.ExpectedETag(value);
        Item = value as IStoreItem;
    }

    /// <summary>The Bot Builder storage key.</summary>
    public string Key { get; }

    /// <summary>The document id for the key.</summary>
    public string Id { get; }

    /// <summary>The item as JSON with its type names.</summary>
    public string Json { get; }

    /// <summary>The eTag the writer expects stored; null or <c>*</c> when it overwrites whatever is there.</summary>
    public string? ExpectedETag { get; }

    /// <summary>True when the write must find <see cref="ExpectedETag"/> stored (or nothing stored).</summary>
    public bool ChecksETag => ExpectedETag is not null and not "*";

    /// <summary>The eTag the item gets when this write is committed.</summary>
    public string NewETag { get; } = Guid.NewGuid().ToString("N");

    /// <summary>The written object when it is an <see cref="IStoreItem"/>, to be given <see cref="NewETag"/>.</summary>
    public IStoreItem? Item { get; }

    /// <summary>Prepares every change of one write call.</summary>
    public static IReadOnlyList<StateDocument> PrepareAll(IDictionary<string, object> changes) =>
        changes.Select(change => new StateDocument(change.Key, change.Value)).ToList();

    /// <summary>The LiteDB document stored for this item.</summary>
    public BsonDocument ToBson() => new()
    {
        ["_id"] = Id,
        ["key"] = Key,
        ["etag"] = NewETag,
        ["json"] = Json,
    };
}
