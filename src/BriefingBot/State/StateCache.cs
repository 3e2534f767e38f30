using Microsoft.Extensions.Caching.Memory;

namespace BriefingBot.State;

/// <summary>
/// What the state file holds, remembered in memory, for a process that is the file's only writer (direct mode
/// holds the file lock): every stored document id, so a key never stored (the first turn of every conversation)
/// is answered without a lookup, and the stored JSON and eTag of the most recently used items, up to
/// <see cref="MaxItems"/>, so a conversation's next turn is read without one. Every method is called under the
/// storage's lock, after the commit that changed the file.
/// </summary>
public sealed class StateCache : IDisposable
{
    /// <summary>How many items' JSON is kept; older ones are read from the file again.</summary>
    public const int MaxItems = 10_000;

    private readonly HashSet<string> _storedIds;
    private readonly MemoryCache _recent = new(new MemoryCacheOptions { SizeLimit = MaxItems });

    /// <summary>Starts from the ids found in the file when it was opened.</summary>
    public StateCache(IEnumerable<string> storedIds) => _storedIds = new HashSet<string>(storedIds, StringComparer.Ordinal);

    /// <summary>How many documents the file holds.</summary>
    public int Count => _storedIds.Count;

    /// <summary>True when the file holds no document with this id.</summary>
    public bool IsAbsent(string id) => !_storedIds.Contains(id);

    /// <summary>The stored JSON and eTag of <paramref name="id"/> when it is among the recent items.</summary>
    public bool TryGet(string id, out StoredState stored) => _recent.TryGetValue(id, out stored!);

    /// <summary>Remembers what the file holds for <paramref name="id"/> (just read or just committed).</summary>
    public void Stored(string id, StoredState stored)
    {
        _storedIds.Add(id);
        _recent.Remove(id); // a replacement the size limit turns away must not leave the old JSON behind
        _recent.Set(id, stored, new MemoryCacheEntryOptions { Size = 1 });
    }

    /// <summary>Forgets a deleted document.</summary>
    public void Deleted(string id)
    {
        _storedIds.Remove(id);
        _recent.Remove(id);
    }

    /// <inheritdoc />
    public void Dispose() => _recent.Dispose();
}

/// <summary>One stored item: its JSON (with type names) and its eTag.</summary>
public sealed record StoredState(string Json, string ETag);
