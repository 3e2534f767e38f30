using LiteDB;
using Microsoft.Bot.Builder;

namespace BriefingBot.State;

/// <summary>
/// Bot Builder storage in a LiteDB database: one document per key holding the item as JSON and its eTag.
/// Honours the eTag contract: a write of an <see cref="IStoreItem"/> whose eTag is stale is rejected,
/// <c>*</c> overwrites, and every write gives the item a fresh eTag.
/// </summary>
public sealed class LiteDbStorage : IStorage, IDisposable
{
    private const string CollectionName = "state";

    private readonly LiteDatabase _database;
    private readonly ILiteCollection<BsonDocument> _items;

    // LiteDB transactions belong to a thread, and a shared-mode database must be opened and closed on one
    // thread at a time, so every operation of this instance runs under this lock from start to end.
    private readonly object _gate = new();

    private readonly IDisposable? _fileLock;

    /// <summary>Uses the given database (a file, or an in-memory stream for tests); <paramref name="fileLock"/> is released with it.</summary>
    public LiteDbStorage(LiteDatabase database, IDisposable? fileLock = null)
    {
        _database = database;
        _fileLock = fileLock;
        _items = database.GetCollection(CollectionName);
    }

    /// <inheritdoc />
    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var found = new Dictionary<string, object>(keys.Length);
        lock (_gate)
        {
            foreach (var key in keys.Distinct())
            {
                var document = _items.FindById(StorageKey.IdOf(key));
                if (document != null && Deserialize(document) is { } value)
                {
                    found[key] = value;
                }
            }
        }

        return Task.FromResult<IDictionary<string, object>>(found);
    }

    /// <inheritdoc />
    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var newETags = new List<(IStoreItem Item, string ETag)>();
        lock (_gate)
        {
            _database.BeginTrans();
            try
            {
                foreach (var (key, value) in changes)
                {
                    var eTag = WriteOne(key, value);
                    if (value is IStoreItem item)
                    {
                        newETags.Add((item, eTag));
                    }
                }

                _database.Commit();
            }
            catch
            {
                TryRollback();
                throw;
            }
        }

        newETags.ForEach(change => change.Item.ETag = change.ETag);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        lock (_gate)
        {
            foreach (var key in keys)
            {
                _items.Delete(StorageKey.IdOf(key));
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>Closes the database and releases the file lock.</summary>
    public void Dispose()
    {
        _database.Dispose();
        _fileLock?.Dispose();
    }

    // A failed rollback (e.g. on a damaged file) must not hide the exception that caused it.
    private void TryRollback()
    {
        try
        {
            _database.Rollback();
        }
        catch (LiteException)
        {
        }
    }

    private string WriteOne(string key, object value)
    {
        ArgumentNullException.ThrowIfNull(key);
        var id = StorageKey.IdOf(key);
        var current = _items.FindById(id)?["etag"].AsString;
        var expected = StateJson.ExpectedETag(value);
        if (current != null && expected != null && expected != "*" && expected != current)
        {
            throw new StoreItemConflictException(key, expected, current);
        }

        var eTag = Guid.NewGuid().ToString("N");
        _items.Upsert(new BsonDocument
        {
            ["_id"] = id,
            ["key"] = key,
            ["etag"] = eTag,
            ["json"] = StateJson.Write(value),
        });
        return eTag;
    }

    private static object? Deserialize(BsonDocument document)
    {
        var value = StateJson.Read(document["json"].AsString);
        if (value is IStoreItem item)
        {
            item.ETag = document["etag"].AsString;
        }

        return value;
    }
}
