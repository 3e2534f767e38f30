using LiteDB;

namespace BriefingBot.State;

/// <summary>
/// Stores a batch of write calls in one LiteDB transaction. A call whose eTag check fails is rejected alone and
/// writes none of its items. When the transaction itself fails, each call is retried in its own transaction, so
/// one write the database refuses cannot fail the turns batched with it.
/// </summary>
public sealed class StateBatchCommit
{
    private readonly LiteDatabase _database;
    private readonly ILiteCollection<BsonDocument> _items;
    private readonly object _gate;
    private readonly StateCache? _cache;

    /// <summary>
    /// Commits into <paramref name="items"/> of <paramref name="database"/>, holding <paramref name="gate"/> while it
    /// does, and tells <paramref name="cache"/> (if any) what was committed before any writer hears it is stored.
    /// </summary>
    public StateBatchCommit(LiteDatabase database, ILiteCollection<BsonDocument> items, object gate, StateCache? cache)
    {
        _database = database;
        _items = items;
        _gate = gate;
        _cache = cache;
    }

    /// <summary>Commits <paramref name="batch"/> and completes or fails each call in it.</summary>
    public void Commit(IReadOnlyList<GroupCommit<IReadOnlyList<StateDocument>>.Pending> batch)
    {
        lock (_gate)
        {
            if (TryCommit(batch, out var failure)) return;
            if (batch.Count == 1)
            {
                batch[0].Fail(failure!);
                return;
            }

            foreach (var one in batch)
            {
                if (!TryCommit([one], out var alone)) one.Fail(alone!);
            }
        }
    }

    private bool TryCommit(IReadOnlyList<GroupCommit<IReadOnlyList<StateDocument>>.Pending> batch, out Exception? failure)
    {
        var rejected = new List<(GroupCommit<IReadOnlyList<StateDocument>>.Pending Call, Exception Conflict)>();
        var stored = new List<GroupCommit<IReadOnlyList<StateDocument>>.Pending>(batch.Count);
        _database.BeginTrans();
        try
        {
            foreach (var call in batch)
            {
                // Checked before anything of the call is written: a call stores all of its items or none.
                if (FindConflict(call.Write) is { } conflict)
                {
                    rejected.Add((call, conflict));
                    continue;
                }

                foreach (var document in call.Write) Store(document);
                stored.Add(call);
            }

            _database.Commit();
        }
        catch (Exception e)
        {
            TryRollback();
            failure = e;
            return false;
        }

        rejected.ForEach(r => r.Call.Fail(r.Conflict));
        stored.ForEach(Completed);
        failure = null;
        return true;
    }

    // An id the cache knows is not stored (a new conversation) is inserted without Upsert's failed update first.
    private void Store(StateDocument document)
    {
        if (_cache?.IsAbsent(document.Id) == true) _items.Insert(document.ToBson());
        else _items.Upsert(document.ToBson());
    }

    // Read inside the transaction, so a call sees the writes of the calls committed before it in the same batch.
    private StoreItemConflictException? FindConflict(IReadOnlyList<StateDocument> documents) =>
        documents.Where(d => d.ChecksETag)
            .Select(d => (d, Current: _items.FindById(d.Id)?["etag"].AsString))
            .Where(c => c.Current != null && c.Current != c.d.ExpectedETag)
            .Select(c => new StoreItemConflictException(c.d.Key, c.d.ExpectedETag!, c.Current!))
            .FirstOrDefault();

    private void Completed(GroupCommit<IReadOnlyList<StateDocument>>.Pending call)
    {
        foreach (var document in call.Write)
        {
            _cache?.Stored(document.Id, new StoredState(document.Json, document.NewETag));
            if (document.Item != null) document.Item.ETag = document.NewETag;
        }

        call.Complete();
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
}
