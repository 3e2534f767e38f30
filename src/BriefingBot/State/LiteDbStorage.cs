using LiteDB;
using Microsoft.Bot.Builder;

namespace BriefingBot.State;

/// <summary>
/// Bot Builder storage in a LiteDB database: one document per key holding the item as JSON and its eTag.
/// Honours the eTag contract: a write of an <see cref="IStoreItem"/> whose eTag is stale is rejected,
/// <c>*</c> overwrites, and every write gives the item a fresh eTag. Concurrent writes are committed together
/// (<see cref="GroupCommit{TWrite}"/>); each write call still stores all of its items or none. When this process
/// is the file's only writer, reads are answered from <see cref="StateCache"/> where it knows the answer.
/// </summary>
public sealed class LiteDbStorage : IStorage, IDisposable
{
    private const string CollectionName = "state";

    private readonly LiteDatabase _database;
    private readonly ILiteCollection<BsonDocument> _items;
    private readonly GroupCommit<IReadOnlyList<StateDocument>> _writes;
    private readonly StateCache? _cache;

    // LiteDB transactions belong to a thread, and a shared-mode database must be opened and closed on one
    // thread at a time, so every operation of this instance runs under this lock from start to end.
    private readonly object _gate = new();

    private readonly IDisposable? _fileLock;

    /// <summary>
    /// Uses the given database (a file, or an in-memory stream for tests). <paramref name="fileLock"/>, when given,
    /// is what makes this process the file's only writer (it is released with the storage): then every stored item
    /// is read once here and what the file holds is also kept in a <see cref="StateCache"/>.
    /// </summary>
    public LiteDbStorage(LiteDatabase database, IDisposable? fileLock = null)
    {
        _database = database;
        _fileLock = fileLock;
        _items = database.GetCollection(CollectionName);
        _cache = fileLock is null ? null : new StateCache(_items.FindAll().Select(document => document["_id"].AsString));
        _writes = new GroupCommit<IReadOnlyList<StateDocument>>(new StateBatchCommit(database, _items, _gate, _cache).Commit);
    }

    /// <summary>How many items the store holds; reads every stored item when the storage is not the only writer.</summary>
    public int CountStored()
    {
        lock (_gate) return _cache?.Count ?? _items.FindAll().Count();
    }

    /// <inheritdoc />
    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        List<(string Key, StoredState Stored)> stored;
        lock (_gate)
        {
            stored = keys.Distinct().Select(key => (key, Stored: Lookup(StorageKey.IdOf(key)))).Where(s => s.Stored != null).ToList()!;
        }

        var found = new Dictionary<string, object>(stored.Count);
        foreach (var (key, item) in stored)
        {
            if (Deserialize(item) is { } value) found[key] = value;
        }

        return Task.FromResult<IDictionary<string, object>>(found);
    }

    /// <inheritdoc />
    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var documents = StateDocument.PrepareAll(changes);
        return documents.Count == 0 ? Task.CompletedTask : _writes.WriteAsync(documents);
    }

    /// <inheritdoc />
    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        lock (_gate)
        {
            foreach (var key in keys)
            {
                var id = StorageKey.IdOf(key);
                _items.Delete(id);
                _cache?.Deleted(id);
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>Closes the database and releases the file lock.</summary>
    public void Dispose()
    {
        _database.Dispose();
        _cache?.Dispose();
        _fileLock?.Dispose();
    }

    private StoredState? Lookup(string id)
    {
        if (_cache != null && _cache.IsAbsent(id)) return null;
        if (_cache != null && _cache.TryGet(id, out var remembered)) return remembered;
        var document = _items.FindById(id);
        if (document == null) return null;
        var stored = new StoredState(document["json"].AsString, document["etag"].AsString);
        _cache?.Stored(id, stored);
        return stored;
    }

    private static object? Deserialize(StoredState stored)
    {
        var value = StateJson.Read(stored.Json);
        if (value is Microsoft.Bot.Builder.IStoreItem item)
        {
            item.ETag = stored.ETag;
        }

        return value;
    }
}
