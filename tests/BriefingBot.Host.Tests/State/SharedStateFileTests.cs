using BriefingBot.State;
using LiteDB;

namespace BriefingBot.Host.Tests.State;

/// <summary>Two stores (as two hosts would open them) on one state file in shared mode.</summary>
public sealed class SharedStateFileTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Two_stores_writing_one_file_at_the_same_time_lose_no_item_and_leave_it_readable()
    {
        var path = _folder.PathOf("state.db");
        using (var first = StateStores.OpenShared(path))
        using (var second = StateStores.OpenShared(path))
        {
            await Task.WhenAll(WriteManyAsync(first, "first", 150), WriteManyAsync(second, "second", 150));
        }

        using var reopened = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct });
        var items = reopened.GetCollection("state");
        Assert.Equal(300, items.Count());
        Assert.NotNull(items.FindById("first/149"));
        Assert.NotNull(items.FindById("second/149"));
    }

    [Fact]
    public async Task A_write_from_one_store_makes_the_other_stores_copy_stale()
    {
        var path = _folder.PathOf("state.db");
        using var first = StateStores.OpenShared(path);
        using var second = StateStores.OpenShared(path);
        await first.WriteAsync(new Dictionary<string, object> { ["k"] = new LiteDbStorageContract.Note { Text = "v1" } });
        var secondsCopy = (LiteDbStorageContract.Note)(await second.ReadAsync(["k"]))["k"];
        var firstsCopy = (LiteDbStorageContract.Note)(await first.ReadAsync(["k"]))["k"];
        firstsCopy.Text = "first wins";
        await first.WriteAsync(new Dictionary<string, object> { ["k"] = firstsCopy });

        secondsCopy.Text = "lost update";
        await Assert.ThrowsAsync<StoreItemConflictException>(
            () => second.WriteAsync(new Dictionary<string, object> { ["k"] = secondsCopy }));

        Assert.Equal("first wins", ((LiteDbStorageContract.Note)(await second.ReadAsync(["k"]))["k"]).Text);
    }

    private static async Task WriteManyAsync(LiteDbStorage storage, string prefix, int count)
    {
        await Task.Yield();
        for (var i = 0; i < count; i++)
        {
            var key = $"{prefix}/{i}";
            await storage.WriteAsync(new Dictionary<string, object> { [key] = new LiteDbStorageContract.Note { Text = key, Count = i } });
            await storage.ReadAsync([key, $"{prefix}/{i / 2}"]);
        }
    }
}
