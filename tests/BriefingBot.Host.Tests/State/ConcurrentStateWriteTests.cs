using BriefingBot.State;
using LiteDB;

namespace BriefingBot.Host.Tests.State;

/// <summary>Many turns writing state at once to a direct-mode file: group commit and the in-memory cache in front of it.</summary>
public sealed class ConcurrentStateWriteTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Concurrent_writes_of_one_item_with_the_same_etag_have_exactly_one_winner_and_it_is_stored()
    {
        using var storage = StateStores.OpenDirect(_folder.PathOf("state.db"));
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new LiteDbStorageContract.Note { Text = "v1" } });
        var etag = ((LiteDbStorageContract.Note)(await storage.ReadAsync(["k"]))["k"]).ETag;

        var attempts = Enumerable.Range(0, 40).Select(i => Attempt(storage, new LiteDbStorageContract.Note { Text = $"writer {i}", ETag = etag })).ToList();
        var outcomes = await Task.WhenAll(attempts);

        var winner = Assert.Single(outcomes, o => o != null);
        Assert.Equal(winner, ((LiteDbStorageContract.Note)(await storage.ReadAsync(["k"]))["k"]).Text);
    }

    [Fact]
    public async Task Every_write_that_completed_is_in_the_file_when_it_is_opened_again_without_being_closed()
    {
        var path = _folder.PathOf("state.db");
        var storage = StateStores.OpenDirect(path);
        await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(() =>
            storage.WriteAsync(new Dictionary<string, object> { [$"conversation/{i}"] = new LiteDbStorageContract.Note { Text = $"turn of {i}", Count = i } }))));

        // As after a killed process: the first store is never disposed; a copy of its files is opened as a restart would.
        var copy = CopyOfStoreFiles(path);

        using var reopened = new LiteDatabase(new ConnectionString { Filename = copy, Connection = ConnectionType.Direct });
        var items = reopened.GetCollection("state");
        Assert.Equal(200, items.Count());
        Assert.All(Enumerable.Range(0, 200), i => Assert.Contains($"turn of {i}", items.FindById($"conversation/{i}")["json"].AsString));
        storage.Dispose();
    }

    [Fact]
    public async Task A_read_after_a_write_or_a_delete_sees_it_and_a_reopened_store_reads_what_the_cache_held()
    {
        var path = _folder.PathOf("state.db");
        using (var storage = StateStores.OpenDirect(path))
        {
            await storage.WriteAsync(new Dictionary<string, object> { ["kept"] = "first", ["deleted"] = "gone soon" });
            await storage.WriteAsync(new Dictionary<string, object> { ["kept"] = "second" });
            await storage.DeleteAsync(["deleted"]);

            var seen = await storage.ReadAsync(["kept", "deleted"]);
            Assert.Equal("second", Assert.Single(seen).Value);
        }

        using var reopened = StateStores.OpenDirect(path);
        var found = await reopened.ReadAsync(["kept", "deleted", "never"]);
        Assert.Equal("second", Assert.Single(found).Value);
    }

    private static async Task<string?> Attempt(LiteDbStorage storage, LiteDbStorageContract.Note note)
    {
        await Task.Yield();
        try
        {
            await storage.WriteAsync(new Dictionary<string, object> { ["k"] = note });
            return note.Text;
        }
        catch (StoreItemConflictException)
        {
            return null;
        }
    }

    private string CopyOfStoreFiles(string path)
    {
        var copy = _folder.PathOf("copy.db");
        foreach (var (from, to) in new[] { (path, copy), (_folder.PathOf("state-log.db"), _folder.PathOf("copy-log.db")) })
        {
            if (!File.Exists(from)) continue;
            using var source = new FileStream(from, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var target = File.Create(to);
            source.CopyTo(target);
        }

        return copy;
    }
}
