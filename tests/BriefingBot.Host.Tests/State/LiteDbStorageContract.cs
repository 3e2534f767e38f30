using BriefingBot.State;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;

namespace BriefingBot.Host.Tests.State;

/// <summary>The IStorage eTag contract, run against every way the store is opened.</summary>
public abstract class LiteDbStorageContract : IDisposable
{
    private readonly LiteDbStorage _storage;

    protected LiteDbStorageContract(LiteDbStorage storage) => _storage = storage;

    public virtual void Dispose() => _storage.Dispose();

    [Fact]
    public async Task Reading_a_key_never_written_returns_nothing()
    {
        var found = await _storage.ReadAsync(["nobody"]);

        Assert.Empty(found);
    }

    [Fact]
    public async Task A_written_object_reads_back_as_its_own_type_with_its_values()
    {
        await _storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Note { Text = "héllo \u202e", Count = 3 } });

        var note = Assert.IsType<Note>((await _storage.ReadAsync(["k"]))["k"]);

        Assert.Equal(("héllo \u202e", 3), (note.Text, note.Count));
    }

    [Fact]
    public async Task A_new_store_item_gets_an_etag_when_written()
    {
        var item = new Note { Text = "first" };

        await _storage.WriteAsync(new Dictionary<string, object> { ["k"] = item });

        Assert.False(string.IsNullOrEmpty(item.ETag));
        Assert.Equal(item.ETag, ((Note)(await _storage.ReadAsync(["k"]))["k"]).ETag);
    }

    [Fact]
    public async Task Writing_with_the_current_etag_succeeds_and_gives_a_fresh_etag()
    {
        await _storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Note { Text = "v1" } });
        var read = (Note)(await _storage.ReadAsync(["k"]))["k"];
        var before = read.ETag;

        read.Text = "v2";
        await _storage.WriteAsync(new Dictionary<string, object> { ["k"] = read });

        var after = (Note)(await _storage.ReadAsync(["k"]))["k"];
        Assert.Equal("v2", after.Text);
        Assert.NotEqual(before, after.ETag);
    }

    [Fact]
    public async Task A_write_with_a_stale_etag_is_rejected_and_the_stored_value_stays()
    {
        await _storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Note { Text = "v1" } });
        var first = (Note)(await _storage.ReadAsync(["k"]))["k"];
        var second = (Note)(await _storage.ReadAsync(["k"]))["k"];
        second.Text = "second wins";
        await _storage.WriteAsync(new Dictionary<string, object> { ["k"] = second });

        first.Text = "stale";
        await Assert.ThrowsAsync<StoreItemConflictException>(() => _storage.WriteAsync(new Dictionary<string, object> { ["k"] = first }));

        Assert.Equal("second wins", ((Note)(await _storage.ReadAsync(["k"]))["k"]).Text);
    }

    [Fact]
    public async Task A_write_with_etag_star_overwrites_whatever_is_stored()
    {
        await _storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Note { Text = "v1" } });
        await _storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Note { Text = "v2", ETag = "*" } });

        await _storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Note { Text = "forced", ETag = "*" } });

        Assert.Equal("forced", ((Note)(await _storage.ReadAsync(["k"]))["k"]).Text);
    }

    [Fact]
    public async Task A_batch_with_one_stale_item_writes_none_of_its_items()
    {
        await _storage.WriteAsync(new Dictionary<string, object> { ["a"] = new Note { Text = "a1" } });
        var stale = new Note { Text = "a-stale", ETag = "not-the-current-etag" };

        await Assert.ThrowsAsync<StoreItemConflictException>(() => _storage.WriteAsync(
            new Dictionary<string, object> { ["b"] = new Note { Text = "b1" }, ["a"] = stale }));

        var found = await _storage.ReadAsync(["a", "b"]);
        Assert.Equal("a1", ((Note)found["a"]).Text);
        Assert.False(found.ContainsKey("b"));
    }

    [Fact]
    public async Task Deleting_removes_the_item_and_deleting_a_missing_key_is_fine()
    {
        await _storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Note { Text = "v1" } });

        await _storage.DeleteAsync(["k", "never-written"]);

        Assert.Empty(await _storage.ReadAsync(["k"]));
    }

    [Fact]
    public async Task A_key_longer_than_a_database_index_allows_is_stored_and_read_back()
    {
        var key = "emulator/conversations/" + new string('x', 5000) + "/";

        await _storage.WriteAsync(new Dictionary<string, object> { [key] = new Note { Text = "long" } });

        Assert.Equal("long", ((Note)(await _storage.ReadAsync([key]))[key]).Text);
    }

    [Fact]
    public async Task Conversation_state_saved_in_one_turn_is_read_in_the_next()
    {
        var conversationState = new ConversationState(_storage);
        var accessor = conversationState.CreateProperty<Note>("note");
        var adapter = new TestAdapter(TestAdapter.CreateConversation("contract-conversation"));

        await adapter.ProcessActivityAsync(MessageActivity("first"), async (turn, ct) =>
        {
            await accessor.SetAsync(turn, new Note { Text = turn.Activity.Text, Count = 1 }, ct);
            await conversationState.SaveChangesAsync(turn, false, ct);
        }, default);
        Note? seen = null;
        await adapter.ProcessActivityAsync(MessageActivity("second"), async (turn, ct) =>
            seen = await accessor.GetAsync(turn, () => new Note(), ct), default);

        Assert.Equal(("first", 1), (seen!.Text, seen.Count));
    }

    private static Activity MessageActivity(string text) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        ChannelId = "test",
        Conversation = new ConversationAccount { Id = "contract-conversation" },
        From = new ChannelAccount("user"),
        Recipient = new ChannelAccount("bot"),
    };

    /// <summary>A small state object that is also an IStoreItem.</summary>
    public sealed class Note : IStoreItem
    {
        public string Text { get; set; } = "";

        public int Count { get; set; }

        public string? ETag { get; set; }
    }
}
